import { describe, expect, it } from 'vitest';
import { appsClosedAfterEach, testApp } from '../support/app.js';
import { PASSWORD, aKey, anOwner } from '../support/fixtures.js';

/** The helmet headers every response carries, API and web alike. */
const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'SAMEORIGIN',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'x-dns-prefetch-control': 'off',
  'x-permitted-cross-domain-policies': 'none',
};

describe('response headers', () => {
  const app = appsClosedAfterEach();

  it('carry the helmet security headers and a strict CSP on API answers, errors, operations and the docs', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const { key } = await aKey(t, owner);
    const answers = [
      await t.request({ url: '/api/contacts', as: { key } }),
      await t.request({ url: '/api/contacts' }),
      await t.request({ url: '/api/nothing', as: owner }),
      await t.request({ method: 'POST', url: '/api/keys/revoke-leaked', body: { keys: ['x'] } }),
      await t.request({ url: '/healthz' }),
      await t.request({ url: '/openapi.json' }),
      await t.request({ url: '/auth/status' }),
    ];
    for (const res of answers) {
      expect(res.headers, res.body.slice(0, 100)).toMatchObject(SECURITY_HEADERS);
      const csp = String(res.headers['content-security-policy']);
      for (const directive of ["default-src 'self'", "script-src 'self'", "object-src 'none'", "frame-ancestors 'none'"]) expect(csp).toContain(directive);
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
  });

  it('send no CORS headers on /api/* by default, to simple requests or preflights from any origin', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const { key } = await aKey(t, owner);
    const origin = { origin: 'https://evil.example' };
    const answers = [
      await t.request({ url: '/api/contacts', as: { key }, headers: origin }),
      await t.request({ url: '/api/me', as: owner, headers: origin }),
      await t.request({ method: 'POST', url: '/api/keys/revoke-leaked', body: { keys: ['x'] }, headers: origin }),
      await t.request({
        method: 'OPTIONS',
        url: '/api/contacts',
        headers: { ...origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'x-api-key,content-type' },
      }),
    ];
    for (const res of answers) {
      const cors = Object.keys(res.headers).filter((h) => h.startsWith('access-control-'));
      expect(cors, `${res.statusCode} ${res.body.slice(0, 100)}`).toEqual([]);
    }
    expect(answers[3].statusCode).toBeGreaterThanOrEqual(400);
  });

  it('mark every answer that carries a key or a session Cache-Control: no-store', async () => {
    const t = await app();
    const owner = await anOwner(t); // setup
    const created = await t.request({ method: 'POST', url: '/api/keys', as: owner, body: { name: 'k' } });
    expect(created.statusCode).toBe(201);
    const rolled = await t.request({ method: 'POST', url: `/api/keys/${created.json().id}/roll`, as: owner, body: {} });
    expect(rolled.statusCode).toBe(201);
    const email = `signup-${Date.now()}@example.test`;
    const signup = await t.request({ method: 'POST', url: '/auth/signup', body: { workspace_name: 'W', email, name: 'S', password: PASSWORD } });
    const loggedIn = await t.request({ method: 'POST', url: '/auth/login', body: { email, password: PASSWORD } });
    const session = await t.request({ url: '/auth/session', as: owner });
    const setup = await (async () => {
      const fresh = await testApp();
      try {
        return await fresh.request({
          method: 'POST',
          url: '/auth/setup',
          body: { workspace_name: 'W', email: 'first@example.test', name: 'F', password: PASSWORD },
        });
      } finally {
        await fresh.close();
      }
    })();
    const secretBearing = { created, rolled, signup, loggedIn, session, setup };
    for (const [what, res] of Object.entries(secretBearing)) {
      expect(res.statusCode, `${what}: ${res.body}`).toBeLessThan(300);
      expect(res.headers['cache-control'], what).toMatch(/\bno-store\b/);
    }
    expect(created.json().key).toMatch(/^ak_live_/);
    expect(String(loggedIn.headers['set-cookie'])).toMatch(/^__Host-keyward_session=[^;]+;.*HttpOnly.*Secure.*SameSite=Lax/i);
  });
});
