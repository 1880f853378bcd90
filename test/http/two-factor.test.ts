import { expect, it } from 'vitest';
import { totpCode } from '../../src/users/totp.js';
import { type TestApp, describeEachDialect } from '../support/app.js';
import { PASSWORD, type SessionCaller, aUser, anOwner } from '../support/fixtures.js';

const STEP = 30_000;

/** Turns two-factor on for `who` (a fresh session); returns the secret and the recovery codes. */
async function enrol(t: TestApp, who: SessionCaller): Promise<{ secret: string; codes: string[] }> {
  const setup = await t.request({ method: 'POST', url: '/api/me/two-factor/setup', as: who });
  expect(setup.statusCode, setup.body).toBe(200);
  const { secret, otpauth_uri: uri, qr_svg: qr } = setup.json();
  expect(uri).toMatch(/^otpauth:\/\/totp\/Keyward:.+\?.*secret=/);
  expect(qr).toMatch(/^data:image\/svg\+xml;base64,/);
  expect(Buffer.from(qr.split(',')[1], 'base64').toString()).toContain('<svg');
  const wrong = await t.request({ method: 'POST', url: '/api/me/two-factor/enable', as: who, body: { code: '000000' } });
  expect(wrong.json().code).toBe('invalid_two_factor_code');
  const enabled = await t.request({ method: 'POST', url: '/api/me/two-factor/enable', as: who, body: { code: totpCode(secret, t.clock.now()) } });
  expect(enabled.statusCode, enabled.body).toBe(200);
  const codes: string[] = enabled.json().recovery_codes;
  expect(codes).toHaveLength(10);
  expect(new Set(codes).size).toBe(10);
  return { secret, codes };
}

/** The password step: a session that may only send its code. */
async function passwordStep(t: TestApp, email: string, ip?: string): Promise<SessionCaller> {
  const res = await t.request({ method: 'POST', url: '/auth/login', body: { email, password: PASSWORD }, ip });
  expect(res.statusCode, res.body).toBe(200);
  const body = res.json();
  const set = res.headers['set-cookie'];
  return {
    cookie: String(Array.isArray(set) ? set[0] : set).split(';')[0],
    csrf: body.csrf_token,
    user: body.user,
    workspace: body.workspace,
    pending: body.pending,
  } as SessionCaller & { pending: string };
}

const second = (t: TestApp, s: SessionCaller, code: string) => t.request({ method: 'POST', url: '/auth/login/two-factor', as: s, body: { code } });

describeEachDialect('two-factor sign-in', ({ app }) => {
  it('asks for the code after the password: a valid code signs in, a reused or stale one does not', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const { secret } = await enrol(t, owner);
    t.clock.advance(5 * STEP);

    const half = await passwordStep(t, owner.user.email);
    expect((half as SessionCaller & { pending: string }).pending).toBe('two_factor');
    const blocked = await t.request({ url: '/api/keys', as: half });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('two_factor_required');

    const stale = totpCode(secret, t.clock.now() - 3 * STEP);
    expect((await second(t, half, stale)).json().code).toBe('invalid_two_factor_code');
    const code = totpCode(secret, t.clock.now());
    const ok = await second(t, half, code);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().pending).toBeNull();
    expect((await t.request({ url: '/api/keys', as: half })).statusCode).toBe(200);

    // The same code again, within its 30 seconds, from another sign-in: refused.
    const again = await passwordStep(t, owner.user.email);
    expect((await second(t, again, code)).json().code).toBe('invalid_two_factor_code');
    t.clock.advance(STEP);
    expect((await second(t, again, totpCode(secret, t.clock.now()))).statusCode).toBe(200);

    // A half signed-in session expires after 10 minutes.
    t.clock.advance(STEP);
    const late = await passwordStep(t, owner.user.email);
    t.clock.advance(11 * 60_000);
    expect((await second(t, late, totpCode(secret, t.clock.now()))).statusCode).toBe(401);
  });

  it('each recovery code signs in once; wrong codes are limited like passwords', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const { codes } = await enrol(t, owner);
    const first = await passwordStep(t, owner.user.email);
    expect((await second(t, first, codes[0].toUpperCase())).statusCode).toBe(200);
    const status = (await t.request({ url: '/api/me/two-factor', as: first })).json();
    expect(status).toEqual({ enabled: true, recovery_codes_left: 9, required: false });
    const reused = await passwordStep(t, owner.user.email);
    expect((await second(t, reused, codes[0])).json().code).toBe('invalid_two_factor_code');
    expect((await second(t, reused, codes[1])).statusCode).toBe(200);

    const guesser = await passwordStep(t, owner.user.email, '203.0.113.9');
    // One failure above (the reused code) and nine here: ten per user in 15 minutes.
    for (let i = 0; i < 9; i++) expect((await second(t, guesser, `00000${i}`)).statusCode).toBe(403);
    const locked = await second(t, guesser, codes[2]);
    expect(locked.statusCode).toBe(429);
    const audit = (await t.request({ url: '/api/audit?action=user.login_failed', as: first })).json();
    expect(audit.data[0].details).toEqual({ reason: 'two_factor' });
  });

  it('turning it off needs the password and a code; an API key can do neither', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const { secret } = await enrol(t, owner);
    const noCode = await t.request({ method: 'POST', url: '/api/me/two-factor/disable', as: owner, body: { password: PASSWORD, code: '000000' } });
    expect(noCode.json().code).toBe('invalid_two_factor_code');
    t.clock.advance(STEP);
    const noPassword = await t.request({
      method: 'POST',
      url: '/api/me/two-factor/disable',
      as: owner,
      body: { password: 'not my password!', code: totpCode(secret, t.clock.now()) },
    });
    expect(noPassword.json().code).toBe('wrong_password');
    const key = await t.request({
      method: 'POST',
      url: '/api/me/two-factor/disable',
      headers: { 'x-api-key': 'ak_live_00000000000000000000000000000000000000' },
      body: { password: PASSWORD, code: '000000' },
    });
    expect(key.statusCode).toBe(401);
    const off = await t.request({
      method: 'POST',
      url: '/api/me/two-factor/disable',
      as: owner,
      body: { password: PASSWORD, code: totpCode(secret, t.clock.now()) },
    });
    expect(off.statusCode, off.body).toBe(204);
    const plain = await t.request({ method: 'POST', url: '/auth/login', body: { email: owner.user.email, password: PASSWORD } });
    expect(plain.json().pending).toBeNull();
  });

  it('the workspace policy makes owners and admins enrol at their next sign-in, and nothing else until they have', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const admin = await aUser(t, owner, { role: 'admin' });
    const member = await aUser(t, owner, { role: 'member' });
    const policy = await t.request({ method: 'PATCH', url: '/api/workspace', as: owner, body: { require_two_factor: true } });
    expect(policy.json().require_two_factor).toBe(true);

    const forced = await passwordStep(t, admin.user.email);
    expect((forced as SessionCaller & { pending: string }).pending).toBe('two_factor_enrolment');
    for (const url of ['/api/keys', '/api/contacts', '/api/me/sessions']) {
      const res = await t.request({ url, as: forced });
      expect(res.json().code, url).toBe('two_factor_enrolment_required');
    }
    expect((await t.request({ url: '/api/me/two-factor', as: forced })).json()).toMatchObject({ enabled: false, required: true });
    await enrol(t, forced);
    expect((await t.request({ url: '/api/keys', as: forced })).statusCode).toBe(200);
    expect((await t.request({ url: '/auth/session', as: forced })).json().pending).toBeNull();
    // Members are not covered.
    expect(((await passwordStep(t, member.user.email)) as SessionCaller & { pending: string | null }).pending).toBeNull();
  });
});
