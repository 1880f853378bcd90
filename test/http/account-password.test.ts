import { expect, it } from 'vitest';
import { describeEachDialect } from '../support/app.js';
import { PASSWORD, aKey, anOwner, anOwnerAdminAndMember, login } from '../support/fixtures.js';

const NEW_PASSWORD = 'a brand new passphrase';

describeEachDialect('changing and resetting passwords', ({ app }) => {
  it('a change needs the current password, ends every other session, and the old password no longer signs in', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const elsewhere = await login(t, owner.user.email, PASSWORD, '198.51.100.7');
    const wrong = await t.request({
      method: 'POST',
      url: '/api/me/password',
      as: owner,
      body: { current_password: 'not my password!', new_password: NEW_PASSWORD },
    });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().code).toBe('wrong_password');

    const ok = await t.request({ method: 'POST', url: '/api/me/password', as: owner, body: { current_password: PASSWORD, new_password: NEW_PASSWORD } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toEqual({ sessions_ended: 1, pending: null });
    expect((await t.request({ url: '/api/me', as: owner })).statusCode).toBe(200);
    expect((await t.request({ url: '/api/me', as: elsewhere })).statusCode).toBe(401);

    const old = await t.request({ method: 'POST', url: '/auth/login', body: { email: owner.user.email, password: PASSWORD } });
    expect(old.statusCode).toBe(401);
    expect((await login(t, owner.user.email, NEW_PASSWORD)).user.id).toBe(owner.user.id);
    const audit = (await t.request({ url: '/api/audit?action=user.password_changed', as: owner })).json();
    expect(audit.data[0]).toMatchObject({ action: 'user.password_changed', target: { id: owner.user.id }, details: { sessions_ended: 1 } });
  });

  it('no API key can change a password, not even one restricted to every permission', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const all = await aKey(t, owner, { restriction: ['keys:own', 'keys:admin', 'users:manage', 'audit:read', 'contacts:read'] });
    const res = await t.request({ method: 'POST', url: '/api/me/password', as: all, body: { current_password: PASSWORD, new_password: NEW_PASSWORD } });
    expect(res.statusCode).toBe(401);
    const reset = await t.request({ method: 'POST', url: `/api/users/${owner.user.id}/reset-password`, as: all });
    expect(reset.statusCode).toBe(403);
    expect((await t.request({ method: 'POST', url: '/auth/login', body: { email: owner.user.email, password: PASSWORD } })).statusCode).toBe(200);
  });

  it("an admin resets a member's password: shown once, sessions end, a new password is forced at sign-in; never an owner's", async () => {
    const t = await app();
    const { owner, admin, member } = await anOwnerAdminAndMember(t);
    const res = await t.request({ method: 'POST', url: `/api/users/${member.user.id}/reset-password`, as: admin });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const temporary: string = res.json().temporary_password;
    expect(temporary.length).toBeGreaterThanOrEqual(20);
    expect((await t.request({ url: '/api/me', as: member })).statusCode).toBe(401);

    const signedIn = await login(t, member.user.email, temporary);
    const body = (await t.request({ url: '/auth/session', as: signedIn })).json();
    expect(body.pending).toBe('password_change');
    const blocked = await t.request({ url: '/api/keys', as: signedIn });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('password_change_required');
    const changed = await t.request({
      method: 'POST',
      url: '/api/me/password',
      as: signedIn,
      body: { current_password: temporary, new_password: NEW_PASSWORD },
    });
    expect(changed.json()).toEqual({ sessions_ended: 0, pending: null });
    expect((await t.request({ url: '/api/keys', as: signedIn })).statusCode).toBe(200);

    const onOwner = await t.request({ method: 'POST', url: `/api/users/${owner.user.id}/reset-password`, as: admin });
    expect(onOwner.statusCode).toBe(403);
    expect(onOwner.json().code).toBe('forbidden_role_change');
    const self = await t.request({ method: 'POST', url: `/api/users/${admin.user.id}/reset-password`, as: admin });
    expect(self.statusCode).toBe(403);
    const byMember = await t.request({ method: 'POST', url: `/api/users/${admin.user.id}/reset-password`, as: signedIn });
    expect(byMember.json()).toMatchObject({ code: 'insufficient_permission', missing_permission: 'users:manage' });
    const audit = (await t.request({ url: '/api/audit?action=user.password_reset', as: owner })).json();
    expect(audit.data).toHaveLength(1);
    expect(audit.data[0]).toMatchObject({ actor: { type: 'user', id: admin.user.id }, target: { id: member.user.id } });
    expect(JSON.stringify(audit)).not.toContain(temporary);
  });
});
