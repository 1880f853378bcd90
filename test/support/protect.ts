import { expect } from 'vitest';
import type { TestApp } from './app.js';
import type { SessionCaller } from './fixtures.js';

export interface ApiRule {
  method: string;
  path: string;
  permission: string;
}

/** A protected API of `owner`'s workspace, created through the API: by default every path of any host, one rule. */
export async function aProtectedApi(
  t: TestApp,
  owner: SessionCaller | { key: string },
  body: { name?: string; hosts?: string[]; path_prefix?: string; rules?: ApiRule[] } = {},
): Promise<Record<string, any>> {
  const res = await t.request({
    method: 'POST',
    url: '/api/protected-apis',
    as: owner,
    body: { name: 'Billing API', path_prefix: '/', rules: [{ method: '*', path: '/**', permission: 'contacts:read' }], ...body },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

export interface ForwardAsk {
  method?: string;
  uri: string;
  host?: string;
  /** Ask as nginx does (`X-Original-*`); otherwise as Caddy and Traefik do (`X-Forwarded-*`). */
  nginx?: boolean;
  ip?: string;
  headers?: Record<string, string>;
}

/** Asks `/auth/forward` about a request made with `key` (none: no key header). */
export function forward(t: TestApp, key: string | undefined, ask: ForwardAsk) {
  const method = ask.method ?? 'GET';
  const headers: Record<string, string> = ask.nginx
    ? { 'x-original-method': method, 'x-original-uri': ask.uri }
    : { 'x-forwarded-method': method, 'x-forwarded-uri': ask.uri, ...(ask.host ? { 'x-forwarded-host': ask.host } : {}) };
  if (key !== undefined) headers['x-api-key'] = key;
  return t.request({ method: 'GET', url: '/auth/forward', headers: { ...headers, ...ask.headers }, ip: ask.ip });
}

/** The identity headers of a forward-auth answer. */
export function identityOf(res: { headers: Record<string, unknown> }) {
  return {
    user: res.headers['keyward-user-id'],
    email: res.headers['keyward-user-email'],
    workspace: res.headers['keyward-workspace-id'],
    key: res.headers['keyward-key-id'],
    permissions: res.headers['keyward-permissions'],
  };
}
