import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './schema.js';
import { QueryCounter, SqlStore } from './sql-store.js';

/**
 * The embedded default: one SQLite file in WAL mode. `synchronous=NORMAL` with WAL is durable against a
 * process crash (kill -9); only a power loss can drop the last transactions.
 */
export function openSqliteStore(options: { file: string }): SqlStore {
  if (options.file !== ':memory:') mkdirSync(dirname(options.file), { recursive: true });
  const sqlite = new SQLite(options.file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  const counter = new QueryCounter();
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: sqlite }),
    log: counter.log,
  });
  // data_version moves when another connection (another process, e.g. the CLI) commits.
  const dataVersion = sqlite.prepare('PRAGMA data_version').pluck();
  return new SqlStore(db, 'sqlite', counter, options.file, () => dataVersion.get() as number);
}
