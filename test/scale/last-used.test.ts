import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../support/http.js';
import { eventually } from '../support/poll.js';
import { type FreshSchema, freshSchema } from '../support/postgres-cluster.js';
import { type ServerProcess, startServer, startServers, stopAll } from '../support/servers.js';
import { REDIS_URL, canRun } from '../support/env.js';
import { type Session, aKey, keyObject, setupOwner } from '../support/workspace.js';

/** Observations an instance holds in memory, not yet written (its /metrics gauge). */
async function pending(url: string): Promise<number> {
  const res = await call(url, '/metrics');
  const m = /^keyward_last_used_pending (\d+)$/m.exec(res.text);
  if (!m) throw new Error(`no keyward_last_used_pending in /metrics: ${res.text.slice(0, 200)}`);
  return Number(m[1]);
}

/** Uses `key` on `url` from the loopback address `from` (the IP the server records); returns when it happened. */
async function use(url: string, key: string, from: string): Promise<{ after: number; before: number }> {
  const after = Date.now();
  const res = await call(url, '/api/me', { as: { key }, from });
  expect(res.status).toBe(200);
  return { after, before: Date.now() };
}

/** Returns once the wall clock has moved past `ms`, so that a use after it is strictly later. */
const clockPassed = (ms: number) => eventually(() => Date.now() > ms, { everyMs: 1 });

/**
 * last_used_at / last_used_ip are coalesced in memory per instance and flushed in batches; batches from
 * several instances merge so that the latest use wins, whatever order the flushes land in.
 */
describe.runIf(await canRun('last-used across instances', { postgres: true, redis: true }))('last used, merged across instances', () => {
  let schema: FreshSchema;
  let servers: ServerProcess[] = [];
  let one: string;
  let two: string;
  let owner: Session;
  const env = () => ({ DATABASE_URL: schema.url, REDIS_URL, LAST_USED_FLUSH_MS: '1000' });

  beforeAll(async () => {
    schema = freshSchema('lastused');
    servers = await startServers(2, env(), { ready: true });
    [one, two] = servers.map((s) => s.url);
    owner = await setupOwner(one);
  });
  afterAll(async () => {
    await stopAll(servers);
    await schema?.drop();
  });

  it('used on 1, then later on 2: after both flush, the later use and its IP are recorded', async () => {
    // The earlier use is on an instance of its own, stopped gracefully once the later use is stored: a
    // shutdown flushes and waits, so every write of both has then landed, in whatever order.
    const early = await startServer(env(), { ready: true });
    servers.push(early);
    const { id, key } = await aKey(one, owner);
    const first = await use(early.url, key, '127.0.0.2');
    await clockPassed(first.before);
    const later = await use(two, key, '127.0.0.3');

    const settled = await eventually(async () => (await pending(two)) === 0 && (await keyObject(one, owner, id)).last_used_ip === '127.0.0.3', {
      timeoutMs: 5000,
      everyMs: 100,
    });
    expect(settled).toBe(true);
    expect(await early.stop()).toBe(0);
    const k = await keyObject(two, owner, id);
    expect(k.last_used_ip).toBe('127.0.0.3');
    expect(Date.parse(k.last_used_at)).toBeGreaterThanOrEqual(later.after);
    expect(Date.parse(k.last_used_at)).toBeLessThanOrEqual(later.before);
  });

  it('an older batch flushed after a newer one does not move last_used_at back', async () => {
    // An instance of its own, frozen (SIGSTOP) while it holds the older observation, so its flush lands last.
    const slow = await startServer({ ...env(), LAST_USED_FLUSH_MS: '4000' }, { ready: true });
    servers.push(slow);
    const { id, key } = await aKey(one, owner);
    const older = await use(slow.url, key, '127.0.0.4');
    expect(await pending(slow.url)).toBeGreaterThan(0);
    slow.child.kill('SIGSTOP');
    await clockPassed(older.before);
    const later = await use(two, key, '127.0.0.5');
    expect(await eventually(async () => (await keyObject(one, owner, id)).last_used_ip === '127.0.0.5', { timeoutMs: 5000, everyMs: 100 })).toBe(true);

    // Thawed and stopped gracefully, it flushes its older observation now (a shutdown always flushes).
    expect(await slow.stop()).toBe(0);
    const k = await keyObject(one, owner, id);
    expect(k.last_used_ip).toBe('127.0.0.5');
    expect(Date.parse(k.last_used_at)).toBeGreaterThanOrEqual(later.after);
    expect(Date.parse(k.last_used_at)).toBeLessThanOrEqual(later.before);
  });
});
