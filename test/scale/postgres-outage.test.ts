import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Reply, call, show } from '../support/http.js';
import { eventually } from '../support/poll.js';
import { type ThrowawayCluster, clusterBinDir, throwawayCluster } from '../support/postgres-cluster.js';
import { type ServerProcess, startServer } from '../support/servers.js';
import { type Session, aKey, setupOwner } from '../support/workspace.js';

const binDir = clusterBinDir('the PostgreSQL outage suite');
const runnable = binDir !== undefined;

/** The whole outage budget of one request: it must answer (503) well before a client would give up. */
const MAX_MS = 2000;

/**
 * PostgreSQL stopped under a running server: the server stays up, says so on /readyz, answers 503
 * storage_unavailable (never a false 401, never a hang) and recovers by itself when the database returns.
 * The cluster is the test's own; the shared server is not touched.
 */
describe.runIf(runnable)('PostgreSQL stopped mid-run', () => {
  let cluster: ThrowawayCluster;
  let server: ServerProcess;
  let owner: Session;
  let key: string;

  beforeAll(async () => {
    cluster = await throwawayCluster(binDir!);
    cluster.start();
    server = await startServer({ DATABASE_URL: cluster.url, FAILED_AUTH_PER_MINUTE: '100000' }, { ready: true });
    owner = await setupOwner(server.url);
    ({ key } = await aKey(server.url, owner));
  }, 90_000);
  afterAll(async () => {
    await server?.stop();
    cluster?.destroy();
  });

  const expectUnavailable = (r: Reply) => {
    expect(r.status, show(r)).toBe(503);
    expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(r.body.code).toBe('storage_unavailable');
    expect(r.ms, show(r)).toBeLessThan(MAX_MS);
  };

  /** A valid key, an unknown well-formed key and a session: none may be told "401", all must answer 503 fast. */
  async function expectOutageAnswers(): Promise<void> {
    const ready = await call(server.url, '/readyz');
    expect(ready.status).toBe(503);
    expect(ready.body.storage).toEqual({ dialect: 'postgres', status: 'unavailable' });
    expect(ready.ms).toBeLessThan(MAX_MS);
    const unknownKey = `ak_live_${'1'.repeat(32)}`;
    for (let round = 0; round < 3; round++) {
      const replies = await Promise.all([
        call(server.url, '/api/contacts', { as: { key } }),
        call(server.url, '/api/me', { as: { key } }),
        call(server.url, '/api/contacts', { method: 'POST', as: { key }, body: { name: 'During the outage' } }),
        call(server.url, '/api/keys', { as: owner }),
      ]);
      replies.forEach(expectUnavailable);
    }
    // A key that fails its checksum needs no storage read: still its own 401.
    const malformed = await call(server.url, '/api/contacts', { as: { key: unknownKey } });
    expect(malformed.body.code).toBe('malformed_api_key');
    expect((await call(server.url, '/healthz')).status).toBe(200);
    expect(server.child.exitCode).toBeNull();
  }

  /** Back by itself: ready again (bounded poll), keys read and write, sessions work. */
  async function expectRecovered(): Promise<void> {
    const recovered = await eventually(async () => (await call(server.url, '/readyz', { timeoutMs: 3000 })).status === 200, {
      timeoutMs: 15_000,
      everyMs: 200,
    });
    expect(recovered).toBe(true);
    const read = await call(server.url, '/api/contacts', { as: { key } });
    expect(read.status, show(read)).toBe(200);
    const written = await call(server.url, '/api/contacts', { method: 'POST', as: { key }, body: { name: 'After the outage' } });
    expect(written.status, show(written)).toBe(201);
    expect((await call(server.url, '/api/keys', { as: owner })).status).toBe(200);
  }

  const becomesUnready = () =>
    eventually(async () => (await call(server.url, '/readyz', { timeoutMs: 3000 })).status === 503, { timeoutMs: 10_000, everyMs: 100 });

  it('stopped (pg_ctl stop -m fast): 503 storage_unavailable within 2 s, then recovers when started', async () => {
    expect((await call(server.url, '/api/contacts', { as: { key } })).status).toBe(200);
    cluster.stop();
    expect(await becomesUnready(), `server output:\n${server.output().slice(-3000)}`).toBe(true);
    await expectOutageAnswers();
    cluster.start();
    await expectRecovered();
  });

  it('frozen (accepts connections, never answers, as in a network partition): 503 within 2 s, then recovers', async () => {
    expect((await call(server.url, '/api/contacts', { as: { key } })).status).toBe(200);
    cluster.signal('SIGSTOP');
    try {
      expect(await becomesUnready(), `server output:\n${server.output().slice(-3000)}`).toBe(true);
      await expectOutageAnswers();
    } finally {
      cluster.signal('SIGCONT');
    }
    await expectRecovered();
  });
});
