import { describe, expect, it } from 'vitest';
import { type TestApp, appsClosedAfterEach, describeEachDialect } from '../support/app.js';
import { PASSWORD, aUser, anOwner, login } from '../support/fixtures.js';

/** Sign-in attempts for `email` from an address, with a wrong password unless told otherwise. */
const signInAttempts =
  (t: TestApp, email: string) =>
  (ip: string, password = 'wrong password!!') =>
    t.request({ method: 'POST', url: '/auth/login', body: { email, password }, ip });

describeEachDialect('first run, sign-in and sessions', ({ app }) => {
  const setupBody = { workspace_name: 'Acme', email: 'first@example.test', name: 'First', password: PASSWORD };

  it('setup creates the owner once; a second setup is 409', async () => {
    const t = await app();
    expect((await t.request({ url: '/auth/status' })).json()).toMatchObject({ needs_setup: true });
    const first = await t.request({ method: 'POST', url: '/auth/setup', body: setupBody });
    expect(first.statusCode).toBe(200);
    expect(first.json().user).toMatchObject({ email: 'first@example.test', role: 'owner' });
    const second = await t.request({ method: 'POST', url: '/auth/setup', body: { ...setupBody, email: 'other@example.test' } });
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe('already_set_up');
    expect((await t.request({ url: '/auth/status' })).json()).toMatchObject({ needs_setup: false });
  });

  it('sign-up is off by default', async () => {
    const t = await app({ config: { allowSignup: false } });
    await anOwner(t);
    const res = await t.request({ method: 'POST', url: '/auth/signup', body: { ...setupBody, email: 'x@example.test' } });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('signup_disabled');
  });

  it('passwords shorter than 12 characters are refused', async () => {
    const t = await app();
    const res = await t.request({ method: 'POST', url: '/auth/setup', body: { ...setupBody, password: 'short' } });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().errors[0].path).toBe('/password');
  });

  it('a wrong password and an unknown email get the same generic 401', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const wrong = await t.request({ method: 'POST', url: '/auth/login', body: { email: owner.user.email, password: 'not the password!' } });
    const unknown = await t.request({ method: 'POST', url: '/auth/login', body: { email: 'nobody@example.test', password: 'not the password!' } });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    const strip = (b: Record<string, unknown>) => ({ ...b });
    expect(strip(wrong.json())).toEqual(strip(unknown.json()));
    expect(wrong.json().code).toBe('invalid_credentials');
  });

  it('10 failures for one account from one IP close that pair; other IPs still sign in', async () => {
    const t = await app();
    const attempt = signInAttempts(t, (await anOwner(t)).user.email);
    for (let i = 0; i < 10; i++) expect((await attempt('10.0.0.1')).statusCode).toBe(401);
    const locked = await attempt('10.0.0.1', PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(locked.json().code).toBe('too_many_failed_attempts');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect((await attempt('10.0.0.2', PASSWORD)).statusCode).toBe(200);
    t.clock.advance(15 * 60_000);
    expect((await attempt('10.0.0.1', PASSWORD)).statusCode).toBe(200);
  });

  it('after 100 failures an hour from all IPs together, an account takes no more from any address that failed', async () => {
    const t = await app();
    const attempt = signInAttempts(t, (await anOwner(t)).user.email);
    for (let i = 0; i < 100; i++) expect((await attempt(`10.1.${i >> 3}.${i}`)).statusCode).toBe(401);
    expect((await attempt('10.1.0.5', PASSWORD)).statusCode).toBe(429);
    // A clean address still gets its answer; once it has failed, it is held back like the rest.
    expect((await attempt('10.9.9.9')).statusCode).toBe(401);
    expect((await attempt('10.9.9.9', PASSWORD)).statusCode).toBe(429);
    t.clock.advance(60 * 60_000);
    expect((await attempt('10.9.9.9', PASSWORD)).statusCode).toBe(200);
  });

  it('the session cookie is __Host-, Secure, HttpOnly, SameSite=Lax, and a new id at every login', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const res = await t.request({ method: 'POST', url: '/auth/login', body: { email: owner.user.email, password: PASSWORD } });
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^__Host-keyward_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie.split(';')[0]).not.toBe(owner.cookie);
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('logout ends the session server-side', async () => {
    const t = await app();
    const owner = await anOwner(t);
    expect((await t.request({ url: '/auth/session', as: owner })).statusCode).toBe(200);
    expect((await t.request({ method: 'POST', url: '/auth/logout', as: owner })).statusCode).toBe(204);
    const after = await t.request({ url: '/api/contacts', as: owner });
    expect(after.statusCode).toBe(401);
    expect((await t.request({ url: '/auth/session', as: owner })).statusCode).toBe(401);
  });

  it('disabling a user ends their sessions', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const member = await aUser(t, owner, { role: 'member' });
    expect((await t.request({ url: '/api/contacts', as: member })).statusCode).toBe(200);
    const res = await t.request({ method: 'PATCH', url: `/api/users/${member.user.id}`, as: owner, body: { disabled: true } });
    expect(res.statusCode).toBe(200);
    expect((await t.request({ url: '/api/contacts', as: member })).statusCode).toBe(401);
    const again = await t.request({ method: 'POST', url: '/auth/login', body: { email: member.user.email, password: PASSWORD } });
    expect(again.statusCode).toBe(401);
  });

  it('a session without the CSRF token cannot change anything; a cross-site form POST gets 403', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const noToken = await t.request({
      method: 'POST',
      url: '/api/contacts',
      headers: { cookie: owner.cookie, 'content-type': 'application/json' },
      payload: '{"name":"X"}',
    });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().code).toBe('csrf_failed');
    const badToken = await t.request({ method: 'POST', url: '/api/contacts', as: { cookie: owner.cookie, csrf: 'x'.repeat(43) }, body: { name: 'X' } });
    expect(badToken.statusCode).toBe(403);
    const form = await t.request({
      method: 'POST',
      url: '/api/contacts',
      headers: { cookie: owner.cookie, 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
      payload: 'name=X',
    });
    expect(form.statusCode).toBe(403);
    for (const method of ['PATCH', 'DELETE'] as const) {
      const r = await t.request({ method, url: '/api/contacts/con_x', headers: { cookie: owner.cookie } });
      expect(r.statusCode).toBe(403);
    }
    const list = await t.request({ url: '/api/contacts', as: owner });
    expect(list.json().data).toEqual([]);
  });

  it('email addresses are case-insensitive for sign-in', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const s = await login(t, owner.user.email.toUpperCase());
    expect(s.user.id).toBe(owner.user.id);
  });
});

describe('sign-up is limited per address', () => {
  const app = appsClosedAfterEach();

  it('the 4th sign-up in an hour from one IP gets 429 when the limit is 3', async () => {
    const t = await app({ config: { signupPerHour: 3 } });
    await anOwner(t);
    const signup = (i: number, ip = '192.0.2.1') =>
      t.request({ method: 'POST', url: '/auth/signup', ip, body: { workspace_name: `W${i}`, email: `s${i}@example.test`, name: 'S', password: PASSWORD } });
    for (let i = 0; i < 3; i++) expect((await signup(i)).statusCode).toBe(200);
    const fourth = await signup(3);
    expect(fourth.statusCode).toBe(429);
    expect((await signup(4, '192.0.2.2')).statusCode).toBe(200);
  });
});
