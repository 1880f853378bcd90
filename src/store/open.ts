import type { Config } from '../config.js';
import { migrateToLatest } from './migrate.js';
import { openPostgresStore } from './postgres.js';
import type { SqlStore } from './sql-store.js';
import { openSqliteStore } from './sqlite.js';

type StoreConfig = Pick<Config, 'databaseUrl' | 'sqliteFile'>;

/**
 * Migrates PostgreSQL over a connection of its own, without the request path's statement timeouts: a
 * migration may run long, and an instance starting while another one migrates waits for its lock.
 */
async function migratePostgres(connectionString: string): Promise<string[]> {
  const store = await openPostgresStore({ connectionString, poolSize: 1, timeoutMs: 10_000, statementTimeoutMs: 0 });
  try {
    return await migrateToLatest(store.db);
  } finally {
    await store.close();
  }
}

/** Brings the configured database up to date (what `keyward migrate` does); returns the migrations applied. */
export async function migrateDatabase(config: StoreConfig): Promise<string[]> {
  if (config.databaseUrl) return migratePostgres(config.databaseUrl);
  const store = openSqliteStore({ file: config.sqliteFile });
  try {
    return await migrateToLatest(store.db);
  } finally {
    await store.close();
  }
}

/** Opens the configured store (PostgreSQL when DATABASE_URL is set, else the SQLite file) and migrates it. */
export async function openStore(config: StoreConfig, options: { migrate?: boolean } = {}): Promise<SqlStore> {
  const migrate = options.migrate !== false;
  if (config.databaseUrl) {
    if (migrate) await migratePostgres(config.databaseUrl);
    return openPostgresStore({ connectionString: config.databaseUrl });
  }
  const store = openSqliteStore({ file: config.sqliteFile });
  if (migrate) await migrateToLatest(store.db);
  return store;
}
