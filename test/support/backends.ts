import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { migrateToLatest } from '../../src/store/migrate.js';
import { postgresDialect } from '../../src/store/dialects/postgres/adapter.js';
import { connect } from '../../src/store/dialects/postgres/connect.js';
import { SqlStore } from '../../src/store/sql-store.js';
import { openSqliteStore } from '../../src/store/dialects/sqlite/index.js';
import { IN_CI, POSTGRES_URL, postgresReachable } from './env.js';

/**
 * The storage backends every contract and HTTP suite runs against (like Kysely's DIALECTS).
 * Narrow with KEYWARD_TEST_DIALECTS=sqlite. PostgreSQL is required when CI is set; elsewhere a missing
 * server skips its half with a message.
 */
export type Dialect = 'sqlite' | 'postgres';
const requested = (process.env.KEYWARD_TEST_DIALECTS ?? 'sqlite,postgres').split(',').map((s) => s.trim()) as Dialect[];
const pgUp = requested.includes('postgres') ? await postgresReachable() : false;
if (requested.includes('postgres') && !pgUp) {
  if (IN_CI) throw new Error(`PostgreSQL is not reachable at ${POSTGRES_URL}, and CI is set: the PostgreSQL suites must run`);
  console.warn(`[keyward tests] PostgreSQL not reachable at ${POSTGRES_URL}: skipping the PostgreSQL half of the suites`);
}
export const DIALECTS: readonly Dialect[] = requested.filter((d) => d === 'sqlite' || (d === 'postgres' && pgUp));

/** A fresh, migrated store of its own: a new SQLite file, or a new PostgreSQL schema dropped on close. */
export async function openTestStore(dialect: Dialect): Promise<SqlStore> {
  const tag = randomBytes(6).toString('hex');
  if (dialect === 'sqlite') {
    const store = openSqliteStore({ file: join(tmpdir(), `keyward-test-${tag}.db`) });
    await migrateToLatest(store);
    return store;
  }
  const schema = `t_${tag}`;
  const adapter = postgresDialect(await connect({ connectionString: POSTGRES_URL, schema, poolSize: 4 }));
  const store = new SqlStore({
    ...adapter,
    async close() {
      await adapter.close();
      const c = new pg.Client({ connectionString: POSTGRES_URL });
      await c.connect();
      await c.query(`drop schema if exists ${schema} cascade`);
      await c.end();
    },
  });
  await migrateBesideOtherSuites(store);
  return store;
}

/**
 * PostgreSQL errors another suite's schema drop can cause here: a schema (3F000) or a table (42P01) that
 * no longer exists, and a catalog read cancelled by the 1 s statement_timeout (57014) while the drop held
 * its locks (the store reports that one as StorageUnavailableError, keeping the code).
 */
const BESIDE_A_DROP = new Set(['3F000', '42P01', '57014']);

/**
 * Kysely's migrator first lists the tables of every schema in the database (its introspector calls
 * `pg_get_serial_sequence` on each), so a test schema that another suite drops at that moment fails this
 * suite's migration with "schema … does not exist". Only another suite's schema can vanish here (this
 * one was just made and is dropped only by `close`), so the migration is run again a moment later; a
 * migration that had already run is not run twice.
 */
async function migrateBesideOtherSuites(store: SqlStore): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await migrateToLatest(store);
      return;
    } catch (err) {
      if (attempt >= 10 || !BESIDE_A_DROP.has(String((err as { code?: unknown }).code))) throw err;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt));
    }
  }
}
