import { afterEach, describe, expect, it } from 'vitest';
import { generateKey } from '../../src/keys/key-format.js';
import type { Permission } from '../../src/users/permissions.js';
import { type Caller, type TestApp, testApp } from '../support/app.js';
import { DIALECTS, type Dialect } from '../support/backends.js';
import { type SessionCaller, aContact, aKey, aUser, anOwner } from '../support/fixtures.js';
import { type RouteInfo, expectProblem, nextIp, openApiRoutes, resourceOf, routeName, urlFor, validBody } from './support.js';

/**
 * Shared security behaviour for every /api route /openapi.json lists (like Unkey's common tests): a new
 * route is checked here without anyone remembering to, and must be classified in NEEDS first.
 */
const NEEDS: Record<string, Permission | null> = {
  'GET /api/contacts': 'contacts:read',
  'POST /api/contacts': 'contacts:write',
  'GET /api/contacts/{id}': 'contacts:read',
  'PATCH /api/contacts/{id}': 'contacts:write',
  'DELETE /api/contacts/{id}': 'contacts:delete',
  'GET /api/users': 'users:manage',
  'POST /api/users': 'users:manage',
  'GET /api/users/{id}': 'users:manage',
  'PATCH /api/users/{id}': 'users:manage',
  'GET /api/keys': 'keys:own',
  'POST /api/keys': 'keys:own',
  'GET /api/keys/{id}': 'keys:own',
  'PATCH /api/keys/{id}': 'keys:own',
  'POST /api/keys/{id}/revoke': 'keys:own',
  'POST /api/keys/{id}/roll': 'keys:own',
  'GET /api/keys/{id}/usage': 'keys:own',
  'GET /api/usage/keys': 'keys:admin',
  'GET /api/me': null,
  'GET /api/audit': 'audit:read',
  'GET /api/workspace': null,
  'PATCH /api/workspace': 'users:manage',
  'GET /api/permissions': null,
  'PUT /api/permissions/grants': 'users:manage',
  'GET /api/notifications': 'keys:own',
  'POST /api/notifications/{id}/read': 'keys:own',
  'POST /api/notifications/read-all': 'keys:own',
  'GET /api/me/notification-preferences': 'keys:own',
  'PATCH /api/me/notification-preferences': 'keys:own',
  'GET /api/webhooks': 'users:manage',
  'POST /api/webhooks': 'users:manage',
  'GET /api/webhooks/{id}': 'users:manage',
  'PATCH /api/webhooks/{id}': 'users:manage',
  'DELETE /api/webhooks/{id}': 'users:manage',
  'POST /api/webhooks/{id}/roll-secret': 'users:manage',
  'GET /api/webhooks/{id}/deliveries': 'users:manage',
  'POST /api/webhooks/{id}/deliveries/{delivery_id}/redeliver': 'users:manage',
  'POST /api/webhooks/{id}/test': 'users:manage',
  'POST /api/users/{id}/reset-password': 'users:manage',
  'POST /api/users/{id}/end-sessions': 'users:manage',
  'GET /api/protected-apis': 'users:manage',
  'POST /api/protected-apis': 'users:manage',
  'GET /api/protected-apis/{id}': 'users:manage',
  'PATCH /api/protected-apis/{id}': 'users:manage',
  'DELETE /api/protected-apis/{id}': 'users:manage',
  'POST /api/protected-apis/match': 'users:manage',
  'POST /api/verify': 'keys:verify',
};
/** One's own account, from a browser session only (an API key never reaches them). */
const SESSION_ONLY = [
  'POST /api/me/password',
  'GET /api/me/sessions',
  'DELETE /api/me/sessions',
  'DELETE /api/me/sessions/{id}',
  'GET /api/me/two-factor',
  'POST /api/me/two-factor/setup',
  'POST /api/me/two-factor/enable',
  'POST /api/me/two-factor/disable',
  'POST /api/me/two-factor/recovery-codes',
];
const PUBLIC_API = ['POST /api/keys/revoke-leaked'];
const LIMITS = { failedAuthPerMinute: 1_000_000, rateLimitPerMinute: 1_000_000, rateLimitPerSecond: 100_000, webhookAllowPrivate: true };
const DAY = 86_400_000;

/** A notification for `owner`: one of their keys reported as leaked. */
async function aNotification(t: TestApp, owner: SessionCaller): Promise<string> {
  const leaked = await aKey(t, owner);
  expect((await t.request({ method: 'POST', url: '/api/keys/revoke-leaked', body: { keys: [leaked.key] }, ip: nextIp() })).statusCode).toBe(202);
  return (await t.request({ url: '/api/notifications', as: owner })).json().data[0].id;
}

async function aProtectedApiId(t: TestApp, owner: SessionCaller): Promise<string> {
  const res = await t.request({ method: 'POST', url: '/api/protected-apis', as: owner, body: validBody('POST /api/protected-apis') });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

async function aWebhook(t: TestApp, owner: SessionCaller): Promise<string> {
  const res = await t.request({ method: 'POST', url: '/api/webhooks', as: owner, body: { url: 'http://127.0.0.1:9/hooks', events: ['key.revoked'] } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

/** Two workspaces with users, keys and contacts; each test builds its own. */
async function world(dialect: Dialect) {
  const t = await testApp({ dialect, config: LIMITS });
  const owner = await anOwner(t, { workspace: 'A' });
  const other = await anOwner(t, { workspace: 'B' });
  const member = await aUser(t, owner, { role: 'member' });
  const viewer = await aUser(t, owner, { role: 'viewer' });
  const ids = {
    contacts: (await aContact(t, owner)).id,
    keys: (await aKey(t, owner)).id,
    users: member.user.id,
    notifications: await aNotification(t, owner),
    webhooks: await aWebhook(t, owner),
    'protected-apis': await aProtectedApiId(t, owner),
  };
  const foreign = {
    contacts: (await aContact(t, other)).id,
    keys: (await aKey(t, other)).id,
    users: (await aUser(t, other, { role: 'member' })).user.id,
    notifications: await aNotification(t, other),
    webhooks: await aWebhook(t, other),
    'protected-apis': await aProtectedApiId(t, other),
  };
  const all = await openApiRoutes(t);
  const api = all.filter((r) => r.path.startsWith('/api/'));
  expect(api.filter((r) => !r.auth).map(routeName)).toEqual(PUBLIC_API);
  const sessionOnly = api.filter((r) => r.auth && r.sessionOnly);
  expect(sessionOnly.map(routeName).sort()).toEqual([...SESSION_ONLY].sort());
  const routes = api.filter((r) => r.auth && !r.sessionOnly);
  for (const r of routes) expect(Object.keys(NEEDS), `${routeName(r)} is not classified in NEEDS`).toContain(routeName(r));
  const call = (r: RouteInfo, as: Caller | undefined, o: { id?: string; body?: unknown; payload?: string; headers?: Record<string, string> } = {}) =>
    t.request({
      method: r.method,
      url: urlFor(r.path, o.id ?? (r.path.includes('{id}') && !r.sessionOnly ? ids[resourceOf(r.path)] : undefined)),
      as,
      body: o.payload === undefined ? (o.body ?? (r.hasBody ? validBody(routeName(r)) : undefined)) : undefined,
      payload: o.payload,
      headers: { ...(o.payload === undefined ? {} : { 'content-type': 'application/json' }), ...o.headers },
      ip: nextIp(),
    });
  return { t, owner, other, member, viewer, ids, foreign, routes, sessionOnly, bodyRoutes: api.filter((r) => r.hasBody), call };
}

const expect401 = (res: Awaited<ReturnType<TestApp['request']>>, code: string, label: string) => {
  expect(res.statusCode, `${label}: ${res.body}`).toBe(401);
  expectProblem(res, 401, code);
  expect(res.headers['www-authenticate'], label).toBe('ApiKey header="X-API-Key"');
};

for (const dialect of DIALECTS) {
  describe(`[${dialect}] every authenticated /api route`, () => {
    let t: TestApp | undefined;
    afterEach(() => t?.close());

    it('answers 401 missing_api_key with the WWW-Authenticate challenge when no credential is sent, before reading any body', async () => {
      const w = await world(dialect);
      t = w.t;
      for (const r of w.routes) {
        expect401(await w.call(r, undefined), 'missing_api_key', routeName(r));
        if (r.hasBody) expect401(await w.call(r, undefined, { payload: `{"x":"${'a'.repeat(2 * 1024 * 1024)}"}` }), 'missing_api_key', `${routeName(r)} 2 MiB`);
      }
    });

    it('answers 401 unauthenticated on session-only routes to no credential and to any API key, even a restricted one', async () => {
      const w = await world(dialect);
      t = w.t;
      const everything = await aKey(w.t, w.owner, { restriction: ['keys:own', 'keys:admin', 'users:manage', 'audit:read', 'contacts:read'] });
      for (const r of w.sessionOnly) {
        for (const as of [undefined, everything]) expectProblem(await w.call(r, as), 401, 'unauthenticated');
      }
    });

    it('answers each kind of bad key with its own 401 code', async () => {
      const w = await world(dialect);
      t = w.t;
      const good = generateKey();
      const revoked = await aKey(w.t, w.owner, { restriction: ['contacts:read', 'keys:own'] });
      expect((await w.t.request({ method: 'POST', url: `/api/keys/${revoked.id}/revoke`, as: w.owner })).statusCode).toBe(200);
      const disabled = await aKey(w.t, w.member);
      expect((await w.t.request({ method: 'PATCH', url: `/api/users/${w.member.user.id}`, as: w.owner, body: { disabled: true } })).statusCode).toBe(200);
      const expiring = await aKey(w.t, w.owner, { expires_in_days: 1, restriction: ['contacts:read', 'keys:own'] });
      const kinds: [string, Caller | undefined, string, Record<string, string>?][] = [
        ['checksum', { key: `${good.slice(0, -1)}${good.endsWith('A') ? 'B' : 'A'}` }, 'malformed_api_key'],
        ['shape', { key: 'ak_live_tooshort' }, 'malformed_api_key'],
        ['300 bytes', { key: `ak_live_${'a'.repeat(292)}` }, 'malformed_api_key'],
        ['bearer', undefined, 'malformed_api_key', { authorization: 'Bearer not-a-key' }],
        ['unknown', { key: good }, 'invalid_api_key'],
        ['revoked', revoked, 'revoked_api_key'],
        ['owner disabled', disabled, 'owner_disabled'],
      ];
      for (const r of w.routes) {
        for (const [label, as, code, headers] of kinds) expect401(await w.call(r, as, { headers }), code, `${routeName(r)} ${label}`);
      }
      w.t.clock.advance(DAY);
      for (const r of w.routes) expect401(await w.call(r, expiring), 'expired_api_key', `${routeName(r)} expired`);
    });

    it("answers 404 for another workspace's ids and changes nothing there", async () => {
      const w = await world(dialect);
      t = w.t;
      const everything = await aKey(w.t, w.owner, { restriction: [...new Set(Object.values(NEEDS).filter((p): p is Permission => p !== null))] });
      const idRoutes = w.routes.filter((r) => r.path.includes('{id}'));
      expect(idRoutes.length).toBeGreaterThanOrEqual(8);
      for (const r of idRoutes) {
        for (const as of [w.owner, everything]) {
          const res = await w.call(r, as, { id: w.foreign[resourceOf(r.path)] });
          expectProblem(res, 404, 'not_found');
        }
      }
      const b = w.other;
      expect((await w.t.request({ url: `/api/contacts/${w.foreign.contacts}`, as: b })).json().name).toBe('Ada Lovelace');
      expect((await w.t.request({ url: `/api/keys/${w.foreign.keys}`, as: b })).json()).toMatchObject({ status: 'active', name: 'Test key' });
      expect((await w.t.request({ url: '/api/users', as: b })).json().data.find((u: any) => u.id === w.foreign.users)).toMatchObject({
        role: 'member',
        disabled: false,
      });
    });

    it('answers 403 insufficient_permission, naming the permission, to keys and sessions that lack it', async () => {
      const w = await world(dialect);
      t = w.t;
      const viewerKey = await aKey(w.t, w.viewer);
      const readOnly = await aKey(w.t, w.owner, { restriction: ['contacts:read'] });
      // The key ids used are the owner's: the viewer's key sees no key of another user (404).
      const callers: [string, Caller, ReadonlySet<string>, { seesOwnersKeys: boolean }][] = [
        ["viewer's key", viewerKey, new Set(['contacts:read']), { seesOwnersKeys: false }],
        ['key restricted to contacts:read', readOnly, new Set(['contacts:read']), { seesOwnersKeys: true }],
        ["viewer's session", w.viewer, new Set(['contacts:read', 'keys:own']), { seesOwnersKeys: false }],
        ["member's session", w.member, new Set(['contacts:read', 'contacts:write', 'keys:own']), { seesOwnersKeys: false }],
      ];
      for (const r of w.routes) {
        const needs = NEEDS[routeName(r)];
        for (const [label, as, has, { seesOwnersKeys }] of callers) {
          const res = await w.call(r, as);
          if (r.path.startsWith('/api/keys/{id}') && !seesOwnersKeys) {
            expect(expectProblem(res, 404, 'not_found').code, `${routeName(r)} as ${label}`).toBe('not_found');
          } else if (needs !== null && !has.has(needs)) {
            expect(expectProblem(res, 403, 'insufficient_permission').missing_permission, `${routeName(r)} as ${label}`).toBe(needs);
          } else {
            expect(res.statusCode, `${routeName(r)} as ${label}: ${res.body}`).not.toBe(403);
            expect(res.statusCode, `${routeName(r)} as ${label}: ${res.body}`).toBeLessThan(500);
          }
        }
      }
    });

    it('refuses bodies over 1 MiB with 413 and unknown JSON fields with 400, on every route that takes a body', async () => {
      const w = await world(dialect);
      t = w.t;
      expect(w.bodyRoutes.length).toBeGreaterThanOrEqual(7);
      for (const r of w.bodyRoutes) {
        const as = r.auth ? w.owner : undefined;
        const big = await w.call(r, as, { payload: `{"name":"${'a'.repeat(2 * 1024 * 1024)}"}` });
        expectProblem(big, 413, 'payload_too_large');
        const extra = await w.call(r, as, { body: { ...validBody(routeName(r)), surprise: true } });
        const problem = expectProblem(extra, 400, 'validation_error');
        expect(problem.errors, routeName(r)).toEqual([{ path: '/surprise', message: 'is not a known field' }]);
      }
    });
  });
}
