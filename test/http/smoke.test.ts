import { expect, it } from 'vitest';
import { describeEachDialect } from '../support/app.js';
import { aKey, anOwner } from '../support/fixtures.js';

describeEachDialect(`the seed article's curl line`, ({ app }) => {
  it('a new key reads /api/contacts', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const { key } = await aKey(t, owner, { name: 'CRM Integration', expires_in_days: 90 });
    const res = await t.request({ url: '/api/contacts', headers: { 'x-api-key': key } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ data: [], next_cursor: null });
  });
});
