import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RATE_LIMITS } from '../../src/errors.js';
import { type TestApp, testApp } from '../support/app.js';

/** Every schema object in the document, with where it is. */
function* schemasIn(x: unknown, at = ''): Generator<[string, Record<string, any>]> {
  if (Array.isArray(x)) for (const [i, v] of x.entries()) yield* schemasIn(v, `${at}/${i}`);
  else if (x && typeof x === 'object') {
    yield [at, x as Record<string, any>];
    for (const [k, v] of Object.entries(x)) yield* schemasIn(v, `${at}/${k}`);
  }
}

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
    for (const p of [
      '/api/contacts',
      '/api/contacts/{id}',
      '/api/keys',
      '/api/keys/{id}',
      '/api/keys/{id}/revoke',
      '/api/keys/{id}/roll',
      '/api/me',
      '/api/users',
      '/api/users/{id}',
      '/api/audit',
      '/auth/setup',
      '/auth/login',
      '/auth/logout',
      '/auth/session',
      '/healthz',
      '/readyz',
    ]) {
      expect(paths, p).toContain(p);
    }
    expect(doc.components.securitySchemes.apiKey).toMatchObject({ type: 'apiKey', in: 'header', name: 'X-API-Key' });
  });

  it('says what the server does: operationIds, security, problem+json, headers, constraints', async () => {
    const doc = (await t.request({ url: '/openapi.json' })).json();
    const ops = Object.entries<Record<string, any>>(doc.paths).flatMap(([path, item]) =>
      Object.entries<any>(item).map(([method, op]) => ({ path, method, op })),
    );
    const ids = ops.map((o) => o.op.operationId);
    expect(new Set(ids).size).toBe(ops.length);
    for (const id of ids) expect(id).toMatch(/^(list|get|create|update|delete|revoke|roll|sign|setup|verify|forward)[A-Z][A-Za-z]*$/);
    expect(ids).toEqual(expect.arrayContaining(['listContacts', 'createKey', 'rollKey', 'revokeLeakedKeys', 'getMe', 'signIn']));
    expect(doc.servers.length).toBeGreaterThan(0);
    expect(doc.tags.map((tag: { name: string }) => tag.name).sort()).toEqual([...new Set(ops.flatMap((o) => o.op.tags))].sort());
    for (const { path, method, op } of ops) {
      const label = `${method} ${path}`;
      expect(op.description, label).toBeTruthy();
      const examples = [
        ...Object.values<any>(op.requestBody?.content ?? {}),
        ...Object.values<any>(op.responses).flatMap((r) => Object.values<any>(r.content ?? {})),
      ].filter((m) => m.example !== undefined);
      expect(examples.length, label).toBeGreaterThan(0);
      for (const [status, res] of Object.entries<any>(op.responses)) {
        if (Number(status) >= 400 && !(path === '/readyz' && status === '503'))
          expect(Object.keys(res.content), `${label} ${status}`).toEqual(['application/problem+json']);
        expect(res.description, `${label} ${status}`).not.toBe('Default Response');
      }
      if (op.responses['401']) expect(op.responses['401'].headers['WWW-Authenticate'], label).toBeDefined();
      if (op.responses['429']) expect(op.responses['429'].headers['Retry-After'], label).toBeDefined();
      if (op.requestBody) for (const s of ['400', '413', '415']) expect(op.responses[s], `${label} ${s}`).toBeDefined();
    }
    const public_ = ops
      .filter((o) => Array.isArray(o.op.security) && o.op.security.length === 0)
      .map((o) => `${o.method} ${o.path}`)
      .sort();
    expect(public_).toEqual(
      [
        'get /auth/status',
        'get /healthz',
        'get /readyz',
        'post /api/keys/revoke-leaked',
        'post /auth/login',
        'post /auth/setup',
        'post /auth/signup',
        'get /auth/session',
        'post /auth/verify-email',
        'post /auth/password-reset/request',
        'post /auth/password-reset',
      ].sort(),
    );
    expect(doc.paths['/api/contacts'].post.security).toEqual([{ apiKey: [] }, { bearer: [] }, { session: [], csrf: [] }]);
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(['apiKey', 'bearer', 'csrf', 'session']);
    expect(doc.paths['/api/contacts'].get.responses['200'].headers).toHaveProperty('RateLimit-Policy');
    expect(doc.paths['/readyz'].get.responses['503']).toBeDefined();
    const keyName = doc.paths['/api/keys'].post.requestBody.content['application/json'].schema.properties.name;
    expect(keyName).toMatchObject({ minLength: 1, maxLength: 100 });
    expect(doc.components.schemas.Me.properties.key.type).toEqual(['object', 'null']);
    expect(doc.components.schemas.Me.properties.key.properties.expires_at).toMatchObject({ type: ['string', 'null'], format: 'date-time' });
    for (const name of [
      'Contact',
      'ApiKey',
      'ApiKeyWithSecret',
      'User',
      'Workspace',
      'AuditEvent',
      'Me',
      'Problem',
      'Permission',
      'Role',
      'ContactPage',
      'ApiKeyPage',
      'UserPage',
      'AuditEventPage',
    ]) {
      expect(doc.components.schemas, name).toHaveProperty(name);
    }
    expect(doc.components.schemas.ErrorCode.enum).toContain('revoked_api_key');
  });

  it('is exact: formats and patterns, named enums, type lists for null, allOf for the secrets, every header', async () => {
    const doc = (await t.request({ url: '/openapi.json' })).json();
    const schemas = doc.components.schemas;
    // Unions: only `$ref` or null (a nullable enum reference) and the two ways to re-authenticate.
    for (const [at, s] of schemasIn(doc)) {
      if (!Array.isArray(s.anyOf)) continue;
      const ok = (s.anyOf.length === 2 && s.anyOf[0].$ref && s.anyOf[1].type === 'null') || at.startsWith('/paths//auth/reauth/');
      expect(ok, `${at}: ${JSON.stringify(s.anyOf).slice(0, 100)}`).toBe(true);
    }
    expect(schemas.ApiKeyWithSecret.allOf[0]).toEqual({ $ref: '#/components/schemas/ApiKey' });
    expect(schemas.WebhookWithSecret.allOf[0]).toEqual({ $ref: '#/components/schemas/Webhook' });
    expect(schemas.Problem.properties.limit).toEqual({ $ref: '#/components/schemas/RateLimitName' });
    expect(schemas.RateLimitName.enum).toEqual(Object.keys(RATE_LIMITS));
    const usage = doc.paths['/api/keys/{id}/usage'].get.parameters;
    for (const name of ['from', 'to']) expect(usage.find((p: any) => p.name === name).schema).toMatchObject({ format: 'date-time' });
    expect(usage.find((p: any) => p.name === 'granularity').schema).toEqual({ $ref: '#/components/schemas/Granularity' });
    const ips = doc.paths['/api/keys'].post.requestBody.content['application/json'].schema.properties.allowed_ips;
    expect(ips.type).toEqual(['array', 'null']);
    const ip = new RegExp(ips.items.pattern, 'u');
    for (const good of ['203.0.113.7', '203.0.113.0/24', '2001:db8::/32', '::ffff:192.0.2.1', 'fe80::1%eth0']) expect(good, good).toMatch(ip);
    for (const bad of ['example.com', '203.0.113.0/24/8', 'any', '']) expect(bad, bad).not.toMatch(ip);
    const ops = Object.entries<Record<string, any>>(doc.paths).flatMap(([path, item]) =>
      Object.entries<any>(item).map(([method, op]) => ({ label: `${method} ${path}`, op })),
    );
    for (const { label, op } of ops) {
      if (op.responses['201']) expect(op.responses['201'].headers.Location, label).toEqual({ $ref: '#/components/headers/Location' });
      // A key past authentication gets its rate-limit fields on refusals too.
      if (op.security?.some((s: object) => 'apiKey' in s)) {
        for (const status of ['400', '403', '404', '409', '415'])
          if (op.responses[status]) expect(op.responses[status].headers, `${label} ${status}`).toHaveProperty('RateLimit-Policy');
      }
    }
    expect(doc.components.headers.Location.required).toBe(true);
    for (const path of ['/auth/login', '/auth/setup', '/auth/signup', '/auth/verify-email'])
      expect(doc.paths[path].post.responses['200'].headers, path).toHaveProperty('Set-Cookie');
    expect(doc.paths['/auth/logout'].post.responses['204'].headers).toHaveProperty('Set-Cookie');
    // The examples show the server's default limits, as the real header writes them.
    expect(doc.components.headers['RateLimit-Policy'].example).toBe('"minute";q=100;w=60, "second";q=10;w=1');
    expect(JSON.stringify(doc)).not.toMatch(/q=600/);
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

  it("/docs renders the reference: titled Keyward API, phone-ready, with Keyward's mark", async () => {
    const res = await t.request({ url: '/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('swagger');
    expect(res.body).toContain('<title>Keyward API</title>');
    expect(res.body).toMatch(/<meta name="viewport" content="width=device-width, initial-scale=1">/);
    expect((await t.request({ url: '/docs' })).body).toMatch(/<meta name="viewport"/);
    const init = (await t.request({ url: '/docs/static/swagger-initializer.js' })).body;
    const logo = /data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)/.exec(init);
    expect(logo).not.toBeNull();
    expect(Buffer.from(logo![1], 'base64').toString()).toContain('Keyward API');
  });
});
