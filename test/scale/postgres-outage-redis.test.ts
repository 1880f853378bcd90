import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Reply, call, show } from '../support/http.js';
import { eventually } from '../support/poll.js';
import { type ThrowawayCluster, clusterBinDir, throwawayCluster } from '../support/postgres-cluster.js';
import { type ServerProcess, startServer } from '../support/servers.js';
import { REDIS_URL, canRun } from '../support/env.js';
import { aKey, setupOwner } from '../support/workspace.js';

const binDir = clusterBinDir('the PostgreSQL-down-with-Redis suite');
const clusterRunnable = binDir !== undefined;
const runnable = clusterRunnable && (await canRun('PostgreSQL down with Redis up', { redis: true }));

const POLL_MS = 1000;
/** One auth_version poll, plus the store's outage budget for the poll's read to fail (docs/deploy.md). */
const CLOSED_WITHIN_MS = POLL_MS + 2000;

/**
 * The one degraded mode with Redis (docs/deploy.md "Verified keys in memory"): PostgreSQL
 * stopped while Redis answers. A cached key keeps authenticating only until the next auth_version poll
 * fails; then it is refused with 503 storage_unavailable (fail closed) — never a false 401, never 200
 * again until the database is back.
 */
describe.runIf(runnable)('PostgreSQL stopped while Redis is up', () => {
  let cluster: ThrowawayCluster;
  let server: ServerProcess;

  beforeAll(async () => {
    cluster = await throwawayCluster(binDir!);
    cluster.start();
    const env = {
      DATABASE_URL: cluster.url,
      REDIS_URL,
      REDIS_KEY_PREFIX: `pgdown-${randomBytes(4).toString('hex')}:`,
      AUTH_VERSION_POLL_MS: String(POLL_MS),
      FAILED_AUTH_PER_MINUTE: '100000',
      RATE_LIMIT_PER_SECOND: '1000',
      RATE_LIMIT_PER_MINUTE: '100000',
    };
    server = await startServer(env, { ready: true, redis: true });
  }, 90_000);
  afterAll(async () => {
    await server?.stop();
    cluster?.destroy();
  });

  it('refuses cached keys (503 storage_unavailable) within about one auth_version poll, and serves them again once the database is back', async () => {
    const owner = await setupOwner(server.url);
    const { key } = await aKey(server.url, owner);
    for (let i = 0; i < 5; i++) expect((await call(server.url, '/api/me', { as: { key } })).status).toBe(200);

    cluster.stop();
    const stoppedAt = performance.now();
    const replies: { at: number; reply: Reply }[] = [];
    while (performance.now() - stoppedAt < CLOSED_WITHIN_MS + 2000) {
      replies.push({ at: performance.now() - stoppedAt, reply: await call(server.url, '/api/me', { as: { key } }) });
      await new Promise((r) => setTimeout(r, 50));
    }
    const trace = replies.map(({ at, reply }) => `${Math.round(at)} ms: ${show(reply)}`).join('\n');
    for (const { reply } of replies) expect([200, 503], trace).toContain(reply.status);
    const firstRefusal = replies.findIndex(({ reply }) => reply.status === 503);
    expect(firstRefusal, trace).toBeGreaterThanOrEqual(0);
    expect(replies[firstRefusal].at, trace).toBeLessThan(CLOSED_WITHIN_MS);
    // Closed it stays: no 200 after the first refusal while the database is down.
    for (const { reply } of replies.slice(firstRefusal)) {
      expect(reply.status, trace).toBe(503);
      expect(reply.body.code, trace).toBe('storage_unavailable');
    }

    cluster.start();
    const back = await eventually(async () => (await call(server.url, '/api/me', { as: { key }, timeoutMs: 3000 })).status === 200, {
      timeoutMs: 15_000,
      everyMs: 200,
    });
    expect(back, server.output().slice(-3000)).toBe(true);
  });
});
