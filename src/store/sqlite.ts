import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './schema.js';
import { QueryCounter, SqlStore } from './sql-store.js';
import { findByHashQuery, toAuthRecord } from './sql/keys.js';
import type { KeyRepo } from './types.js';

/**
 * The embedded default: one SQLite file in WAL mode. `synchronous=NORMAL` with WAL is durable against a
 * process crash (kill -9); only a power loss can drop the last transactions.
 */
/**
 * Kysely's SQLite driver prepares every query afresh; for the authentication lookup that prepare is most
 * of the cost. The app builds its SQL from a fixed set of shapes, so each text is prepared once and the
 * statement reused (Kysely runs one query at a time on this connection and never streams here).
 */
function withStatementCache(sqlite: SQLite.Database) {
  const cache = new Map<string, SQLite.Statement>();
  return {
    prepare(sql: string): SQLite.Statement {
      let stmt = cache.get(sql);
      if (stmt === undefined) {
        stmt = sqlite.prepare(sql);
        if (cache.size >= 500) cache.clear();
        cache.set(sql, stmt);
      }
      return stmt;
    },
    close: () => sqlite.close(),
  };
}

export function openSqliteStore(options: { file: string }): SqlStore {
  if (options.file !== ':memory:') mkdirSync(dirname(options.file), { recursive: true });
  const sqlite = new SQLite(options.file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  const counter = new QueryCounter();
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
    log: counter.log,
  });
  // data_version moves when another connection (another process, e.g. the CLI) commits.
  const dataVersion = sqlite.prepare('PRAGMA data_version').pluck();
  const store = new SqlStore(db, 'sqlite', counter, options.file, () => dataVersion.get() as number);
  // The authentication lookup skips Kysely's per-call query building: the same SQL, compiled once. It runs
  // on the same connection outside Kysely's queue, so it may see a change whose transaction is still
  // open (a revoke in progress refuses a moment early); a key's plaintext is only sent after its commit.
  let lookup: SQLite.Statement | undefined;
  const keys: KeyRepo = store.keys;
  keys.findByHash = async (keyHash) => {
    counter.count++;
    lookup ??= sqlite.prepare(findByHashQuery(db, '').compile().sql); // prepared on first use: after migrations
    const row = lookup.get(keyHash) as Parameters<typeof toAuthRecord>[0] | undefined;
    return row && toAuthRecord(row);
  };
  return store;
}
