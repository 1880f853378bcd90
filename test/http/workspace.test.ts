import { expect, it } from 'vitest';
import { describeEachDialect } from '../support/app.js';
import { aUser, anOwner } from '../support/fixtures.js';

describeEachDialect('workspace key policy', ({ app }) => {
  it('admins can forbid keys without expiry and shorten the maximum lifetime; members cannot', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const member = await aUser(t, owner, { role: 'member' });
    expect((await t.request({ url: '/api/workspace', as: member })).json()).toMatchObject({ max_key_lifetime_days: 366, require_key_expiry: false });
    const denied = await t.request({ method: 'PATCH', url: '/api/workspace', as: member, body: { require_key_expiry: true } });
    expect(denied.statusCode).toBe(403);
    const set = await t.request({ method: 'PATCH', url: '/api/workspace', as: owner, body: { require_key_expiry: true, max_key_lifetime_days: 30 } });
    expect(set.json()).toMatchObject({ max_key_lifetime_days: 30, require_key_expiry: true });
    const noExpiry = await t.request({ method: 'POST', url: '/api/keys', as: member, body: { name: 'forever' } });
    expect(noExpiry.statusCode).toBe(400);
    expect(noExpiry.json().errors[0]).toEqual({ path: '/expires_at', message: 'is required in this workspace' });
    const tooLong = await t.request({ method: 'POST', url: '/api/keys', as: member, body: { name: 'long', expires_in_days: 31 } });
    expect(tooLong.statusCode).toBe(400);
    expect((await t.request({ method: 'POST', url: '/api/keys', as: member, body: { name: 'ok', expires_in_days: 30 } })).statusCode).toBe(201);
    const audit = (await t.request({ url: '/api/audit?action=workspace.updated', as: owner })).json().data;
    expect(audit).toHaveLength(1);
  });
});
