import { afterEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/backends.js';
import { aKey, anOwner } from '../support/fixtures.js';

for (const dialect of DIALECTS) {
  describe(`[${dialect}] the seed article's curl line`, () => {
    let t: TestApp;
    afterEach(() => t?.close());

    it('a new key reads /api/contacts', async () => {
      t = await testApp({ dialect });
      const owner = await anOwner(t);
      const { key } = await aKey(t, owner, { name: 'CRM Integration', expires_in_days: 90 });
      const res = await t.request({ url: '/api/contacts', headers: { 'x-api-key': key } });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ data: [], next_cursor: null });
    });
  });
}
