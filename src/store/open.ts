import type { Config } from '../config.js';
import { MIGRATION_LOCK_WAIT_MS, migrateToLatest } from './migrate.js';
import type { SqlStore } from './sql-store.js';
import { preMigrationCopy, withUpgradeLock } from './sqlite-upgrade.js';
import { openSqliteStore } from './dialects/sqlite/index.js';

type StoreConfig = Pick<Config, 'databaseUrl' | 'sqliteFile'>;

/** PostgreSQL's driver is loaded only with DATABASE_URL: the embedded default starts without it (cold start). */
const postgres = () => import('./dialects/postgres/index.js');

/** What a migration run tells its caller besides the migrations applied (the CLI prints it). */
export type MigrationNotice = (line: string) => void;

/**
 * Migrates PostgreSQL over a connection of its own, without the request path's statement timeouts: a
 * migration may run long, and an instance starting while another one migrates waits for its lock.
 */
async function migratePostgres(connectionString: string): Promise<string[]> {
  const { openPostgresStore } = await postgres();
  const store = await openPostgresStore({ connectionString, poolSize: 1, timeoutMs: 10_000, statementTimeoutMs: 0 });
  try {
    return await migrateToLatest(store);
  } finally {
    await store.close();
  }
}

/**
 * Migrates an SQLite store under the upgrade lock, first copying a database that holds data into its
 * directory (src/store/sqlite-upgrade.ts); no copy, no migration.
 */
async function migrateSqlite(store: SqlStore, file: string, notice?: MigrationNotice): Promise<string[]> {
  const backupTo = store.backupTo;
  const run = () =>
    migrateToLatest(store, {
      beforeMigrating: backupTo
        ? async (lastApplied) => {
            const copy = await preMigrationCopy(backupTo, file, lastApplied);
            notice?.(`copied the database to ${copy} before migrating`);
          }
        : undefined,
    });
  return file === ':memory:' ? run() : withUpgradeLock(file, MIGRATION_LOCK_WAIT_MS, run);
}

/** Brings the configured database up to date (what `keyward migrate` does); returns the migrations applied. */
export async function migrateDatabase(config: StoreConfig, notice?: MigrationNotice): Promise<string[]> {
  if (config.databaseUrl) return migratePostgres(config.databaseUrl);
  const store = openSqliteStore({ file: config.sqliteFile });
  try {
    return await migrateSqlite(store, config.sqliteFile, notice);
  } finally {
    await store.close();
  }
}

/** Opens the configured store (PostgreSQL when DATABASE_URL is set, else the SQLite file) and migrates it. */
export async function openStore(config: StoreConfig, options: { migrate?: boolean; notice?: MigrationNotice } = {}): Promise<SqlStore> {
  const migrate = options.migrate !== false;
  if (config.databaseUrl) {
    if (migrate) await migratePostgres(config.databaseUrl);
    return (await postgres()).openPostgresStore({ connectionString: config.databaseUrl });
  }
  const store = openSqliteStore({ file: config.sqliteFile });
  if (migrate) {
    try {
      await migrateSqlite(store, config.sqliteFile, options.notice);
    } catch (err) {
      await store.close();
      throw err;
    }
  }
  return store;
}
