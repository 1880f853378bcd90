import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { PASSWORD } from '../support/fixtures.js';
import { type ServerProcess, startServer, tempDir } from '../support/process.js';
import { json, send } from './process-clients.js';

/**
 * How long keys and contacts are written before `kill -9`. 10 s by default to keep the suite quick;
 * `KEYWARD_CRASH_TEST_SECONDS=30` runs the longer soak.
 */
const SECONDS = Number(process.env.KEYWARD_CRASH_TEST_SECONDS ?? 10);
const WORKERS = 4;
const ENV = { MAX_ACTIVE_KEYS_PER_USER: '1000000', RATE_LIMIT_PER_MINUTE: '1000000', RATE_LIMIT_PER_SECOND: '100000', FAILED_AUTH_PER_MINUTE: '1000000' };

interface Written {
  keys: { id: string; key: string; name: string; hint: string }[];
  contacts: { id: string; name: string; tags: string[] }[];
}

/** Workers creating keys and contacts through a session until `stop()`, recording every 201. */
function writeUntilStopped(port: number, session: Record<string, string>) {
  const written: Written = { keys: [], contacts: [] };
  let stopped = false;
  let n = 0;
  const keyWorker = async () => {
    while (!stopped) {
      const name = `crash key ${n++}`;
      const o = await send({ port, method: 'POST', path: '/api/keys', headers: session, body: { name, expires_in_days: 30 } });
      if (o.kind !== 'response') return;
      if (o.status === 201) {
        const b = JSON.parse(o.body);
        written.keys.push({ id: b.id, key: b.key, name, hint: b.hint });
      }
    }
  };
  const contactWorker = async () => {
    while (!stopped) {
      const i = n++;
      const body = { name: `Crash Contact ${i}`, email: `c${i}@example.test`, notes: 'x'.repeat(i % 500), tags: [`t${i % 7}`] };
      const o = await send({ port, method: 'POST', path: '/api/contacts', headers: session, body });
      if (o.kind !== 'response') return;
      if (o.status === 201) written.contacts.push({ id: JSON.parse(o.body).id, name: body.name, tags: body.tags });
    }
  };
  const done = Promise.all([...Array.from({ length: WORKERS }, keyWorker), ...Array.from({ length: WORKERS }, contactWorker)]);
  return { written, done, stop: () => (stopped = true) };
}

function killed(server: ServerProcess): Promise<void> {
  return new Promise((resolve) => {
    if (server.child.exitCode !== null || server.child.signalCode !== null) return resolve();
    server.child.once('exit', () => resolve());
    server.child.kill('SIGKILL');
  });
}

describe('crash safety of a real server process (kill -9 while writing)', () => {
  let server: ServerProcess | undefined;
  afterEach(() => {
    if (server && server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL');
  });

  it(
    `after kill -9 during ${SECONDS} s of writes the database opens cleanly and every acknowledged write is there, whole`,
    async () => {
      const dataDir = tempDir('crash');
      server = await startServer({ DATA_DIR: dataDir, ...ENV });
      const setup = await json(server.port, 'POST', '/auth/setup', {}, { workspace_name: 'Crash', email: 'crash@example.test', name: 'C', password: PASSWORD });
      expect(setup.status).toBe(200);
      const session = { cookie: setup.cookie ?? '', 'x-csrf-token': setup.body.csrf_token };

      const load = writeUntilStopped(server.port, session);
      await new Promise((r) => setTimeout(r, SECONDS * 1000));
      await killed(server); // while the workers still have requests in flight
      load.stop();
      await load.done;
      const { written } = load;
      console.log(`acknowledged before kill -9: ${written.keys.length} keys, ${written.contacts.length} contacts`);
      expect(written.keys.length).toBeGreaterThan(10);
      expect(written.contacts.length).toBeGreaterThan(10);

      const db = new Database(join(dataDir, 'keyward.db'), { fileMustExist: true });
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(db.pragma('foreign_key_check')).toEqual([]);
        // A key row and its key.created event are one transaction: never one without the other.
        const keyIds = (db.prepare('SELECT id FROM api_keys').all() as { id: string }[]).map((r) => r.id).sort();
        const created = (db.prepare("SELECT target_id FROM audit_events WHERE action = 'key.created'").all() as { target_id: string }[])
          .map((r) => r.target_id)
          .sort();
        expect(created).toEqual(keyIds);
        expect(keyIds.length).toBeGreaterThanOrEqual(written.keys.length);
        const rows = db.prepare('SELECT id, name, hint, revoked_at FROM api_keys').all() as {
          id: string;
          name: string;
          hint: string;
          revoked_at: number | null;
        }[];
        const byId = new Map(rows.map((r) => [r.id, r]));
        for (const k of written.keys) expect(byId.get(k.id), k.id).toEqual({ id: k.id, name: k.name, hint: k.hint, revoked_at: null });
        const contacts = db.prepare('SELECT id, name, tags FROM contacts').all() as { id: string; name: string; tags: string }[];
        for (const c of contacts) expect(Array.isArray(JSON.parse(c.tags)), c.id).toBe(true);
        expect(contacts.length).toBeGreaterThanOrEqual(written.contacts.length);
      } finally {
        db.close();
      }

      server = await startServer({ DATA_DIR: dataDir, ...ENV });
      const port = server.port;
      for (let i = 0; i < written.keys.length; i += 20) {
        const batch = written.keys.slice(i, i + 20);
        const answers = await Promise.all(batch.map((k) => send({ port, path: '/api/me', headers: { 'x-api-key': k.key } })));
        answers.forEach((o, j) => expect(o.kind === 'response' && o.status, `key ${batch[j].id} after restart`).toBe(200));
      }
      const listed = new Map<string, { name: string; tags: string[] }>();
      let cursor: string | null = null;
      do {
        const page = await json(port, 'GET', `/api/contacts?limit=100${cursor ? `&cursor=${cursor}` : ''}`, session);
        expect(page.status).toBe(200);
        for (const c of page.body.data) listed.set(c.id, { name: c.name, tags: c.tags });
        cursor = page.body.next_cursor;
      } while (cursor);
      for (const c of written.contacts) expect(listed.get(c.id), c.id).toEqual({ name: c.name, tags: c.tags });
      expect(await server.stop('SIGTERM')).toBe(0);
    },
    SECONDS * 1000 + 90_000,
  );
});
