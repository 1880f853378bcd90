/**
 * A better-sqlite3 database for Kysely's `SqliteDialect` that prepares each distinct SQL text once.
 *
 * Kysely's SQLite driver calls `db.prepare(sql)` for every query it runs, and for the authentication join
 * that prepare is most of the cost of a request (bench/RESULTS.md). Kysely only ever calls `reader`,
 * `all()` and `run()` (and `iterate()` for streams, which the app does not use) synchronously on the
 * statement it gets, so handing back a cached statement is safe. Texts are few (the app builds its SQL
 * from a fixed set of query shapes; `in (…)` lists and the like add some), so a bounded Map suffices.
 */
import type SQLite from 'better-sqlite3';

const MAX_STATEMENTS = 500;

export function withStatementCache(sqlite: SQLite.Database): { prepare(sql: string): SQLite.Statement; close(): void } {
  const cache = new Map<string, SQLite.Statement>();
  return {
    prepare(sql) {
      let stmt = cache.get(sql);
      if (stmt === undefined) {
        stmt = sqlite.prepare(sql);
        if (cache.size >= MAX_STATEMENTS) cache.clear();
        cache.set(sql, stmt);
      }
      return stmt;
    },
    close: () => sqlite.close(),
  };
}
