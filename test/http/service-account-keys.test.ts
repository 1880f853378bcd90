import { expect, it } from 'vitest';
import { type TestApp, describeEachDialect } from '../support/app.js';
import { type SessionCaller, aKey, aServiceAccount, aUser, anOwner, anOwnerAdminAndMember } from '../support/fixtures.js';

/** POST /api/keys for `ownerId` by `as` (a session or a key). */
const keyFor = (t: TestApp, as: SessionCaller | { key: string }, ownerId: string, body: object = {}) =>
  t.request({ method: 'POST', url: '/api/keys', as, body: { name: 'Billing sync', owner_id: ownerId, ...body } });
const contacts = (t: TestApp, key: string) => t.request({ url: '/api/contacts', headers: { 'x-api-key': key } });

describeEachDialect("a service account's keys: made and managed by owners and admins", ({ app }) => {
  it('an admin creates, lists, renames, restricts, limits, rolls and revokes them; the key acts with the service account', async () => {
    const t = await app();
    const { owner, admin } = await anOwnerAdminAndMember(t);
    const sa = await aServiceAccount(t, owner, 'member');
    const res = await keyFor(t, admin, sa.id, { expires_in_days: 30 });
    expect(res.statusCode, res.body).toBe(201);
    const created = res.json();
    expect(created.owner).toEqual({ id: sa.id, email: null, name: 'Billing sync' });
    expect(created.created_by).toBe(admin.user.id);
    expect(created.permissions).toEqual(['contacts:read', 'contacts:write']);
    expect((await contacts(t, created.key)).statusCode).toBe(200);
    const me = (await t.request({ url: '/api/me', headers: { 'x-api-key': created.key } })).json();
    expect(me.user).toMatchObject({ id: sa.id, email: null, role: 'member' });

    const listed = (await t.request({ url: `/api/keys?scope=workspace&user_id=${sa.id}`, as: admin })).json().data;
    expect(listed.map((k: { id: string }) => k.id)).toEqual([created.id]);
    expect((await t.request({ url: `/api/keys?user_id=${sa.id}`, as: admin })).statusCode).toBe(400);

    const patch = (body: object) => t.request({ method: 'PATCH', url: `/api/keys/${created.id}`, as: admin, body });
    expect((await patch({ name: 'Billing sync (prod)' })).json().name).toBe('Billing sync (prod)');
    expect((await patch({ allowed_ips: ['192.0.2.0/24'] })).json().allowed_ips).toEqual(['192.0.2.0/24']);
    expect((await contacts(t, created.key)).json().code).toBe('ip_not_allowed');
    expect((await patch({ allowed_ips: null, rate_limit: { per_minute: 600, per_second: 20 } })).json().rate_limit).toEqual({
      per_minute: 600,
      per_second: 20,
    });

    const rolled = await t.request({ method: 'POST', url: `/api/keys/${created.id}/roll`, as: admin, body: { grace_seconds: 0 } });
    expect(rolled.statusCode, rolled.body).toBe(201);
    const next = rolled.json().key;
    expect(next.owner.id).toBe(sa.id);
    expect((await contacts(t, next.key)).statusCode).toBe(200);
    expect((await contacts(t, created.key)).json().code).toBe('expired_api_key');

    expect((await t.request({ method: 'POST', url: `/api/keys/${next.id}/revoke`, as: admin })).json().status).toBe('revoked');
    expect((await contacts(t, next.key)).json().code).toBe('revoked_api_key');
  });

  it("an admin cannot make or change an owner-role service account's keys (an owner can); revoking is still open to keys:admin", async () => {
    const t = await app();
    const { owner, admin } = await anOwnerAdminAndMember(t);
    const sa = await aServiceAccount(t, owner, 'owner');
    expect((await keyFor(t, admin, sa.id)).json().code).toBe('forbidden_role_change');
    const byOwner = await keyFor(t, owner, sa.id);
    expect(byOwner.statusCode).toBe(201);
    const id = byOwner.json().id;
    expect((await t.request({ method: 'POST', url: `/api/keys/${id}/roll`, as: admin })).json().code).toBe('forbidden_role_change');
    expect((await t.request({ method: 'PATCH', url: `/api/keys/${id}`, as: admin, body: { name: 'mine now' } })).json().code).toBe('forbidden_role_change');
    expect((await t.request({ method: 'POST', url: `/api/keys/${id}/revoke`, as: admin })).json().status).toBe('revoked');
  });

  it('never beyond the caller: a restricted admin key makes only keys within its own restriction', async () => {
    const t = await app();
    const { owner, admin } = await anOwnerAdminAndMember(t);
    const sa = await aServiceAccount(t, owner, 'admin');
    const { key } = await aKey(t, admin, { restriction: ['contacts:read', 'keys:admin', 'keys:own'] });
    // Asked for no restriction, the new key gets the caller's own permissions, never the admin-role account's whole role.
    const unrestricted = await keyFor(t, { key }, sa.id, { restriction: null });
    expect(unrestricted.statusCode, unrestricted.body).toBe(201);
    expect(unrestricted.json().permissions).toEqual(['contacts:read', 'keys:admin', 'keys:own']);
    expect((await keyFor(t, { key }, sa.id, { restriction: ['contacts:write'] })).statusCode).toBe(400);
    const narrow = await keyFor(t, { key }, sa.id, { restriction: ['contacts:read'] });
    expect(narrow.statusCode, narrow.body).toBe(201);
    expect(narrow.json().permissions).toEqual(['contacts:read']);
    // Without keys:admin a key cannot touch a service account's keys at all.
    const { key: ownOnly } = await aKey(t, admin, { restriction: ['contacts:read', 'keys:own'] });
    expect((await keyFor(t, { key: ownOnly }, sa.id, { restriction: ['contacts:read'] })).json().code).toBe('insufficient_permission');
    expect((await t.request({ method: 'POST', url: `/api/keys/${narrow.json().id}/roll`, headers: { 'x-api-key': ownOnly } })).statusCode).toBe(404);
  });

  it('a member cannot make a key for another person by naming them', async () => {
    const t = await app();
    const { admin, member } = await anOwnerAdminAndMember(t);
    expect((await keyFor(t, member, admin.user.id)).json().code).toBe('insufficient_permission');
    expect((await keyFor(t, admin, member.user.id)).json().code).toBe('insufficient_permission');
    expect((await keyFor(t, member, member.user.id)).statusCode).toBe(201);
  });

  it('disabling, then deleting, the admin who made the key changes nothing for it; disabling the service account stops it', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const admin = await aUser(t, owner, { role: 'admin' });
    const sa = await aServiceAccount(t, owner, 'member');
    const { key } = (await keyFor(t, admin, sa.id)).json();
    const { key: adminsOwn } = await aKey(t, admin);
    await t.request({ method: 'PATCH', url: `/api/users/${admin.user.id}`, as: owner, body: { disabled: true } });
    expect((await contacts(t, adminsOwn)).json().code).toBe('owner_disabled');
    expect((await contacts(t, key)).statusCode).toBe(200);
    // Nothing in the product deletes a user; a row removed behind its back (its sessions and keys first) is the harshest departure.
    await t.store.db.deleteFrom('sessions').where('user_id', '=', admin.user.id).execute();
    await t.store.db.deleteFrom('api_keys').where('user_id', '=', admin.user.id).execute();
    await t.store.db.deleteFrom('users').where('id', '=', admin.user.id).execute();
    expect((await contacts(t, key)).statusCode).toBe(200);
    await t.request({ method: 'PATCH', url: `/api/users/${sa.id}`, as: owner, body: { disabled: true } });
    expect((await contacts(t, key)).json().code).toBe('owner_disabled');
  });

  it("its key's notices go to the owners and admins (it reads nothing, and has no email)", async () => {
    const t = await app();
    const { owner, admin, member } = await anOwnerAdminAndMember(t);
    const sa = await aServiceAccount(t, owner, 'member');
    const { id } = (await keyFor(t, admin, sa.id)).json();
    expect((await t.request({ method: 'POST', url: `/api/keys/${id}/revoke`, as: admin })).statusCode).toBe(200);
    const revokedNotices = async (as: SessionCaller) =>
      (await t.request({ url: '/api/notifications', as })).json().data.filter((n: { type: string }) => n.type === 'key.revoked');
    expect(await revokedNotices(owner)).toHaveLength(1);
    expect(await revokedNotices(admin)).toHaveLength(1);
    expect(await revokedNotices(member)).toHaveLength(0);
    const rows = await t.store.db.selectFrom('notifications').select('user_id').where('user_id', '=', sa.id).execute();
    expect(rows).toEqual([]);
  });
});
