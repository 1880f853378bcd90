import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateKey } from '../../src/keys/key-format.js';
import { appsClosedAfterEach, type RequestOpts, type TestApp } from '../support/app.js';
import { PASSWORD, type SessionCaller, anOwner, login } from '../support/fixtures.js';
import { nextIp } from './support.js';

const DAY = 86_400_000;

/** Every 12-character piece of a secret: finding any of them means (part of) the secret leaked. */
const pieces = (secret: string) => Array.from({ length: secret.length - 11 }, (_, i) => secret.slice(i, i + 12));

/**
 * A full run through the API at the most verbose log level, recording every secret it issues or sends:
 * keys (created, rolled, revoked, reported as leaked, mistyped), passwords (right and wrong) and session ids.
 */
async function fullRun(t: TestApp) {
  const secrets = new Set<string>([PASSWORD]);
  const responses: { body: string; mayHoldKey: boolean; what: string }[] = [];
  const call = async (o: RequestOpts, mayHoldKey = false) => {
    const res = await t.request({ ip: nextIp(), ...o });
    responses.push({ body: res.body, mayHoldKey, what: `${o.method ?? 'GET'} ${o.url}` });
    return res;
  };
  const owner = await anOwner(t);
  secrets.add(owner.cookie.split('=')[1]);
  const sessions: SessionCaller[] = [owner];
  for (const role of ['admin', 'member', 'viewer']) {
    const password = `pw-${randomBytes(18).toString('base64url')}`;
    secrets.add(password);
    const email = `${role}-${randomBytes(3).toString('hex')}@example.test`;
    expect((await call({ method: 'POST', url: '/api/users', as: owner, body: { email, name: role, password, role } })).statusCode).toBe(201);
    const wrong = `${password}x`;
    secrets.add(wrong);
    expect((await call({ method: 'POST', url: '/auth/login', body: { email, password: wrong } })).statusCode).toBe(401);
    const s = await login(t, email, password);
    secrets.add(s.cookie.split('=')[1]);
    sessions.push(s);
  }
  const keys: string[] = [];
  for (const [i, s] of sessions.entries()) {
    for (const body of [{ name: `k${i}` }, { name: `r${i}`, restriction: ['contacts:read'], expires_in_days: 1 }]) {
      const res = await call({ method: 'POST', url: '/api/keys', as: s, body }, true);
      expect(res.statusCode, res.body).toBe(201);
      keys.push(res.json().key);
      const id = res.json().id;
      const rolled = await call({ method: 'POST', url: `/api/keys/${id}/roll`, as: s, body: { grace_seconds: 30 } }, true);
      keys.push(rolled.json().key.key);
      expect((await call({ method: 'PATCH', url: `/api/keys/${id}`, as: s, body: { name: `renamed ${i}` } })).statusCode).toBe(200);
    }
  }
  for (const [i, key] of keys.entries()) {
    await call({ url: '/api/contacts', headers: i % 2 ? { 'x-api-key': key } : { authorization: `Bearer ${key}` } });
    await call({ method: 'POST', url: '/api/contacts', as: { key }, body: { name: `c${i}`, notes: 'n' } });
    await call({ url: `/api/contacts?api_key=${key}` });
    await call({ url: `/api/nothing/${key}` });
    await call({ url: `/${key}` });
    await call({ url: '/api/contacts', headers: { 'x-api-key': `${key}${key}` } });
    await call({ url: '/api/contacts', headers: { 'x-api-key': key.slice(0, -1) } });
    await call({ method: 'POST', url: '/api/contacts', as: { key }, body: { name: 'x', key } });
  }
  expect(
    (await call({ method: 'POST', url: `/api/keys/${(await t.request({ url: '/api/keys', as: owner })).json().data[0].id}/revoke`, as: owner })).statusCode,
  ).toBe(200);
  expect((await call({ method: 'POST', url: '/api/keys/revoke-leaked', body: { keys: keys.slice(0, 3).concat(generateKey()) } })).statusCode).toBe(202);
  for (const key of keys.slice(0, 4)) await call({ url: '/api/me', as: { key } });
  t.clock.advance(DAY + 1);
  for (const key of keys) await call({ url: '/api/me', as: { key } });
  for (const s of sessions) await call({ method: 'POST', url: '/auth/logout', as: s });
  for (const k of keys) secrets.add(k);
  return { keys, secrets, responses };
}

describe('no issued key, password or session id at rest or in logs', () => {
  const app = appsClosedAfterEach();

  it('a full run leaves none in the SQLite file (with its WAL), the captured logs, audit events or error bodies', async () => {
    const t = await app({ config: { logLevel: 'trace' } });
    const { keys, secrets, responses } = await fullRun(t);
    expect(keys.length).toBe(16);
    // One access line per request (at trace, with whatever else was logged): the logs searched are not empty.
    expect(t.logs.length).toBeGreaterThan(150);
    const file = t.store.location;
    expect(file).toMatch(/\.db$/);
    const needles = [...secrets].flatMap((s) => pieces(s).map((p) => [p, s] as const));

    const look = (label: string, haystack: string) => {
      for (const [needle, secret] of needles) {
        if (haystack.includes(needle)) throw new Error(`${label} holds "${needle}", a piece of ${secret.slice(0, 8)}…`);
      }
    };
    const files = () => [file, `${file}-wal`, `${file}-shm`].filter(existsSync);
    expect(files()).toContain(`${file}-wal`);
    for (const f of files()) look(f, readFileSync(f).toString('latin1'));
    look('the logs', t.logs.join('\n'));
    const audit = await t.store.audit.list({ workspaceId: (await t.store.users.owners())[0].workspaceId, limit: 1000 });
    expect(audit.items.length).toBeGreaterThan(30);
    look('the audit log', JSON.stringify(audit.items));
    for (const r of responses) {
      if (!r.mayHoldKey) look(`the answer to ${r.what}`, r.body);
    }

    await t.close(); // checkpoints the WAL into the file
    for (const f of files()) look(`${f} after close`, readFileSync(f).toString('latin1'));
  }, 60_000);
});
