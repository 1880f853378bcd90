import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import type { Role } from '../../src/store/types.js';
import type { TestApp } from './app.js';

export const PASSWORD = 'correct horse battery staple';

export interface SessionCaller {
  cookie: string;
  csrf: string;
  user: { id: string; email: string; name: string; role: Role };
  workspace: { id: string; name: string };
}

const uniqueEmail = (label: string) => `${label}-${randomBytes(4).toString('hex')}@example.test`;

function sessionFrom(res: { statusCode: number; headers: Record<string, unknown>; json(): any; body: string }): SessionCaller {
  expect(res.statusCode, res.body).toBe(200);
  const set = res.headers['set-cookie'];
  const raw = Array.isArray(set) ? set[0] : String(set);
  const body = res.json();
  return { cookie: raw.split(';')[0], csrf: body.csrf_token, user: body.user, workspace: body.workspace };
}

/** A new workspace and its owner, signed in (first run uses setup, later ones sign-up). */
export async function anOwner(t: TestApp, options: { workspace?: string } = {}): Promise<SessionCaller> {
  const body = { workspace_name: options.workspace ?? 'Acme', email: uniqueEmail('owner'), name: 'Olga Owner', password: PASSWORD };
  const first = (await t.store.users.countAll()) === 0;
  const res = await t.request({ method: 'POST', url: first ? '/auth/setup' : '/auth/signup', body });
  if (res.statusCode === 202) {
    // A sign-up with SMTP configured waits for its emailed link (test/http/account-mail.test.ts opens it);
    // other suites take the address as confirmed.
    for (const u of await t.store.users.findByEmail(body.email)) await t.store.accounts.setEmailVerified(u.id, true);
    return login(t, body.email);
  }
  return sessionFrom(res);
}

export async function login(t: TestApp, email: string, password = PASSWORD, ip?: string): Promise<SessionCaller> {
  return sessionFrom(await t.request({ method: 'POST', url: '/auth/login', body: { email, password }, ip }));
}

/** A user of `admin`'s workspace with the given role, signed in. */
export async function aUser(t: TestApp, admin: SessionCaller, options: { role: Role; name?: string }): Promise<SessionCaller> {
  const email = uniqueEmail(options.role);
  const res = await t.request({
    method: 'POST',
    url: '/api/users',
    as: admin,
    body: { email, name: options.name ?? `A ${options.role}`, password: PASSWORD, role: options.role },
  });
  expect(res.statusCode, res.body).toBe(201);
  return login(t, email);
}

/** An owner with an admin and a member of their workspace, all signed in: for who may act on whom. */
export async function anOwnerAdminAndMember(t: TestApp) {
  const owner = await anOwner(t);
  return { owner, admin: await aUser(t, owner, { role: 'admin' }), member: await aUser(t, owner, { role: 'member' }) };
}

/** An owner, a member of their workspace and a key of the member's, with `me()`: GET /api/me with that key, as JSON. */
export async function aMembersKey(t: TestApp) {
  const owner = await anOwner(t);
  const member = await aUser(t, owner, { role: 'member' });
  const { key } = await aKey(t, member);
  const me = async () => (await t.request({ url: '/api/me', headers: { 'x-api-key': key } })).json();
  return { owner, member, key, me };
}

/** A service account added by `by` through the API (kind "service": a name and a role), as the API answered it. */
export async function aServiceAccount(t: TestApp, by: SessionCaller, role: Role = 'member', name = 'Billing sync') {
  const res = await t.request({ method: 'POST', url: '/api/users', as: by, body: { kind: 'service', name, role } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; kind: 'service'; email: null; name: string; role: Role; disabled: boolean };
}

export interface IssuedKey {
  key: string;
  id: string;
  object: Record<string, any>;
}

/** A key created by `owner` through the API. */
export async function aKey(t: TestApp, owner: SessionCaller, body: Record<string, unknown> = {}): Promise<IssuedKey> {
  const res = await t.request({ method: 'POST', url: '/api/keys', as: owner, body: { name: 'Test key', ...body } });
  expect(res.statusCode, res.body).toBe(201);
  const object = res.json();
  return { key: object.key, id: object.id, object };
}

/** Two keys of `owner`'s: `revoked`, revoked now, and `expiring`, which expires a day from now. */
export async function aRevokedAndAnExpiringKey(t: TestApp, owner: SessionCaller): Promise<{ revoked: IssuedKey; expiring: IssuedKey }> {
  const revoked = await aKey(t, owner);
  const expiring = await aKey(t, owner, { expires_in_days: 1 });
  const res = await t.request({ method: 'POST', url: `/api/keys/${revoked.id}/revoke`, as: owner });
  expect(res.statusCode, res.body).toBe(200);
  return { revoked, expiring };
}

export async function aContact(t: TestApp, caller: SessionCaller | { key: string }, body: Record<string, unknown> = {}) {
  const res = await t.request({ method: 'POST', url: '/api/contacts', as: caller, body: { name: 'Ada Lovelace', email: 'ada@example.test', ...body } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; name: string };
}
