import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../support/app.js';

describe('/openapi.json and /docs', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp();
  });
  afterAll(() => t?.close());

  it('is a valid OpenAPI 3.1 document describing every API route', async () => {
    const res = await t.request({ url: '/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    const validator = new Validator();
    const result = await validator.validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    const paths = Object.keys(doc.paths);
    for (const p of ['/api/contacts', '/api/contacts/{id}', '/api/keys', '/api/keys/{id}', '/api/keys/{id}/revoke', '/api/keys/{id}/roll', '/api/me', '/api/users', '/api/users/{id}', '/api/audit', '/auth/setup', '/auth/login', '/auth/logout', '/auth/session', '/healthz', '/readyz']) {
      expect(paths, p).toContain(p);
    }
    expect(doc.components.securitySchemes.apiKey).toEqual({ type: 'apiKey', in: 'header', name: 'X-API-Key' });
  });

  it('/docs renders the reference', async () => {
    const res = await t.request({ url: '/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('swagger');
  });
});
