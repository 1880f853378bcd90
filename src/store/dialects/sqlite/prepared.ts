import type SQLite from 'better-sqlite3';
import type { Prepare } from '../../prepared.js';

/** What Kysely's SQLite driver calls on a statement that returns rows. */
export interface RawReader {
  readonly reader: true;
  all(params: readonly unknown[]): Record<string, unknown>[];
  iterate(params: readonly unknown[]): IterableIterator<Record<string, unknown>>;
  run(): never;
}

/**
 * better-sqlite3 builds each result row as an object one property at a time in C++ (≈ 40 % of a 25-row
 * page's cost, bench/RESULTS.md). Rows are fetched as arrays instead and turned into objects by a
 * function generated once per statement from its column names: an object literal of fixed shape, faster
 * to build and to read afterwards. Same rows, same property names and values.
 */
export function rawReader(stmt: SQLite.Statement): RawReader {
  const columns = stmt.columns().map((c) => c.name);
  const body = `return {${columns.map((c, i) => `${JSON.stringify(c)}: r[${i}]`).join(', ')}};`;
  const toObject = new Function('r', body) as (r: unknown[]) => Record<string, unknown>;
  const raw = stmt.raw(true);
  return {
    reader: true,
    all: (params) => {
      const rows = raw.all(...params) as unknown[][];
      const out = new Array<Record<string, unknown>>(rows.length);
      for (let i = 0; i < rows.length; i++) out[i] = toObject(rows[i]);
      return out;
    },
    *iterate(params) {
      for (const r of raw.iterate(...params) as IterableIterator<unknown[]>) yield toObject(r);
    },
    run: () => {
      throw new Error('a statement that returns rows is read with all() or iterate()');
    },
  };
}

export interface StatementCache {
  prepare(sql: string): SQLite.Statement | RawReader;
  /** Whether a transaction is open on the connection (what is read may not be committed). */
  inTransaction(): boolean;
  close(): void;
}

/**
 * Kysely's SQLite driver prepares every query afresh; for the authentication lookup that prepare is most
 * of the cost. The app builds its SQL from a fixed set of shapes, so each text is prepared once and the
 * statement reused (Kysely runs one query at a time on this connection and never streams here). The
 * statements the store runs outside Kysely (`preparedReads`, `preparedWrites`) are prepared here too.
 */
export function statementCache(sqlite: SQLite.Database): StatementCache {
  const cache = new Map<string, SQLite.Statement | RawReader>();
  return {
    prepare(sql) {
      let stmt = cache.get(sql);
      if (stmt === undefined) {
        const prepared = sqlite.prepare(sql);
        stmt = prepared.reader ? rawReader(prepared) : prepared;
        if (cache.size >= 500) cache.clear();
        cache.set(sql, stmt);
      }
      return stmt;
    },
    inTransaction: () => sqlite.inTransaction,
    close: () => sqlite.close(),
  };
}

/** A statement that returns rows, run synchronously on the connection (src/store/prepared.ts). */
export const preparedReads =
  (cache: StatementCache): Prepare<Record<string, unknown>[]> =>
  (sql) => {
    const stmt = cache.prepare(sql);
    if (!stmt.reader) throw new Error(`${sql}: returns no rows`);
    const reader = stmt as RawReader;
    return (values) => reader.all(values);
  };

/** A statement that writes, run synchronously on the connection (src/store/prepared.ts). */
export const preparedWrites =
  (cache: StatementCache): Prepare<void> =>
  (sql) => {
    const stmt = cache.prepare(sql);
    if (stmt.reader) throw new Error(`${sql}: returns rows`);
    return (values) => {
      stmt.run(values);
    };
  };
