import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import { type Caller, type Reply, call, show } from './http.js';

export const PASSWORD = 'correct horse battery staple';

/** A signed-in user: the session cookie and CSRF token work on every instance (sessions live in the database). */
export interface Session {
  cookie: string;
  csrf: string;
  user: { id: string; email: string; role: string };
}

const uniqueEmail = (label: string) => `${label}-${randomBytes(4).toString('hex')}@example.test`;

function sessionFrom(res: Reply): Session {
  expect(res.status, show(res)).toBe(200);
  const set = res.headers['set-cookie'];
  const raw = Array.isArray(set) ? set[0] : String(set);
  return { cookie: raw.split(';')[0], csrf: res.body.csrf_token, user: res.body.user };
}

/** First run on a fresh database: the workspace and its owner, signed in on `baseUrl`. */
export async function setupOwner(baseUrl: string): Promise<Session> {
  const body = { workspace_name: 'Scale Co', email: uniqueEmail('owner'), name: 'Olga Owner', password: PASSWORD };
  return sessionFrom(await call(baseUrl, '/auth/setup', { method: 'POST', body }));
}

export async function login(baseUrl: string, email: string): Promise<Session> {
  return sessionFrom(await call(baseUrl, '/auth/login', { method: 'POST', body: { email, password: PASSWORD } }));
}

/** A user of the admin's workspace with `role`, created on `baseUrl` and signed in on `loginUrl`. */
export async function aUser(baseUrl: string, admin: Session, role: string, loginUrl = baseUrl): Promise<Session> {
  const email = uniqueEmail(role);
  const res = await call(baseUrl, '/api/users', { method: 'POST', as: admin, body: { email, name: `A ${role}`, password: PASSWORD, role } });
  expect(res.status, show(res)).toBe(201);
  return login(loginUrl, email);
}

export interface IssuedKey {
  id: string;
  key: string;
}

/** A key created through the API by `owner` on `baseUrl`. */
export async function aKey(baseUrl: string, owner: Session, body: Record<string, unknown> = {}): Promise<IssuedKey> {
  const res = await call(baseUrl, '/api/keys', { method: 'POST', as: owner, body: { name: 'Scale key', ...body } });
  expect(res.status, show(res)).toBe(201);
  return { id: res.body.id, key: res.body.key };
}

/** The key object as the API shows it (last_used_at, last_used_ip, status, …). */
export async function keyObject(baseUrl: string, owner: Caller, id: string): Promise<Record<string, any>> {
  const res = await call(baseUrl, `/api/keys/${id}`, { as: owner });
  expect(res.status, show(res)).toBe(200);
  return res.body;
}
