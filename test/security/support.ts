import { expect } from 'vitest';
import type { TestApp } from '../support/app.js';

/** A response as both inject and the raw-socket client give it. */
export interface Answer {
  statusCode: number;
  headers: Record<string, unknown>;
  body: string;
}

/** Distinct client addresses, so per-IP gates (failed auth, leaked reports) stay out of a test's way. */
let ipCounter = 0;
export function nextIp(): string {
  ipCounter++;
  return `10.${(ipCounter >> 16) & 255}.${(ipCounter >> 8) & 255}.${ipCounter & 255}`;
}

/** Asserts an RFC 9457 problem with a catalog code; returns the parsed body. */
export function expectProblem(res: Answer, status: number, code?: string): Record<string, any> {
  expect(res.statusCode, res.body.slice(0, 500)).toBe(status);
  expect(String(res.headers['content-type'])).toMatch(/^application\/problem\+json/);
  const body = JSON.parse(res.body);
  expect(body.status).toBe(status);
  if (code) expect(body.code, res.body.slice(0, 500)).toBe(code);
  return body;
}

/** Never a 5xx; errors are problem+json. */
export function expectSafe(res: Answer, context: string): void {
  const where = `${context} → ${res.statusCode} ${res.body.slice(0, 300)}`;
  expect(res.statusCode, where).toBeLessThan(500);
  if (res.statusCode >= 400) expect(String(res.headers['content-type']), where).toMatch(/^application\/problem\+json/);
}

export interface RouteInfo {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** OpenAPI form, e.g. /api/keys/{id}. */
  path: string;
  /** Whether the route requires a credential (its OpenAPI security is not the empty list). */
  auth: boolean;
  /** Only a browser session is accepted (the account routes). */
  sessionOnly: boolean;
  hasBody: boolean;
}

/** Every operation /openapi.json describes: the suites iterate this, so a new route cannot escape them. */
export async function openApiRoutes(t: TestApp): Promise<RouteInfo[]> {
  const res = await t.request({ url: '/openapi.json' });
  expect(res.statusCode).toBe(200);
  const doc = res.json();
  const routes: RouteInfo[] = [];
  for (const [path, ops] of Object.entries<Record<string, any>>(doc.paths)) {
    for (const [method, op] of Object.entries<any>(ops)) {
      const security = op.security ?? doc.security ?? [];
      const sessionOnly = security.length > 0 && security.every((s: Record<string, unknown>) => 'session' in s);
      routes.push({ method: method.toUpperCase() as RouteInfo['method'], path, auth: security.length > 0, sessionOnly, hasBody: op.requestBody !== undefined });
    }
  }
  return routes;
}

export const routeName = (r: Pick<RouteInfo, 'method' | 'path'>) => `${r.method} ${r.path}`;

/** A concrete URL for an OpenAPI path. */
export const urlFor = (path: string, id = 'none_such_id') => path.replace('{id}', id).replace(/\{[a-z_]+\}/g, 'none_such_id');

/** The kind of resource an {id} route addresses, from its path. */
export type Resource = 'contacts' | 'keys' | 'users' | 'notifications' | 'webhooks' | 'protected-apis';
export function resourceOf(path: string): Resource {
  const m = /^\/api\/(contacts|keys|users|notifications|webhooks|protected-apis)\/\{id\}/.exec(path);
  if (!m) throw new Error(`no resource kind known for ${path}`);
  return m[1] as Resource;
}

/**
 * A valid body for every route that takes one. Each is sent by the common-route suite and is the seed
 * of the body fuzzer's mutations; a route with a body and no entry here fails those suites.
 */
export function validBody(route: string, n = 0): Record<string, unknown> {
  const unique = `${Date.now().toString(36)}-${n}-${Math.random().toString(36).slice(2, 8)}`;
  switch (route) {
    case 'POST /auth/setup':
    case 'POST /auth/signup':
      return { workspace_name: 'Fuzz Inc', email: `fz-${unique}@example.test`, name: 'Fuzz', password: 'a long enough password' };
    case 'POST /auth/login':
      return { email: `nobody-${unique}@example.test`, password: 'wrong password here' };
    case 'POST /api/contacts':
      return { name: 'Grace Hopper', email: 'grace@example.test', phone: '+1 555 0100', company: 'Navy', notes: 'COBOL', tags: ['vip'] };
    case 'PATCH /api/contacts/{id}':
      return { company: 'Remington Rand', tags: ['pioneer'] };
    case 'POST /api/users':
      return { email: `u-${unique}@example.test`, name: 'New Member', password: 'a long enough password', role: 'member' };
    case 'PATCH /api/users/{id}':
      return { name: 'Renamed Member' };
    case 'POST /api/keys':
      return { name: `key ${unique}`, expires_in_days: 30 };
    case 'PATCH /api/keys/{id}':
      return { name: `renamed ${unique}` };
    case 'POST /api/keys/{id}/roll':
      return { grace_seconds: 60 };
    case 'PATCH /api/workspace':
      return { name: 'Renamed Workspace' };
    case 'PATCH /api/me/notification-preferences':
      return { email: { 'key.rolled': true } };
    case 'POST /api/webhooks':
      return { url: 'http://127.0.0.1:9/hooks', events: ['key.expiring', 'key.revoked'] };
    case 'PATCH /api/webhooks/{id}':
      return { events: ['key.expired'], enabled: true };
    case 'POST /auth/login/two-factor':
    case 'POST /api/me/two-factor/enable':
      return { code: '123456' };
    case 'POST /auth/reauth':
      return { password: 'not the password here' };
    case 'POST /api/me/password':
      return { current_password: 'not the password here', new_password: 'a long enough password' };
    case 'POST /api/me/two-factor/disable':
      return { password: 'not the password here', code: '123456' };
    case 'POST /api/protected-apis':
      return { name: `api ${unique}`, hosts: ['billing.example.com'], path_prefix: '/v1', rules: [{ method: 'GET', path: '/v1/invoices/*', permission: 'contacts:read' }] };
    case 'PATCH /api/protected-apis/{id}':
      return { name: `renamed ${unique}`, rules: [{ method: '*', path: '/v1/**', permission: 'contacts:read' }] };
    case 'POST /api/verify':
      return { key: 'ak_live_not_a_real_key', method: 'GET', path: '/v1/invoices/1', ip: '203.0.113.7' };
    case 'POST /api/keys/revoke-leaked':
      return { keys: ['ak_live_not_a_real_key'] };
    case 'POST /api/users/{id}/reset-password':
      return { method: 'temporary_password' };
    case 'POST /auth/verify-email':
      return { token: 'not-a-real-link-token' };
    case 'POST /auth/password-reset/request':
      return { email: `nobody-${unique}@example.test` };
    case 'POST /auth/password-reset':
      return { token: 'not-a-real-link-token', new_password: 'a long enough password' };
    default:
      throw new Error(`No sample body for ${route}: add one to test/security/support.ts`);
  }
}
