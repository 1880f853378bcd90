import { expect, it } from 'vitest';
import { resetPasswordFromConsole } from '../../src/cli/users.js';
import { totpCode } from '../../src/users/totp.js';
import { describeEachDialect } from '../support/app.js';
import { PASSWORD, aUser, anOwner, anOwnerAdminAndMember, login } from '../support/fixtures.js';

describeEachDialect(`sessions you can see and end; the operator's reset`, ({ app }) => {
  it("lists one's sessions (address, browser, created, last seen, this one) and ends one or all others", async () => {
    const t = await app();
    const owner = await anOwner(t);
    const phone = await login(t, owner.user.email, PASSWORD, '198.51.100.20');
    const laptop = await login(t, owner.user.email, PASSWORD, '198.51.100.30');
    t.clock.advance(120_000);
    const list = await t.request({ url: '/api/me/sessions', as: phone, headers: { 'user-agent': 'Phone/1.0' } });
    expect(list.statusCode, list.body).toBe(200);
    const data = list.json().data as { id: string; ip: string; current: boolean; last_seen_at: string; created_at: string }[];
    expect(data).toHaveLength(3);
    const mine = data.find((s) => s.current)!;
    expect(mine).toMatchObject({ ip: '198.51.100.20', last_seen_at: new Date(t.clock.now()).toISOString() });
    expect(mine.id).toMatch(/^ses_[0-9a-f]{24}$/);
    expect(JSON.stringify(data)).not.toContain(phone.cookie.split('=')[1]);

    const laptopId = data.find((s) => s.ip === '198.51.100.30')!.id;
    expect((await t.request({ method: 'DELETE', url: `/api/me/sessions/${laptopId}`, as: phone })).statusCode).toBe(204);
    expect((await t.request({ url: '/api/me', as: laptop })).statusCode).toBe(401);
    const member = await aUser(t, owner, { role: 'member' });
    const notMine = (await t.request({ url: '/api/me/sessions', as: member })).json().data[0].id;
    expect((await t.request({ method: 'DELETE', url: `/api/me/sessions/${notMine}`, as: phone })).statusCode).toBe(404);

    const others = await t.request({ method: 'DELETE', url: '/api/me/sessions', as: phone });
    expect(others.json()).toEqual({ sessions_ended: 1 });
    expect((await t.request({ url: '/api/me', as: owner })).statusCode).toBe(401);
    expect((await t.request({ url: '/api/me', as: phone })).statusCode).toBe(200);
  });

  it("an admin ends a member's sessions, never an owner's", async () => {
    const t = await app();
    const { owner, admin, member } = await anOwnerAdminAndMember(t);
    const res = await t.request({ method: 'POST', url: `/api/users/${member.user.id}/end-sessions`, as: admin });
    expect(res.json()).toEqual({ sessions_ended: 1 });
    expect((await t.request({ url: '/api/me', as: member })).statusCode).toBe(401);
    const onOwner = await t.request({ method: 'POST', url: `/api/users/${owner.user.id}/end-sessions`, as: admin });
    expect(onOwner.json().code).toBe('forbidden_role_change');
    expect((await t.request({ url: '/api/me', as: owner })).statusCode).toBe(200);
  });

  it('the operator reset from the console lets a locked-out owner (lost password and authenticator) back in, audited', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const setup = (await t.request({ method: 'POST', url: '/api/me/two-factor/setup', as: owner })).json();
    expect(
      (await t.request({ method: 'POST', url: '/api/me/two-factor/enable', as: owner, body: { code: totpCode(setup.secret, t.clock.now()) } })).statusCode,
    ).toBe(200);

    const r = await resetPasswordFromConsole(t.kw.deps, { email: owner.user.email.toUpperCase(), resetTwoFactor: true });
    expect(r.userId).toBe(owner.user.id);
    expect((await t.request({ url: '/api/me', as: owner })).statusCode).toBe(401);
    expect((await t.request({ method: 'POST', url: '/auth/login', body: { email: owner.user.email, password: PASSWORD } })).statusCode).toBe(401);

    const back = await login(t, owner.user.email, r.temporaryPassword);
    expect((await t.request({ url: '/auth/session', as: back })).json().pending).toBe('password_change');
    const changed = await t.request({
      method: 'POST',
      url: '/api/me/password',
      as: back,
      body: { current_password: r.temporaryPassword, new_password: 'mine again, and long' },
    });
    expect(changed.json().pending).toBeNull();
    const audit = (await t.request({ url: '/api/audit?action=user.password_reset', as: back })).json();
    expect(audit.data[0]).toMatchObject({ actor: { type: 'operator' }, target: { id: owner.user.id }, details: { two_factor_reset: true } });
    expect(audit.data[0].actor.id).toMatch(/^operator:/);
  });
});
