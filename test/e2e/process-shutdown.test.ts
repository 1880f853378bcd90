import { Agent } from 'node:http';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { PASSWORD } from '../support/fixtures.js';
import { eventually } from '../support/poll.js';
import { type ServerProcess, startServer, tempDir } from '../support/process.js';
import { type Outcome, json, send } from './process-clients.js';

const CLIENTS = 20;
const KEYS = 5;
/** The clients load the server until each has had 10 answers (bounded by this), before SIGTERM. */
const LOAD_MAX_MS = 20_000;

/** Waits (bounded) for the process to exit; returns its exit code. */
function exited(server: ServerProcess, timeoutMs: number): Promise<number | null> {
  const { child } = server;
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`still running ${timeoutMs} ms after SIGTERM:\n${server.output()}`)), timeoutMs);
    child.once('exit', (code) => (clearTimeout(timer), resolve(code)));
  });
}

describe('graceful shutdown of a real server process (SIGTERM under load)', () => {
  let server: ServerProcess | undefined;
  afterEach(() => {
    if (server?.child.exitCode === null) server.child.kill('SIGKILL');
  });

  it('finishes every in-flight request, refuses only new connections, flushes last-used times and exits 0', async () => {
    const dataDir = tempDir('shutdown');
    server = await startServer({ DATA_DIR: dataDir, RATE_LIMIT_PER_MINUTE: '1000000', RATE_LIMIT_PER_SECOND: '100000' });
    const { port } = server;
    const setup = await json(port, 'POST', '/auth/setup', {}, { workspace_name: 'Load', email: 'load@example.test', name: 'Load', password: PASSWORD });
    expect(setup.status).toBe(200);
    const session = { cookie: setup.cookie ?? '', 'x-csrf-token': setup.body.csrf_token };
    const keys: { id: string; key: string }[] = [];
    for (let i = 0; i < KEYS; i++) {
      const res = await json(port, 'POST', '/api/keys', session, { name: `load ${i}` });
      expect(res.status).toBe(201);
      keys.push({ id: res.body.id, key: res.body.key });
    }

    const outcomes: Outcome[][] = Array.from({ length: CLIENTS }, () => []);
    const lastSuccess = new Map<string, number>();
    let sigtermAt = Infinity;
    const client = async (n: number) => {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      const { id, key } = keys[n % KEYS];
      for (;;) {
        const outcome = await send({ port, agent, path: '/api/contacts', headers: { 'x-api-key': key } });
        outcomes[n].push(outcome);
        if (outcome.kind === 'response' && outcome.status === 200) lastSuccess.set(id, Math.max(lastSuccess.get(id) ?? 0, outcome.startedAt));
        if (outcome.kind === 'refused' || outcome.kind === 'failed') break;
        if (outcome.kind === 'response' && outcome.status !== 200) break;
        if (Date.now() > sigtermAt + 10_000) break;
      }
      agent.destroy();
    };
    const load = Array.from({ length: CLIENTS }, (_, n) => client(n));
    await eventually(() => outcomes.every((o) => o.length >= 10), { timeoutMs: LOAD_MAX_MS });
    const before = outcomes.flat().length;
    sigtermAt = Date.now();
    server.child.kill('SIGTERM');
    const code = await exited(server, 15_000);
    await Promise.all(load);

    const all = outcomes.flat();
    const count = (kind: Outcome['kind']) => all.filter((o) => o.kind === kind).length;
    const bad = all.filter((o) => o.kind === 'failed' || (o.kind === 'response' && o.status !== 200));
    const summary = {
      total: all.length,
      beforeSigterm: before,
      ok: count('response'),
      refused: count('refused'),
      idleClose: count('idle-close'),
      failed: bad.length,
    };
    console.log('shutdown under load:', JSON.stringify(summary));
    expect(code, server.output()).toBe(0);
    expect(
      outcomes.every((o) => o.length >= 10),
      'every client was busy before SIGTERM',
    ).toBe(true);
    expect(bad.slice(0, 5), JSON.stringify(summary)).toEqual([]);
    expect(count('idle-close'), JSON.stringify(summary)).toBe(0);
    expect(
      outcomes.map((o) => o.at(-1)?.kind),
      'each client ends refused: the server stopped accepting',
    ).toEqual(Array(CLIENTS).fill('refused'));

    const db = new Database(join(dataDir, 'keyward.db'), { readonly: true, fileMustExist: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const rows = db.prepare('SELECT id, last_used_at FROM api_keys').all() as { id: string; last_used_at: number | null }[];
      expect(lastSuccess.size).toBe(KEYS);
      for (const [id, at] of lastSuccess) {
        const stored = rows.find((r) => r.id === id)?.last_used_at ?? 0;
        expect(Math.abs(Number(stored) - at), `key ${id}: stored ${stored}, last used ${at}`).toBeLessThanOrEqual(5000);
      }
    } finally {
      db.close();
    }
  }, 60_000);
});
