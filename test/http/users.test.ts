import { expect, it } from 'vitest';
import { describeEachDialect } from '../support/app.js';
import { PASSWORD, aUser, anOwner } from '../support/fixtures.js';

describeEachDialect('users API and the owner/admin rules', ({ app }) => {
  const newUser = (role: string) => ({ email: `${role}-${Math.random().toString(36).slice(2)}@example.test`, name: `New ${role}`, password: PASSWORD, role });

  it('owners and admins add users and list them; members and viewers cannot', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const admin = await aUser(t, owner, { role: 'admin' });
    const member = await aUser(t, owner, { role: 'member' });
    const viewer = await aUser(t, owner, { role: 'viewer' });
    expect((await t.request({ method: 'POST', url: '/api/users', as: admin, body: newUser('member') })).statusCode).toBe(201);
    for (const who of [member, viewer]) {
      const res = await t.request({ method: 'POST', url: '/api/users', as: who, body: newUser('viewer') });
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ code: 'insufficient_permission', missing_permission: 'users:manage' });
      expect((await t.request({ url: '/api/users', as: who })).statusCode).toBe(403);
    }
    const list = await t.request({ url: '/api/users', as: admin });
    expect(list.json().data).toHaveLength(5);
    expect(list.json().data[0]).not.toHaveProperty('password_hash');
  });

  it('an admin cannot create, promote to, demote or disable an owner', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const admin = await aUser(t, owner, { role: 'admin' });
    const member = await aUser(t, owner, { role: 'member' });
    const cases = [
      t.request({ method: 'POST', url: '/api/users', as: admin, body: newUser('owner') }),
      t.request({ method: 'PATCH', url: `/api/users/${member.user.id}`, as: admin, body: { role: 'owner' } }),
      t.request({ method: 'PATCH', url: `/api/users/${owner.user.id}`, as: admin, body: { role: 'member' } }),
      t.request({ method: 'PATCH', url: `/api/users/${owner.user.id}`, as: admin, body: { disabled: true } }),
    ];
    for (const res of await Promise.all(cases)) {
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('forbidden_role_change');
    }
    const ok = await t.request({ method: 'PATCH', url: `/api/users/${member.user.id}`, as: admin, body: { role: 'viewer' } });
    expect(ok.json().role).toBe('viewer');
  });

  it('the last owner cannot be demoted or disabled; with a second owner it can', async () => {
    const t = await app();
    const owner = await anOwner(t);
    for (const body of [{ role: 'admin' }, { disabled: true }]) {
      const res = await t.request({ method: 'PATCH', url: `/api/users/${owner.user.id}`, as: owner, body });
      expect(res.statusCode).toBe(409);
      expect(res.json().code).toBe('last_owner');
    }
    const second = await t.request({ method: 'POST', url: '/api/users', as: owner, body: newUser('owner') });
    expect(second.statusCode).toBe(201);
    const demoted = await t.request({ method: 'PATCH', url: `/api/users/${owner.user.id}`, as: owner, body: { role: 'admin' } });
    expect(demoted.json().role).toBe('admin');
  });

  it('a duplicate email in the workspace is 409; one from another workspace is simply added; another workspace user id is 404', async () => {
    const t = await app();
    const a = await anOwner(t, { workspace: 'A' });
    const b = await anOwner(t, { workspace: 'B' });
    const dup = await t.request({ method: 'POST', url: '/api/users', as: a, body: { ...newUser('member'), email: a.user.email } });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe('email_taken');
    const elsewhere = await t.request({ method: 'POST', url: '/api/users', as: a, body: { ...newUser('member'), email: b.user.email } });
    expect(elsewhere.statusCode).toBe(201);
    const cross = await t.request({ method: 'PATCH', url: `/api/users/${b.user.id}`, as: a, body: { role: 'viewer' } });
    expect(cross.statusCode).toBe(404);
    expect(
      (await t.request({ url: '/api/users', as: a }))
        .json()
        .data.map((u: { id: string }) => u.id)
        .sort(),
    ).toEqual([a.user.id, elsewhere.json().id].sort());
  });
});
