import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { call, show } from '../support/http.js';
import { type FreshSchema, freshSchema } from '../support/postgres-cluster.js';
import { type ServerProcess, startServer, stopAll } from '../support/servers.js';
import { POSTGRES_URL, canRun } from '../support/env.js';
import { aKey, setupOwner } from '../support/workspace.js';

const withSqlite3 = await canRun('SQLite backup', { commands: ['sqlite3'] });
const withPgDump = await canRun('PostgreSQL backup', { postgres: true, commands: ['pg_dump', 'pg_restore'] });

/** The backup recipes of docs/deploy.md, run for real: a backup taken from a live server serves the same keys. */
describe('backups restore to a working server', () => {
  const servers: ServerProcess[] = [];
  afterAll(() => stopAll(servers));

  it.runIf(withSqlite3)('SQLite: `.backup` of the live file', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'keyward-live-'));
    const live = await startServer({ DATA_DIR: dataDir }, { ready: true });
    servers.push(live);
    const { key } = await aKey(live.url, await setupOwner(live.url));

    const restoredDir = mkdtempSync(join(tmpdir(), 'keyward-restored-'));
    execFileSync('sqlite3', [join(dataDir, 'keyward.db'), `.backup '${join(restoredDir, 'keyward.db')}'`]);
    const restored = await startServer({ DATA_DIR: restoredDir }, { ready: true });
    servers.push(restored);
    const res = await call(restored.url, '/api/me', { as: { key } });
    expect(res.status, show(res)).toBe(200);
  });

  describe.runIf(withPgDump)('PostgreSQL', () => {
    let schema: FreshSchema;
    const database = `keyward_restore_${randomBytes(4).toString('hex')}`;
    const admin = async (sql: string, connectionString = POSTGRES_URL) => {
      const c = new pg.Client({ connectionString });
      await c.connect();
      try {
        await c.query(sql);
      } finally {
        await c.end();
      }
    };
    afterAll(async () => {
      await stopAll(servers);
      await schema?.drop();
      await admin(`drop database if exists ${database}`);
    });

    it('`pg_dump -Fc -n <schema>` restored with `pg_restore` into a new database', async () => {
      schema = freshSchema('backup');
      const live = await startServer({ DATABASE_URL: schema.url }, { ready: true });
      servers.push(live);
      const { key } = await aKey(live.url, await setupOwner(live.url));

      const dump = join(mkdtempSync(join(tmpdir(), 'keyward-dump-')), 'keyward.dump');
      execFileSync('pg_dump', ['-Fc', '-n', schema.name, '-f', dump, POSTGRES_URL]);
      await admin(`create database ${database}`);
      const restoredBase = POSTGRES_URL.replace(/\/[^/?]+(\?|$)/, `/${database}$1`);
      // A dump of one schema carries no extensions: contact search's pg_trgm is created first (docs/deploy.md).
      await admin('create extension if not exists pg_trgm with schema public', restoredBase);
      execFileSync('pg_restore', ['--no-owner', '-d', restoredBase, dump]);

      const restoredUrl = `${restoredBase}?options=${encodeURIComponent(`-c search_path=${schema.name}`)}`;
      const restored = await startServer({ DATABASE_URL: restoredUrl }, { ready: true });
      servers.push(restored);
      const res = await call(restored.url, '/api/me', { as: { key } });
      expect(res.status, show(res)).toBe(200);
    });
  });
});
