import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appsClosedAfterEach, type TestApp } from '../support/app.js';
import { type SessionCaller, aContact, aKey, aUser, anOwner } from '../support/fixtures.js';
import { type RouteInfo, expectSafe, nextIp, openApiRoutes, resourceOf, routeName, urlFor, validBody } from './support.js';

/** Requests this file sends through the fuzzers (the suites of test/security total over 10,000). */
const BODY_RUNS = 6000;
const QUERY_RUNS = 1000;
const LIMITS = {
  failedAuthPerMinute: 1_000_000,
  rateLimitPerMinute: 1_000_000,
  rateLimitPerSecond: 100_000,
  maxActiveKeysPerUser: 100_000,
  webhookAllowPrivate: true,
};

const anyJson = fc.jsonValue({ maxDepth: 4 });
const field = fc.oneof(
  fc.constantFrom('name', 'email', 'role', 'keys', 'restriction', 'expires_at', 'grace_seconds', 'rate_limit', '__proto__', 'constructor'),
  fc.string({ maxLength: 12 }),
);

/** A valid body changed a little: the mutations that find validation gaps. */
function mutated(base: Record<string, unknown>): fc.Arbitrary<unknown> {
  const keys = Object.keys(base);
  const key = keys.length > 0 ? fc.constantFrom(...keys) : field;
  return fc.oneof(
    fc.tuple(key, anyJson).map(([k, v]) => ({ ...base, [k]: v })),
    key.map((k) => Object.fromEntries(Object.entries(base).filter(([name]) => name !== k))),
    fc.tuple(field, anyJson).map(([k, v]) => JSON.parse(JSON.stringify({ ...base, [k]: v }))),
    fc
      .tuple(key, fc.constantFrom('', ' ', '\u0000', '\u202e', 'x'.repeat(5000), '<script>', "' OR 1=1 --", '%s%n', '1e309', '-1', 'NaN'))
      .map(([k, v]) => ({ ...base, [k]: v })),
    fc.tuple(key, fc.constantFrom(null, true, -1, 0, 1.5, 2 ** 53, -(2 ** 31), 1e308, [], {}, [null])).map(([k, v]) => ({ ...base, [k]: v })),
    fc.constant([base]),
    fc.constant({ ...base, nested: { ...base } }),
  );
}

type Payload = { json: unknown } | { raw: string; type: string | undefined };

function payloadFor(route: string): fc.Arbitrary<Payload> {
  const base = validBody(route);
  return fc.oneof(
    { weight: 2, arbitrary: anyJson.map((json) => ({ json })) },
    { weight: 5, arbitrary: mutated(base).map((json) => ({ json })) },
    { weight: 1, arbitrary: fc.constant({ json: validBody(route) }) },
    {
      weight: 2,
      arbitrary: fc.record({
        raw: fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.constantFrom('', '{', '[]', 'null', '{"a":1}{"a":2}', '\uFEFF{}', `{"name":"${'\\u0000'.repeat(20)}"}`, '{"__proto__":{"admin":true}}'),
        ),
        type: fc.constantFrom(
          'application/json',
          'application/json; charset=utf-16',
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
          'application/xml',
          undefined,
        ),
      }),
    },
  );
}

/** One workspace to fuzz in: the owner's session reaches every route, with real ids of each kind. */
async function arena(t: TestApp) {
  const owner = await anOwner(t);
  const member = await aUser(t, owner, { role: 'member' });
  const hook = await t.request({ method: 'POST', url: '/api/webhooks', as: owner, body: { url: 'http://127.0.0.1:9/hooks', events: ['key.revoked'] } });
  const ids = {
    contacts: (await aContact(t, owner)).id,
    keys: (await aKey(t, owner)).id,
    users: member.user.id,
    notifications: 'ntf_none',
    webhooks: hook.json().id as string,
    'protected-apis': (await t.request({ method: 'POST', url: '/api/protected-apis', as: owner, body: validBody('POST /api/protected-apis') })).json()
      .id as string,
  };
  return { owner, ids };
}

const send = (t: TestApp, r: RouteInfo, owner: SessionCaller, ids: Record<string, string>, p: Payload) => {
  const id = r.path.includes('{id}') ? ids[resourceOf(r.path)] : undefined;
  const as = r.auth ? owner : undefined;
  if ('json' in p) return t.request({ method: r.method, url: urlFor(r.path, id), as, body: p.json, ip: nextIp() });
  const headers: Record<string, string> = p.type === undefined ? {} : { 'content-type': p.type };
  return t.request({ method: r.method, url: urlFor(r.path, id), as, payload: p.raw, headers, ip: nextIp() });
};

describe('fuzzing every JSON body and query string (inject)', () => {
  const app = appsClosedAfterEach();

  it(`${BODY_RUNS} random and mutated bodies over every route that takes one: always 2xx or a 4xx problem, never a 5xx`, async () => {
    const t = await app({ config: LIMITS });
    const { owner, ids } = await arena(t);
    const routes = (await openApiRoutes(t)).filter((r) => r.hasBody);
    expect(routes.length).toBeGreaterThanOrEqual(10);
    const statuses = new Map<number, number>();
    const request = fc.constantFrom(...routes).chain((r) => payloadFor(routeName(r)).map((p) => [r, p] as const));
    await fc.assert(
      fc.asyncProperty(request, async ([r, p]) => {
        const res = await send(t, r, owner, ids, p);
        statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
        expectSafe(res, `${routeName(r)} ${JSON.stringify(p).slice(0, 200)}`);
        if (res.statusCode < 300 && res.statusCode !== 204) expect(String(res.headers['content-type'])).toMatch(/^application\/json/);
      }),
      { numRuns: BODY_RUNS },
    );
    const total = [...statuses.values()].reduce((a, b) => a + b, 0);
    expect(total).toBe(BODY_RUNS);
    expect(
      [...statuses.keys()].some((s) => s < 300),
      JSON.stringify([...statuses]),
    ).toBe(true);
    expect((await t.request({ url: '/healthz' })).statusCode).toBe(200);
    expect((await t.request({ url: '/api/me', as: owner })).statusCode).toBe(200);
  }, 180_000);

  it(`${QUERY_RUNS} random query strings over every GET route: always 2xx or a 4xx problem`, async () => {
    const t = await app({ config: LIMITS });
    const { owner, ids } = await arena(t);
    const routes = (await openApiRoutes(t)).filter((r) => r.method === 'GET' && r.path.startsWith('/api/'));
    const param = fc.oneof(
      fc.constantFrom('limit', 'cursor', 'q', 'status', 'scope', 'actor', 'action', 'target', 'since', 'until', 'api_key'),
      fc.string({ maxLength: 8 }),
    );
    const value = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.constantFrom(
        '0',
        '-1',
        '101',
        '1e3',
        '25',
        'active',
        'workspace',
        'all',
        '2026-01-01T00:00:00Z',
        'not-a-date',
        'bm90LWEtY3Vyc29y',
        'MTIzLmtleV8x',
        '%',
        '%zz',
        '[]',
      ),
    );
    const query = fc
      .array(fc.tuple(param, value, fc.boolean()), { maxLength: 5 })
      .map((pairs) => pairs.map(([k, v, raw]) => (raw ? `${k}=${v.replace(/[#\s]/g, '')}` : `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)).join('&'));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), query, async (r, q) => {
        const id = r.path.includes('{id}') ? ids[resourceOf(r.path)] : undefined;
        const res = await t.request({ url: `${urlFor(r.path, id)}?${q}`, as: owner, ip: nextIp() });
        expectSafe(res, `${routeName(r)}?${q}`);
      }),
      { numRuns: QUERY_RUNS },
    );
    expect((await t.request({ url: '/healthz' })).statusCode).toBe(200);
  }, 120_000);
});
