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
    expect(doc.components.securitySchemes.apiKey).toMatchObject({ type: 'apiKey', in: 'header', name: 'X-API-Key' });
  });

  it('says what the server does: operationIds, security, problem+json, headers, constraints', async () => {
    const doc = (await t.request({ url: '/openapi.json' })).json();
    const ops = Object.entries<Record<string, any>>(doc.paths).flatMap(([path, item]) => Object.entries<any>(item).map(([method, op]) => ({ path, method, op })));
    const ids = ops.map((o) => o.op.operationId);
    expect(new Set(ids).size).toBe(ops.length);
    for (const id of ids) expect(id).toMatch(/^(list|get|create|update|delete|revoke|roll|sign|setup)[A-Z][A-Za-z]*$/);
    expect(ids).toEqual(expect.arrayContaining(['listContacts', 'createKey', 'rollKey', 'revokeLeakedKeys', 'getMe', 'signIn']));
    expect(doc.servers.length).toBeGreaterThan(0);
    expect(doc.tags.map((tag: { name: string }) => tag.name).sort()).toEqual([...new Set(ops.flatMap((o) => o.op.tags))].sort());
    for (const { path, method, op } of ops) {
      const label = `${method} ${path}`;
      expect(op.description, label).toBeTruthy();
      const examples = [...Object.values<any>(op.requestBody?.content ?? {}), ...Object.values<any>(op.responses).flatMap((r) => Object.values<any>(r.content ?? {}))].filter((m) => m.example !== undefined);
      expect(examples.length, label).toBeGreaterThan(0);
      for (const [status, res] of Object.entries<any>(op.responses)) {
        if (Number(status) >= 400 && !(path === '/readyz' && status === '503')) expect(Object.keys(res.content), `${label} ${status}`).toEqual(['application/problem+json']);
        expect(res.description, `${label} ${status}`).not.toBe('Default Response');
      }
      if (op.responses['401']) expect(op.responses['401'].headers['WWW-Authenticate'], label).toBeDefined();
      if (op.responses['429']) expect(op.responses['429'].headers['Retry-After'], label).toBeDefined();
      if (op.requestBody) for (const s of ['400', '413', '415']) expect(op.responses[s], `${label} ${s}`).toBeDefined();
    }
    const public_ = ops.filter((o) => Array.isArray(o.op.security) && o.op.security.length === 0).map((o) => `${o.method} ${o.path}`).sort();
    expect(public_).toEqual(['get /auth/status', 'get /healthz', 'get /readyz', 'post /api/keys/revoke-leaked', 'post /auth/login', 'post /auth/setup', 'post /auth/signup', 'get /auth/session', 'post /auth/verify-email', 'post /auth/password-reset/request', 'post /auth/password-reset'].sort());
    expect(doc.paths['/api/contacts'].post.security).toEqual([{ apiKey: [] }, { bearer: [] }, { session: [], csrf: [] }]);
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(['apiKey', 'bearer', 'csrf', 'session']);
    expect(doc.paths['/api/contacts'].get.responses['200'].headers).toHaveProperty('RateLimit-Policy');
    expect(doc.paths['/readyz'].get.responses['503']).toBeDefined();
    const keyName = doc.paths['/api/keys'].post.requestBody.content['application/json'].schema.properties.name;
    expect(keyName).toMatchObject({ minLength: 1, maxLength: 100 });
    expect(doc.components.schemas.Me.properties.key.type).toEqual(['object', 'null']);
    expect(doc.components.schemas.Me.properties.key.properties.expires_at).toMatchObject({ type: ['string', 'null'], format: 'date-time' });
    for (const name of ['Contact', 'ApiKey', 'ApiKeyWithSecret', 'User', 'Workspace', 'AuditEvent', 'Me', 'Problem', 'Permission', 'Role', 'ContactPage', 'ApiKeyPage', 'UserPage', 'AuditEventPage']) {
      expect(doc.components.schemas, name).toHaveProperty(name);
    }
    expect(doc.components.schemas.ErrorCode.enum).toContain('revoked_api_key');
  });

  it('answers an unsupported method on a known path with 405 and Allow, on every route', async () => {
    const res = await t.request({ method: 'PUT', url: '/api/contacts' });
    expect(res.statusCode).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD, POST');
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json().code).toBe('method_not_allowed');
    const doc = (await t.request({ url: '/openapi.json' })).json();
    const all = ['GET', 'POST', 'PATCH', 'DELETE', 'PUT'];
    for (const [path, item] of Object.entries<Record<string, unknown>>(doc.paths)) {
      const url = path.replace('{id}', 'abc123');
      const served = Object.keys(item).map((m) => m.toUpperCase());
      // GET and PATCH /api/keys/revoke-leaked are GET and PATCH /api/keys/{id} with that id.
      const shadowed = path === '/api/keys/revoke-leaked' ? ['GET', 'PATCH'] : [];
      for (const method of all.filter((m) => !served.includes(m) && !shadowed.includes(m))) {
        const r = await t.request({ method: method as 'PUT', url });
        expect(r.statusCode, `${method} ${path}`).toBe(405);
        const allow = String(r.headers.allow).split(', ');
        for (const m of served) expect(allow, `${method} ${path}`).toContain(m);
        if (served.includes('GET')) expect(allow).toContain('HEAD');
      }
    }
    expect((await t.request({ method: 'PUT', url: '/api/nothing-here' })).statusCode).toBe(404);
  });

  it('/docs renders the reference', async () => {
    const res = await t.request({ url: '/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('swagger');
  });
});
