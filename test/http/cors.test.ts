import { describe, expect, it } from 'vitest';
import { appsClosedAfterEach } from '../support/app.js';
import { aKey, anOwner } from '../support/fixtures.js';

describe('CORS on /api/*', () => {
  const app = appsClosedAfterEach();

  it('is off by default', async () => {
    const t = await app();
    const { key } = await aKey(t, await anOwner(t));
    const res = await t.request({ url: '/api/contacts', headers: { 'x-api-key': key, origin: 'https://app.example' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await t.request({
      method: 'OPTIONS',
      url: '/api/contacts',
      headers: { origin: 'https://app.example', 'access-control-request-method': 'GET' },
    });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('allows only the configured origins, without credentials', async () => {
    const t = await app({ config: { corsOrigins: ['https://app.example'] } });
    const { key } = await aKey(t, await anOwner(t));
    const ok = await t.request({ url: '/api/contacts', headers: { 'x-api-key': key, origin: 'https://app.example' } });
    expect(ok.headers['access-control-allow-origin']).toBe('https://app.example');
    expect(ok.headers['access-control-allow-credentials']).toBeUndefined();
    const other = await t.request({ url: '/api/contacts', headers: { 'x-api-key': key, origin: 'https://evil.example' } });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await t.request({
      method: 'OPTIONS',
      url: '/api/contacts',
      headers: { origin: 'https://app.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'x-api-key' },
    });
    expect(preflight.statusCode).toBe(204);
    expect(String(preflight.headers['access-control-allow-headers']).toLowerCase()).toContain('x-api-key');
  });
});

describe('CORS_ORIGINS', () => {
  const app = appsClosedAfterEach();

  it('enables CORS on /api/* only: never on /auth/*, /openapi.json, the docs or the web app', async () => {
    const t = await app({ config: { corsOrigins: ['https://app.example'] } });
    const origin = 'https://app.example';
    const api = await t.request({ url: '/api/keys/revoke-leaked', method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });
    expect(api.headers['access-control-allow-origin']).toBe(origin);
    for (const url of ['/auth/login', '/auth/session', '/openapi.json', '/docs', '/']) {
      const res = await t.request({ url, headers: { origin } });
      expect(res.headers['access-control-allow-origin'], url).toBeUndefined();
      const preflight = await t.request({ method: 'OPTIONS', url, headers: { origin, 'access-control-request-method': 'POST' } });
      expect(preflight.headers['access-control-allow-origin'], `OPTIONS ${url}`).toBeUndefined();
      expect(preflight.statusCode, `OPTIONS ${url}`).not.toBe(204);
    }
  });
});
