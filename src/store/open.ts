import type { Config } from '../config.js';
import { migrateToLatest } from './migrate.js';
import { openPostgresStore } from './postgres.js';
import type { SqlStore } from './sql-store.js';
import { openSqliteStore } from './sqlite.js';

/** Opens the configured store (PostgreSQL when DATABASE_URL is set, else the SQLite file) and migrates it. */
export async function openStore(config: Pick<Config, 'databaseUrl' | 'sqliteFile'>, options: { migrate?: boolean } = {}): Promise<SqlStore> {
  const store = config.databaseUrl
    ? await openPostgresStore({ connectionString: config.databaseUrl })
    : openSqliteStore({ file: config.sqliteFile });
  if (options.migrate !== false) await migrateToLatest(store.db);
  return store;
}
