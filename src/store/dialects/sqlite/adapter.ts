import { SqliteDialect } from 'kysely';
import type { StoreDialect } from '../dialect.js';
import { otherConnectionsCommits } from './change-signal.js';
import { connect } from './connect.js';
import { appliedMigrations, migrateSqlite } from './migrate.js';
import { statementCache } from './prepared.js';
import { sqliteStatements } from './statements.js';

/**
 * SQLite, as the store runs it: one file and one connection (connect.ts) whose statements are prepared
 * once (prepared.ts), hot reads and the last-used flush outside Kysely's per-call building
 * (statements.ts), search through an FTS5 trigram table, other processes' commits seen through the
 * wal-index header (change-signal.ts), migrations one transaction each under the write lock (migrate.ts),
 * and online copies through SQLite's backup API.
 */
export function sqliteDialect(file: string): StoreDialect {
  const sqlite = connect(file);
  const cache = statementCache(sqlite);
  const signal = otherConnectionsCommits(sqlite, file);
  return {
    name: 'sqlite',
    location: file,
    kysely: new SqliteDialect({ database: cache }),
    statements: (db, counter) => sqliteStatements(db, cache, counter, signal),
    changeSignal: () => ({ otherConnections: signal.version }),
    migrate: migrateSqlite,
    appliedMigrations,
    async backupTo(dest) {
      await sqlite.backup(dest);
    },
    async close() {
      signal.close();
    },
  };
}
