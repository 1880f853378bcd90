import type { ParsedMail } from 'mailparser';
import { expect, it, onTestFinished } from 'vitest';
import { type TestApp, describeEachDialect } from '../support/app.js';
import { randomBytes } from 'node:crypto';
import { PASSWORD, aUser, anOwner, login } from '../support/fixtures.js';
import { smtpReceiver } from '../support/notify.js';

const NEW_PASSWORD = 'a brand new passphrase';
const DAY = 86_400_000;
const uniqueEmail = (label: string) => `${label}-${randomBytes(4).toString('hex')}@example.test`;

/** The token of the one-time link in an email (it travels after `#token=`, never in a query string). */
function linkToken(m: ParsedMail, page: 'reset-password' | 'verify-email'): string {
  const match = new RegExp(`http://[^\\s]+/${page}#token=([A-Za-z0-9_-]+)`).exec(m.text ?? '');
  if (!match) throw new Error(`no ${page} link in: ${m.text}`);
  return match[1];
}

describeEachDialect('accounts by email', ({ app }) => {
  async function withSmtp(config: Record<string, unknown> = {}) {
    const smtp = await smtpReceiver();
    onTestFinished(smtp.close);
    const t = await app({ config: { notifyIntervalMs: 0, smtpUrl: smtp.url, publicUrl: 'http://keyward.test', ...config } });
    return { t, smtp };
  }
  const deliver = (t: TestApp) => t.kw.deps.notifier.deliverDue();
  const to = (smtp: { messages: ParsedMail[] }, email: string) => smtp.messages.filter((m) => m.to && !Array.isArray(m.to) && m.to.text === email);

  it('a password change is told by email and in the app, without the password', async () => {
    const { t, smtp } = await withSmtp();
    await anOwner(t);
    const owner = await anOwner(t);
    const res = await t.request({ method: 'POST', url: '/api/me/password', as: owner, body: { current_password: PASSWORD, new_password: NEW_PASSWORD } });
    expect(res.statusCode, res.body).toBe(200);
    await deliver(t);
    const [mail] = to(smtp, owner.user.email).filter((m) => m.subject === 'Keyward: your password was changed');
    expect(mail.text).toContain('Your Keyward password was changed on 2026-06-01 12:00:00 UTC from 127.0.0.1');
    expect(mail.text).toContain('http://keyward.test/settings/account');
    expect(JSON.stringify(smtp.raws)).not.toContain(NEW_PASSWORD);
    const notes = (await t.request({ url: '/api/notifications', as: owner })).json().data;
    expect(notes.map((n: { type: string }) => n.type)).toContain('account.password_changed');
  });

  it('an admin resets by emailed link: the old password stops, the link sets a new one once, within an hour', async () => {
    const { t, smtp } = await withSmtp();
    const owner = await anOwner(t);
    const admin = await aUser(t, owner, { role: 'admin' });
    const member = await aUser(t, owner, { role: 'member' });
    const res = await t.request({ method: 'POST', url: `/api/users/${member.user.id}/reset-password`, as: admin, body: { method: 'email_link' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ temporary_password: null, link_sent_to: member.user.email, sessions_ended: true });
    expect((await t.request({ url: '/api/me', as: member })).statusCode).toBe(401);
    expect((await t.request({ method: 'POST', url: '/auth/login', body: { email: member.user.email, password: PASSWORD } })).statusCode).toBe(401);

    const [mail] = to(smtp, member.user.email);
    expect(mail.subject).toBe('Keyward: choose a new password');
    expect(mail.text).toContain('An admin of your Keyward workspace reset your password');
    const token = linkToken(mail, 'reset-password');
    // Only the token's hash is stored.
    expect(JSON.stringify(await t.store.db.selectFrom('account_tokens').selectAll().execute())).not.toContain(token);

    const weak = await t.request({ method: 'POST', url: '/auth/password-reset', body: { token, new_password: 'short' } });
    expect(weak.statusCode).toBe(400);
    const done = await t.request({ method: 'POST', url: '/auth/password-reset', body: { token, new_password: NEW_PASSWORD } });
    expect(done.statusCode, done.body).toBe(204);
    const again = await t.request({ method: 'POST', url: '/auth/password-reset', body: { token, new_password: 'yet another passphrase' } });
    expect(again.statusCode).toBe(400);
    expect(again.json().code).toBe('invalid_link');
    const back = await login(t, member.user.email, NEW_PASSWORD);
    expect((await t.request({ url: '/auth/session', as: back })).json().pending).toBeNull();

    const audit = (await t.request({ url: '/api/audit?target=' + member.user.id, as: owner })).json().data;
    expect(audit.find((e: any) => e.action === 'user.password_reset')).toMatchObject({ actor: { id: admin.user.id }, details: { method: 'email_link' } });
    expect(audit.find((e: any) => e.action === 'user.password_changed')).toMatchObject({ actor: { id: member.user.id }, details: { via: 'email_link' } });

    // A second link runs out after an hour.
    await t.request({ method: 'POST', url: `/api/users/${member.user.id}/reset-password`, as: admin, body: { method: 'email_link' } });
    // The newest link email (the password-changed notice is delivered on its own schedule and may come later).
    const late = linkToken(
      to(smtp, member.user.email)
        .filter((m) => m.subject === 'Keyward: choose a new password')
        .at(-1)!,
      'reset-password',
    );
    t.clock.advance(61 * 60_000);
    expect((await t.request({ method: 'POST', url: '/auth/password-reset', body: { token: late, new_password: 'yet another passphrase' } })).json().code).toBe(
      'invalid_link',
    );
  });

  it('when the SMTP server does not take the link, nothing changes (502); without SMTP the link method is refused (409)', async () => {
    const { t, smtp } = await withSmtp();
    const owner = await anOwner(t);
    const member = await aUser(t, owner, { role: 'member' });
    await smtp.close();
    const res = await t.request({ method: 'POST', url: `/api/users/${member.user.id}/reset-password`, as: owner, body: { method: 'email_link' } });
    expect(res.statusCode).toBe(502);
    expect(res.json().code).toBe('email_not_sent');
    expect((await t.request({ url: '/api/me', as: member })).statusCode).toBe(200);
    expect((await t.request({ method: 'POST', url: '/auth/login', body: { email: member.user.email, password: PASSWORD } })).statusCode).toBe(200);
    await t.close();

    const bare = await app();
    const o2 = await anOwner(bare);
    const m2 = await aUser(bare, o2, { role: 'member' });
    const none = await bare.request({ method: 'POST', url: `/api/users/${m2.user.id}/reset-password`, as: o2, body: { method: 'email_link' } });
    expect(none.statusCode).toBe(409);
    expect(none.json().code).toBe('email_not_configured');
    expect((await bare.request({ url: '/auth/status' })).json().email).toBe(false);
    expect((await bare.request({ method: 'POST', url: '/auth/password-reset/request', body: { email: m2.user.email } })).json().code).toBe(
      'email_not_configured',
    );
  });

  it('"forgot password" answers alike for known and unknown addresses, emails a link only to the known one, and caps links per address', async () => {
    const { t, smtp } = await withSmtp();
    const owner = await anOwner(t);
    expect((await t.request({ url: '/auth/status' })).json().email).toBe(true);
    const unknown = await t.request({ method: 'POST', url: '/auth/password-reset/request', body: { email: 'nobody@example.test' } });
    const known = await t.request({ method: 'POST', url: '/auth/password-reset/request', body: { email: owner.user.email.toUpperCase() } });
    expect([unknown.statusCode, known.statusCode]).toEqual([204, 204]);
    await expect.poll(() => to(smtp, owner.user.email).length).toBe(1);
    expect(to(smtp, 'nobody@example.test')).toEqual([]);
    const mail = to(smtp, owner.user.email)[0];
    expect(mail.text).toContain('If you did not ask for it, you can ignore this email; your password stays as it is.');
    // Asking does not change the password.
    expect((await t.request({ url: '/api/me', as: owner })).statusCode).toBe(200);
    for (let i = 0; i < 4; i++) await t.request({ method: 'POST', url: '/auth/password-reset/request', body: { email: owner.user.email } });
    // Three links (the limit); a fourth would make tokens[2] not the newest, and its reset below fail.
    await expect.poll(() => to(smtp, owner.user.email).length).toBe(3);
    // Only the newest link works.
    const tokens = to(smtp, owner.user.email).map((m) => linkToken(m, 'reset-password'));
    expect((await t.request({ method: 'POST', url: '/auth/password-reset', body: { token: tokens[0], new_password: NEW_PASSWORD } })).statusCode).toBe(400);
    expect((await t.request({ method: 'POST', url: '/auth/password-reset', body: { token: tokens[2], new_password: NEW_PASSWORD } })).statusCode).toBe(204);
    expect((await t.request({ url: '/api/me', as: owner })).statusCode).toBe(401);
    await login(t, owner.user.email, NEW_PASSWORD);
  });

  it('sign-up with SMTP confirms the address first: one email, no sign-in until the link is opened', async () => {
    const { t, smtp } = await withSmtp({ allowSignup: true });
    await anOwner(t);
    const email = uniqueEmail('signup');
    const body = { workspace_name: 'Newco', email, name: 'Nina New', password: PASSWORD };
    const res = await t.request({ method: 'POST', url: '/auth/signup', body });
    expect(res.statusCode, res.body).toBe(202);
    expect(res.json()).toEqual({ verification_sent_to: email });
    expect(res.headers['set-cookie']).toBeUndefined();
    const [mail] = to(smtp, email);
    expect(mail.subject).toBe('Keyward: confirm your email address');
    const first = linkToken(mail, 'verify-email');

    const early = await t.request({ method: 'POST', url: '/auth/login', body: { email, password: PASSWORD } });
    expect(early.statusCode).toBe(403);
    expect(early.json().code).toBe('email_not_verified');
    expect(to(smtp, email)).toHaveLength(2);
    // The first link still works? No: a new one replaced it.
    expect((await t.request({ method: 'POST', url: '/auth/verify-email', body: { token: first } })).json().code).toBe('invalid_link');
    // A wrong password says nothing about the address.
    expect((await t.request({ method: 'POST', url: '/auth/login', body: { email, password: 'not the password at all' } })).statusCode).toBe(401);
    // No more than 3 links an hour, however often one signs in.
    for (let i = 0; i < 3; i++) await t.request({ method: 'POST', url: '/auth/login', body: { email, password: PASSWORD } });
    expect(to(smtp, email)).toHaveLength(3);

    const token = linkToken(to(smtp, email).at(-1)!, 'verify-email');
    const ok = await t.request({ method: 'POST', url: '/auth/verify-email', body: { token } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ user: { email, role: 'owner' }, workspace: { name: 'Newco' }, pending: null });
    expect(ok.headers['set-cookie']).toBeDefined();
    expect((await t.request({ method: 'POST', url: '/auth/verify-email', body: { token } })).json().code).toBe('invalid_link');
    const owner = await login(t, email);
    const audit = (await t.request({ url: '/api/audit?action=user.email_verified', as: owner })).json().data;
    expect(audit).toHaveLength(1);
    await deliver(t);
    // Only the confirmation links were sent to the address before it was confirmed.
    expect(to(smtp, email).every((m) => m.subject === 'Keyward: confirm your email address')).toBe(true);
  });

  it('a sign-up whose confirmation cannot be sent creates nothing (502)', async () => {
    const { t, smtp } = await withSmtp({ allowSignup: true });
    await anOwner(t);
    await smtp.close();
    const email = uniqueEmail('signup');
    const res = await t.request({ method: 'POST', url: '/auth/signup', body: { workspace_name: 'Newco', email, name: 'Nina New', password: PASSWORD } });
    expect(res.statusCode).toBe(502);
    expect(res.json().code).toBe('email_not_sent');
    expect(await t.store.users.findByEmail(email)).toEqual([]);
  });

  it('a sign-in from an address not used in 30 days is told in the app and by email; the first sign-in is not; capped per hour', async () => {
    const { t, smtp } = await withSmtp();
    let owner = await anOwner(t);
    const email = owner.user.email;
    await login(t, email, PASSWORD, '127.0.0.1');
    await deliver(t);
    const notices = () => to(smtp, email).filter((m) => m.subject?.startsWith('Keyward: a sign-in') || m.subject?.startsWith('Keyward: sign-ins'));
    const inApp = async () => (await t.request({ url: '/api/notifications', as: owner })).json().data.filter((n: any) => n.type === 'account.new_sign_in');
    expect(await inApp()).toEqual([]);

    await login(t, email, PASSWORD, '203.0.113.9');
    await deliver(t);
    expect(notices().map((m) => m.subject)).toEqual(['Keyward: a sign-in to your account from a new address']);
    expect(notices()[0].text).toContain('from a new address (203.0.113.9)');
    const [n] = await inApp();
    expect(n).toMatchObject({ type: 'account.new_sign_in', key: null });
    expect(n.message).toContain('203.0.113.9');

    // The same address again within 30 days: nothing; after 30 days: new again.
    t.clock.advance(10 * DAY);
    await login(t, email, PASSWORD, '203.0.113.9');
    t.clock.advance(31 * DAY);
    owner = await login(t, email, PASSWORD, '127.0.0.1');
    await deliver(t);
    expect(notices()).toHaveLength(2);

    // Eight new addresses within one hour: five notices, then one summary.
    t.clock.advance(DAY);
    t.clock.set(Math.ceil(t.clock.now() / 3_600_000) * 3_600_000 + 60_000);
    for (let i = 1; i <= 8; i++) owner = await login(t, email, PASSWORD, `198.51.100.${i}`);
    await deliver(t);
    const all = await inApp();
    expect(all).toHaveLength(1 + 1 + 6);
    expect(all.filter((x: any) => x.message.includes('more new addresses'))).toHaveLength(1);
    expect(notices()).toHaveLength(2 + 6);
    const audit = (await t.request({ url: '/api/audit?action=user.new_sign_in_address', as: owner })).json().data;
    expect(audit).toHaveLength(10);
  });
});
