/**
 * Opens the seeded SQLite store the way `openSqliteStore` (src/store/sqlite.ts) does, optionally with the
 * statement cache of `statement-cache.ts` under Kysely: the only difference between the two is the
 * database object handed to `SqliteDialect`.
 */
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { migrateToLatest } from '../../src/store/migrate.js';
import type { Database } from '../../src/store/schema.js';
import { QueryCounter, SqlStore } from '../../src/store/sql-store.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { withStatementCache } from './statement-cache.js';

export async function openBenchStore(file: string, { statementCache }: { statementCache: boolean }): Promise<SqlStore> {
  const plain = openSqliteStore({ file });
  await migrateToLatest(plain.db);
  if (!statementCache) return plain;
  await plain.close();
  const sqlite = new SQLite(file);
  for (const p of ['journal_mode = WAL', 'synchronous = NORMAL', 'busy_timeout = 5000', 'foreign_keys = ON']) sqlite.pragma(p);
  const counter = new QueryCounter();
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }), log: counter.log });
  const dataVersion = sqlite.prepare('PRAGMA data_version').pluck();
  return new SqlStore(db, 'sqlite', counter, file, () => dataVersion.get() as number);
}
