import { expect, it } from 'vitest';
import { type TestApp, describeEachDialect } from '../support/app.js';
import { aContact, aKey, aUser, anOwner, anOwnerAdminAndMember } from '../support/fixtures.js';

const post = (t: TestApp, key: string) => t.request({ method: 'POST', url: '/api/contacts', headers: { 'x-api-key': key }, body: { name: 'Via key' } });

describeEachDialect(`keys inherit their owner's permissions, live`, ({ app }) => {
  it('demoting a member to viewer demotes their key on its next request; disabling the owner → owner_disabled', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const member = await aUser(t, owner, { role: 'member' });
    const { key } = await aKey(t, member);
    expect((await post(t, key)).statusCode).toBe(201);
    await t.request({ method: 'PATCH', url: `/api/users/${member.user.id}`, as: owner, body: { role: 'viewer' } });
    const denied = await post(t, key);
    expect(denied.statusCode).toBe(403);
    expect(denied.json()).toMatchObject({ code: 'insufficient_permission', missing_permission: 'contacts:write' });
    expect((await t.request({ url: '/api/contacts', headers: { 'x-api-key': key } })).statusCode).toBe(200);
    await t.request({ method: 'PATCH', url: `/api/users/${member.user.id}`, as: owner, body: { role: 'member' } });
    expect((await post(t, key)).statusCode).toBe(201);
    await t.request({ method: 'PATCH', url: `/api/users/${member.user.id}`, as: owner, body: { disabled: true } });
    const disabled = await t.request({ url: '/api/contacts', headers: { 'x-api-key': key } });
    expect(disabled.statusCode).toBe(401);
    expect(disabled.json().code).toBe('owner_disabled');
    const list = (await t.request({ url: '/api/keys?scope=workspace', as: owner })).json().data;
    expect(list[0].status).toBe('active');
    await t.request({ method: 'PATCH', url: `/api/users/${member.user.id}`, as: owner, body: { disabled: false } });
    expect((await post(t, key)).statusCode).toBe(201);
  });

  it('a restricted key (contacts:read only) created by an admin cannot write', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const admin = await aUser(t, owner, { role: 'admin' });
    const { key } = await aKey(t, admin, { restriction: ['contacts:read'] });
    expect((await t.request({ url: '/api/contacts', headers: { 'x-api-key': key } })).statusCode).toBe(200);
    expect((await post(t, key)).statusCode).toBe(403);
    const me = (await t.request({ url: '/api/me', headers: { 'x-api-key': key } })).json();
    expect(me.permissions).toEqual(['contacts:read']);
  });

  it("a key never exceeds its owner's current permissions, whatever its restriction says", async () => {
    const t = await app();
    const owner = await anOwner(t);
    const admin = await aUser(t, owner, { role: 'admin' });
    const { key, id } = await aKey(t, admin, { restriction: ['contacts:read', 'contacts:write', 'contacts:delete', 'keys:own'] });
    const c = await aContact(t, owner);
    await t.request({ method: 'PATCH', url: `/api/users/${admin.user.id}`, as: owner, body: { role: 'viewer' } });
    const me = (await t.request({ url: '/api/me', headers: { 'x-api-key': key } })).json();
    expect(me.permissions).toEqual(['contacts:read', 'keys:own']);
    expect((await t.request({ method: 'DELETE', url: `/api/contacts/${c.id}`, headers: { 'x-api-key': key } })).statusCode).toBe(403);
    expect((await t.request({ url: `/api/keys/${id}`, headers: { 'x-api-key': key } })).statusCode).toBe(200);
    const viewer = await aUser(t, owner, { role: 'viewer' });
    const broader = await t.request({ method: 'POST', url: '/api/keys', as: viewer, body: { name: 'x', restriction: ['contacts:write'] } });
    expect(broader.statusCode).toBe(400);
    const unknown = await t.request({ method: 'POST', url: '/api/keys', as: owner, body: { name: 'x', restriction: ['contacts:everything'] } });
    expect(unknown.statusCode).toBe(400);
  });

  it('a key without an explicit keys:* restriction cannot call the key-management API', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const plain = await aKey(t, owner);
    const calls = [
      { method: 'GET' as const, url: '/api/keys' },
      { method: 'POST' as const, url: '/api/keys', body: { name: 'minted' } },
      { method: 'GET' as const, url: `/api/keys/${plain.id}` },
      { method: 'PATCH' as const, url: `/api/keys/${plain.id}`, body: { name: 'x' } },
      { method: 'POST' as const, url: `/api/keys/${plain.id}/revoke` },
      { method: 'POST' as const, url: `/api/keys/${plain.id}/roll`, body: {} },
      { method: 'GET' as const, url: '/api/users' },
      { method: 'GET' as const, url: '/api/audit' },
    ];
    for (const call of calls) {
      const res = await t.request({ ...call, headers: { 'x-api-key': plain.key } });
      expect(res.statusCode, call.url).toBe(403);
      expect(res.json().code).toBe('insufficient_permission');
    }
    const manager = await aKey(t, owner, { restriction: ['keys:own'] });
    const minted = await t.request({ method: 'POST', url: '/api/keys', headers: { 'x-api-key': manager.key }, body: { name: 'minted by a key' } });
    expect(minted.statusCode).toBe(201);
    expect(minted.json().created_by).toBe(owner.user.id);
    const escalate = await t.request({
      method: 'POST',
      url: '/api/keys',
      headers: { 'x-api-key': manager.key },
      body: { name: 'x', restriction: ['contacts:write'] },
    });
    expect(escalate.statusCode).toBe(400);
    expect((await t.request({ url: '/api/keys?scope=workspace', headers: { 'x-api-key': manager.key } })).statusCode).toBe(403);
  });

  it("keys:own sees only one's own keys; keys:admin sees and revokes every key in the workspace", async () => {
    const t = await app();
    const { owner, admin, member } = await anOwnerAdminAndMember(t);
    const mk = await aKey(t, member);
    const ok = await aKey(t, owner);
    expect((await t.request({ url: `/api/keys/${ok.id}`, as: member })).statusCode).toBe(404);
    expect((await t.request({ method: 'POST', url: `/api/keys/${ok.id}/revoke`, as: member })).statusCode).toBe(404);
    expect((await t.request({ url: '/api/keys?scope=workspace', as: member })).statusCode).toBe(403);
    const mine = (await t.request({ url: '/api/keys', as: member })).json().data;
    expect(mine.map((k: { id: string }) => k.id)).toEqual([mk.id]);
    const all = (await t.request({ url: '/api/keys?scope=workspace', as: admin })).json().data;
    expect(all.map((k: { id: string }) => k.id).sort()).toEqual([mk.id, ok.id].sort());
    expect(all.find((k: { id: string }) => k.id === mk.id).owner).toEqual({ id: member.user.id, email: member.user.email, name: member.user.name });
    const revoked = await t.request({ method: 'POST', url: `/api/keys/${mk.id}/revoke`, as: admin });
    expect(revoked.json().status).toBe('revoked');
    const limit = await t.request({ method: 'PATCH', url: `/api/keys/${ok.id}`, as: member, body: { rate_limit: { per_minute: 5, per_second: 1 } } });
    expect(limit.statusCode).toBe(404); // another user's key is not even visible to a member
    const own = await t.request({
      method: 'PATCH',
      url: `/api/keys/${(await aKey(t, member)).id}`,
      as: member,
      body: { rate_limit: { per_minute: 5000, per_second: 100 } },
    });
    expect(own.statusCode).toBe(403);
  });

  it('tenant isolation: a key or session of workspace A gets 404 for every B key id', async () => {
    const t = await app();
    const a = await anOwner(t, { workspace: 'A' });
    const b = await anOwner(t, { workspace: 'B' });
    const bKey = await aKey(t, b);
    const aManager = await aKey(t, a, { restriction: ['keys:own', 'keys:admin'] });
    for (const via of [a, { key: aManager.key }]) {
      for (const call of [
        { method: 'GET' as const, url: `/api/keys/${bKey.id}` },
        { method: 'PATCH' as const, url: `/api/keys/${bKey.id}`, body: { name: 'pwned' } },
        { method: 'POST' as const, url: `/api/keys/${bKey.id}/revoke` },
        { method: 'POST' as const, url: `/api/keys/${bKey.id}/roll`, body: {} },
      ]) {
        const res = await t.request({ ...call, as: via });
        expect(res.statusCode, call.url).toBe(404);
      }
      const list = (await t.request({ url: '/api/keys?scope=workspace', as: via })).json().data;
      expect(list.map((k: { id: string }) => k.id)).not.toContain(bKey.id);
    }
    expect((await t.request({ url: '/api/me', headers: { 'x-api-key': bKey.key } })).json().workspace.name).toBe('B');
    expect((await t.request({ url: `/api/keys/${bKey.id}`, as: b })).json().name).toBe('Test key');
  });
});
