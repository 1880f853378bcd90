import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { call } from '../support/http.js';
import { type FreshSchema, freshSchema } from '../support/postgres-cluster.js';
import { ROOT, type ServerProcess, runKeyward, spawnKeyward, startServers, stopAll } from '../support/servers.js';
import { canRun } from '../support/env.js';

/** Every migration the code ships, by name: one row each is what "migrated exactly once" leaves behind. */
const MIGRATIONS = readdirSync(join(ROOT, 'src', 'store', 'migrations'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.replace(/\.ts$/, ''))
  .sort();

describe('keyward migrate on SQLite', () => {
  it('creates the schema in DATA_DIR, then finds it up to date', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'keyward-migrate-'));
    const first = await runKeyward(['migrate'], { DATA_DIR: dataDir });
    expect(first.code, first.output).toBe(0);
    expect(first.output).toContain(`applied: ${MIGRATIONS.join(', ')}`);
    const again = await runKeyward(['migrate'], { DATA_DIR: dataDir });
    expect(again.code, again.output).toBe(0);
    expect(again.output).toContain('schema is up to date');
    const db = new SQLite(join(dataDir, 'keyward.db'), { readonly: true });
    try {
      const names = db.prepare('select name from kysely_migration order by name').all() as { name: string }[];
      expect(names.map((r) => r.name)).toEqual(MIGRATIONS);
      expect(db.prepare("select count(*) as n from sqlite_master where name = 'api_keys'").get()).toEqual({ n: 1 });
    } finally {
      db.close();
    }
  });
});

describe.runIf(await canRun('keyward migrate on PostgreSQL', { postgres: true }))('keyward migrate on PostgreSQL', () => {
  const schemas: FreshSchema[] = [];
  const servers: ServerProcess[] = [];
  afterAll(async () => {
    await stopAll(servers);
    await Promise.all(schemas.map((s) => s.drop()));
  });
  const aSchema = (label: string) => {
    const s = freshSchema(label);
    schemas.push(s);
    return s;
  };
  const migrationRows = async (s: FreshSchema) => (await s.query<{ name: string }>('select name from kysely_migration order by name')).map((r) => r.name);

  it('creates the schema named by DATABASE_URL and migrates into it only', async () => {
    const schema = aSchema('cli');
    const first = await runKeyward(['migrate'], { DATABASE_URL: schema.url });
    expect(first.code, first.output).toBe(0);
    expect(first.output).toContain(`applied: ${MIGRATIONS.join(', ')}`);
    const again = await runKeyward(['migrate'], { DATABASE_URL: schema.url });
    expect(again.code, again.output).toBe(0);
    expect(again.output).toContain('schema is up to date');
    expect(await migrationRows(schema)).toEqual(MIGRATIONS);
    const tables = await schema.query<{ table_schema: string }>(
      "select table_schema from information_schema.tables where table_name = 'api_keys' and table_schema = $1",
      [schema.name],
    );
    expect(tables).toHaveLength(1);
  });

  it('three `keyward migrate` at once on a fresh schema: one applies, two find it done', async () => {
    const schema = aSchema('race');
    const runs = [0, 1, 2].map(() => spawnKeyward(['migrate'], { DATABASE_URL: schema.url }));
    const codes = await Promise.all(runs.map((r) => r.exited));
    const outputs = runs.map((r) => r.output());
    expect(codes, outputs.join('\n---\n')).toEqual([0, 0, 0]);
    expect(outputs.filter((o) => o.includes('applied:'))).toHaveLength(1);
    expect(outputs.filter((o) => o.includes('schema is up to date'))).toHaveLength(2);
    expect(await migrationRows(schema)).toEqual(MIGRATIONS);
  });

  it('three servers started at once on a fresh schema all become ready, and it is migrated exactly once', async () => {
    const schema = aSchema('start');
    servers.push(...(await startServers(3, { DATABASE_URL: schema.url }, { ready: true })));
    for (const s of servers) {
      const ready = await call(s.url, '/readyz');
      expect(ready.status).toBe(200);
      expect(ready.body.storage).toEqual({ dialect: 'postgres', status: 'ok' });
    }
    expect(await migrationRows(schema)).toEqual(MIGRATIONS);
  });
});
