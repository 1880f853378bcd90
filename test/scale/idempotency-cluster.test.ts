import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { call, show } from '../support/http.js';
import { type FreshSchema, freshSchema } from '../support/postgres-cluster.js';
import { type ServerProcess, startServers, stopAll } from '../support/servers.js';
import { canRun } from '../support/env.js';
import { setupOwner } from '../support/workspace.js';

/**
 * Retry-safe creates across processes: the same Idempotency-Key sent at once to two `keyward serve`
 * instances on one database creates one key; the others get the replay (200, no plaintext) or 409 while
 * the first is in flight — never a second key.
 */
async function burst(servers: ServerProcess[]): Promise<void> {
  const owner = await setupOwner(servers[0].url);
  for (let round = 0; round < 5; round++) {
    const headers = { 'idempotency-key': `round-${round}` };
    const body = { name: `cluster ${round}` };
    const answers = await Promise.all(Array.from({ length: 6 }, (_, i) => call(servers[i % 2].url, '/api/keys', { method: 'POST', as: owner, body, headers })));
    // Racing duplicates get the replay (200) or 409 while the first is in flight — never a 503: on one SQLite
    // file, the two processes' write transactions wait for each other (BEGIN IMMEDIATE).
    const created = answers.filter((a) => a.status === 201);
    expect(created, answers.map(show).join('\n')).toHaveLength(1);
    for (const a of answers) expect([200, 201, 409], show(a)).toContain(a.status);
    const plaintext = created[0].body.key as string;
    for (const a of answers.filter((x) => x.status !== 201)) expect(a.text).not.toContain(plaintext.slice(8));
    const retry = await call(servers[1].url, '/api/keys', { method: 'POST', as: owner, body, headers });
    expect(retry.status, show(retry)).toBe(200);
    expect(retry.body.id).toBe(created[0].body.id);
  }
  const keys = await call(servers[0].url, '/api/keys?limit=100', { as: owner });
  expect(keys.body.data).toHaveLength(5);
}

const postgres = await canRun('Idempotency-Key on PostgreSQL', { postgres: true });

describe('Idempotency-Key on two instances', () => {
  let servers: ServerProcess[] = [];
  let schema: FreshSchema | undefined;
  afterAll(async () => {
    await stopAll(servers);
    await schema?.drop();
  });

  it('SQLite (one DATA_DIR): concurrent duplicates create one key', async () => {
    servers = await startServers(
      2,
      { DATA_DIR: mkdtempSync(join(tmpdir(), 'keyward-idem-')), FAILED_AUTH_PER_MINUTE: '100000' },
      { ready: true, oneAtATime: true, timeoutMs: 90_000 },
    );
    try {
      await burst(servers);
    } finally {
      await stopAll(servers);
      servers = [];
    }
  }, 240_000);

  it.runIf(postgres)(
    'PostgreSQL (one schema): concurrent duplicates create one key',
    async () => {
      schema = freshSchema('idem');
      servers = await startServers(2, { DATABASE_URL: schema.url, FAILED_AUTH_PER_MINUTE: '100000' }, { ready: true, oneAtATime: true, timeoutMs: 90_000 });
      await burst(servers);
    },
    240_000,
  );
});
