import { CompiledQuery, type DatabaseConnection, type Driver, SqliteDialect, type SqliteDialectConfig, SqliteDriver } from 'kysely';
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
    kysely: new ImmediateTransactions({ database: cache }),
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

/**
 * Kysely's SQLite dialect, but a transaction takes the write lock when it begins (`BEGIN IMMEDIATE`), not
 * at its first write. A deferred transaction that has read and then writes after another process's commit
 * fails at once with SQLITE_BUSY: its snapshot is stale, so no waiting can help, and two `keyward serve`
 * on one file answered such writes 503. An immediate one waits for the lock (busy_timeout) like any
 * writer, and then reads what is committed (test/scale/sqlite-two-processes.test.ts). The store's
 * transactions are its writes; a read needs none.
 */
class ImmediateTransactions extends SqliteDialect {
  constructor(private readonly settings: SqliteDialectConfig) {
    super(settings);
  }
  override createDriver(): Driver {
    return new ImmediateTransactionDriver(this.settings);
  }
}

class ImmediateTransactionDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}
