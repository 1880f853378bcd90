import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Kysely, type Migration, Migrator } from 'kysely';
import pg from 'pg';
import { afterAll } from 'vitest';
import { openPostgresStore } from '../../src/store/dialects/postgres/index.js';
import { openSqliteStore } from '../../src/store/dialects/sqlite/index.js';
import type { SqlStore } from '../../src/store/sql-store.js';
import type { Dialect } from './backends.js';
import { POSTGRES_URL } from './env.js';

/**
 * For a test of one migration: `at(migrations)` opens a store of its own (a new SQLite file, or a new
 * PostgreSQL schema dropped after the suite) migrated with `migrations` only, the schema as it was before
 * the migration under test; the test then writes its rows with `db` and runs `migrateToLatest`.
 */
export function storeBeforeMigration(dialect: Dialect) {
  const tag = randomBytes(6).toString('hex');
  const schema = `t_${tag}`;
  let store: SqlStore | undefined;
  afterAll(async () => {
    await store?.close();
    if (dialect === 'postgres') {
      const c = new pg.Client({ connectionString: POSTGRES_URL });
      await c.connect();
      await c.query(`drop schema if exists ${schema} cascade`);
      await c.end();
    }
  });
  return async (migrations: Record<string, Migration>): Promise<{ store: SqlStore; db: Kysely<any> }> => {
    store =
      dialect === 'sqlite'
        ? openSqliteStore({ file: join(tmpdir(), `keyward-test-${tag}.db`) })
        : await openPostgresStore({ connectionString: POSTGRES_URL, schema, poolSize: 2 });
    const migrator = new Migrator({
      db: store.db,
      provider: { getMigrations: async () => migrations },
      ...(dialect === 'postgres' ? { migrationTableSchema: schema } : {}),
    });
    const { error } = await migrator.migrateToLatest();
    if (error) throw error;
    return { store, db: store.db as never as Kysely<any> };
  };
}
