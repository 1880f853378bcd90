import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';

/**
 * The embedded default: one SQLite file in WAL mode. `synchronous=NORMAL` with WAL is durable against a
 * process crash (kill -9); only a power loss can drop the last transactions. A writer waits up to 5 s for
 * another connection's write lock (then SQLITE_BUSY: storage unavailable).
 */
export function connect(file: string): SQLite.Database {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  return sqlite;
}
