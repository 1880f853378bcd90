import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, call, show } from '../support/http.js';
import { type ServerProcess, startServers, stopAll } from '../support/servers.js';
import { setupOwner } from '../support/workspace.js';

/**
 * Two `keyward serve` processes on one SQLite file (a rolling restart, or two instances on one host):
 * their writes wait for each other and all succeed. A write transaction that first read and then found
 * the other process's commit in between used to fail at once with SQLITE_BUSY (no wait helps a
 * transaction whose snapshot is stale) and answer 503; write transactions now take the write lock when
 * they begin (BEGIN IMMEDIATE), waiting for it like any writer.
 */
describe('two processes writing to one SQLite file', () => {
  let servers: ServerProcess[] = [];
  let owner: Caller;
  beforeAll(async () => {
    servers = await startServers(
      2,
      { DATA_DIR: mkdtempSync(join(tmpdir(), 'keyward-two-')), FAILED_AUTH_PER_MINUTE: '100000' },
      { ready: true, oneAtATime: true },
    );
    owner = await setupOwner(servers[0].url);
  }, 120_000);
  afterAll(() => stopAll(servers));

  it('creates, edits and deletes through both at once: every write answered, none lost', async () => {
    const answers: Awaited<ReturnType<typeof call>>[] = [];
    const ids: string[] = [];
    // 8 clients per server, each creating, editing and deleting its own contacts and creating keys.
    await Promise.all(
      Array.from({ length: 16 }, async (_, client) => {
        const url = servers[client % 2].url;
        for (let i = 0; i < 8; i++) {
          const created = await call(url, '/api/contacts', {
            method: 'POST',
            as: owner,
            body: { name: `c${client}-${i}`, email: `c${client}-${i}@example.test` },
          });
          answers.push(created);
          if (created.status !== 201) continue;
          const other = servers[(client + 1) % 2].url;
          answers.push(await call(other, `/api/contacts/${created.body.id}`, { method: 'PATCH', as: owner, body: { company: `Company ${i}` } }));
          if (i % 2 === 0) answers.push(await call(url, `/api/contacts/${created.body.id}`, { method: 'DELETE', as: owner }));
          else ids.push(created.body.id);
          if (i % 4 === 0) answers.push(await call(url, '/api/keys', { method: 'POST', as: owner, body: { name: `k${client}-${i}` } }));
        }
      }),
    );
    const failed = answers.filter((a) => a.status >= 300);
    expect(failed.map(show), `${failed.length} of ${answers.length} writes failed`).toEqual([]);
    const listed = await call(servers[1].url, '/api/contacts?limit=100', { as: owner });
    expect(listed.body.data.map((c: { id: string }) => c.id).sort()).toEqual([...ids].sort());
    expect(listed.body.data.every((c: { company: string | null }) => c.company?.startsWith('Company '))).toBe(true);
  }, 120_000);
});
