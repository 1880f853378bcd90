import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, show } from '../support/http.js';
import { eventually } from '../support/poll.js';
import { type FreshSchema, freshSchema } from '../support/postgres-cluster.js';
import { type ServerProcess, startServers, stopAll } from '../support/servers.js';
import { REDIS_URL, canRun } from '../support/env.js';
import { type Session, aKey, setupOwner } from '../support/workspace.js';

/** Observations and usage counters an instance holds in memory, not yet written (its /metrics gauge). */
async function pending(url: string): Promise<number> {
  const text = (await call(url, '/metrics')).text;
  const m = /^keyward_usage_pending (\d+)$/m.exec(text);
  if (!m) throw new Error('no keyward_usage_pending in /metrics');
  return Number(m[1]);
}

/**
 * Each instance counts its own requests in memory and flushes them with an upsert that adds: the sums
 * over a three-instance cluster equal what was sent, status by status.
 */
describe.runIf(await canRun('usage across instances', { postgres: true, redis: true }))('per-key usage on a 3-instance PostgreSQL cluster', () => {
  let schema: FreshSchema;
  let servers: ServerProcess[] = [];
  let owner: Session;

  beforeAll(async () => {
    schema = freshSchema('usage');
    servers = await startServers(
      3,
      { DATABASE_URL: schema.url, REDIS_URL, LAST_USED_FLUSH_MS: '300', RATE_LIMIT_PER_MINUTE: '40', RATE_LIMIT_PER_SECOND: '1000' },
      { ready: true },
    );
    owner = await setupOwner(servers[0].url);
  });
  afterAll(async () => {
    await stopAll(servers);
    await schema?.drop();
  });

  it('counts 200s, 403s and 429s sent to three instances exactly, within a flush interval', async () => {
    const { id, key } = await aKey(servers[0].url, owner);
    const from = new Date(Date.now() - 60_000).toISOString();
    const sent = { requests: 0, ok: 0, client_errors: 0, rate_limited: 0 };
    const tally = (status: number) => {
      sent.requests++;
      if (status === 200) sent.ok++;
      else if (status === 429) sent.rate_limited++;
      else if (status === 403) sent.client_errors++;
      else throw new Error(`unexpected ${status}`);
    };
    await Promise.all(
      servers.map(async (s) => {
        for (let i = 0; i < 5; i++) tally((await call(s.url, '/api/keys', { as: { key } })).status);
        for (let i = 0; i < 20; i++) tally((await call(s.url, '/api/me', { as: { key } })).status);
      }),
    );
    expect(sent.requests).toBe(75);
    expect(sent.ok).toBeGreaterThan(0);
    expect(sent.client_errors).toBeGreaterThan(0);
    expect(sent.rate_limited).toBe(35);
    const flushed = await eventually(async () => (await Promise.all(servers.map((s) => pending(s.url)))).every((n) => n === 0), {
      timeoutMs: 5000,
      everyMs: 100,
    });
    expect(flushed).toBe(true);
    const to = new Date(Date.now() + 60_000).toISOString();
    for (const s of servers) {
      const res = await call(s.url, `/api/keys/${id}/usage?from=${from}&to=${to}&granularity=hour`, { as: owner });
      expect(res.status, show(res)).toBe(200);
      const total = { requests: 0, ok: 0, client_errors: 0, rate_limited: 0 };
      for (const b of res.body.buckets) for (const f of Object.keys(total) as (keyof typeof total)[]) total[f] += b[f];
      expect(total).toEqual(sent);
    }
  });
});
