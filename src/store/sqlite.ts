import { closeSync, mkdirSync, openSync, readSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './schema.js';
import { ChangeFeed, trackChanges } from './change-feed.js';
import { QueryCounter, SqlStore } from './sql-store.js';
import { StorageWrites, classifyStorageErrors } from './storage-errors.js';
import { compiledOnce } from './prepared.js';
import { contactByIdQuery, newestContactsQuery, readNewestWith } from './sql/contacts.js';
import { NEVER, findByHashQuery, inKeyIdOrder, lastUsedQuery, toAuthRecord } from './sql/keys.js';
import { type ContactRow, toContact } from './sql/rows.js';
import type { Repos } from './types.js';

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
  const cache = new Map<string, SQLite.Statement | RawReader>();
  return {
    prepare(sql: string): SQLite.Statement | RawReader {
      let stmt = cache.get(sql);
      if (stmt === undefined) {
        const prepared = sqlite.prepare(sql);
        stmt = prepared.reader ? rawReader(prepared) : prepared;
        if (cache.size >= 500) cache.clear();
        cache.set(sql, stmt);
      }
      return stmt;
    },
    close: () => sqlite.close(),
  };
}

/** What Kysely's SQLite driver calls on a statement that returns rows. */
interface RawReader {
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

export function openSqliteStore(options: { file: string }): SqlStore {
  if (options.file !== ':memory:') mkdirSync(dirname(options.file), { recursive: true });
  const sqlite = new SQLite(options.file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  const counter = new QueryCounter();
  const feed = new ChangeFeed();
  const writes = new StorageWrites();
  const db = new Kysely<Database>({
    dialect: trackChanges(classifyStorageErrors(new SqliteDialect({ database: withStatementCache(sqlite) }), writes), feed),
    log: counter.log,
  });
  const changes = otherConnectionsCommits(sqlite, options.file);
  const store = new SqlStore(db, 'sqlite', counter, {
    feed,
    location: options.file,
    externalChangeVersion: changes.version,
    writes,
    tune: fastPaths(sqlite, db, counter),
    backupTo: async (dest) => {
      await sqlite.backup(dest);
    },
  });
  const close = store.close.bind(store);
  store.close = async () => {
    changes.close();
    await close();
  };
  return store;
}

/**
 * The hot paths skip Kysely's per-call query building: the same SQL, compiled by Kysely once and prepared
 * once. The authentication lookup and GET /api/contacts/{id} (≈ 8 µs of a 10 µs read) run on the same
 * connection outside Kysely's queue, so they may see a change whose transaction is still open (a revoke
 * in progress refuses a moment early); a key's plaintext is only sent after its commit. A contact page
 * (no search) is likewise compiled once and read through `rawReader`. The last-used
 * flush runs inside the transaction Kysely opened for it (so holding the connection): one prepared UPDATE
 * per key, 5,000 keys in ≈ 3 ms instead of ≈ 17 ms of blocked event loop.
 */
function fastPaths(sqlite: SQLite.Database, db: Kysely<Database>, counter: QueryCounter) {
  const lookup = preparedOnFirstUse(sqlite, () => findByHashQuery(db, '').compile());
  const contactById = preparedOnFirstUse(sqlite, () => contactByIdQuery(db, '', '').compile());
  const touch = preparedOnFirstUse(sqlite, () => lastUsedQuery(db, '', 0, '', 0).compile());
  const newest = readerOnFirstUse(sqlite, () => compiledOnce((w: string, n: number) => newestContactsQuery(db, w, n).compile(), ['\u0000w', -1]));
  const newestAfter = readerOnFirstUse(sqlite, () =>
    compiledOnce((w: string, n: number, at: number, id: string) => newestContactsQuery(db, w, n, { at, id }).compile(), ['\u0000w', -1, -2, '\u0000i']),
  );
  return (r: Repos, scope: 'store' | 'transaction'): void => {
    readNewestWith(r.contacts, (workspaceId, n, after) => {
      counter.count++;
      return (after ? newestAfter([workspaceId, n, after.at, after.id]) : newest([workspaceId, n])) as ContactRow[];
    });
    r.keys.findByHash = async (keyHash) => {
      counter.count++;
      const row = lookup().get(keyHash) as Parameters<typeof toAuthRecord>[0] | undefined;
      return row && toAuthRecord(row);
    };
    r.contacts.get = async (workspaceId, id) => {
      counter.count++;
      const row = contactById().get(workspaceId, id) as Parameters<typeof toContact>[0] | undefined;
      return row && toContact(row);
    };
    if (scope === 'transaction') {
      r.keys.recordLastUsed = async (batch, { replaceAfter = NEVER } = {}) => {
        const stmt = touch();
        for (const { keyId, at, ip } of inKeyIdOrder(batch)) {
          counter.count++;
          counter.writes++;
          stmt.run(at, ip, keyId, at, replaceAfter);
        }
      };
    }
  };
}

/** A query compiled once (src/store/prepared.ts), prepared on first use and read as rows of fixed shape. */
function readerOnFirstUse<A extends readonly unknown[]>(sqlite: SQLite.Database, compile: () => { sql: string; bind: (args: A) => unknown[] }) {
  let read: ((args: A) => Record<string, unknown>[]) | undefined;
  return (args: A) => {
    if (read === undefined) {
      const { sql, bind } = compile();
      const reader = rawReader(sqlite.prepare(sql));
      read = (a) => reader.all(bind(a));
    }
    return read(args);
  };
}

/** Prepared on first use, i.e. after migrations have created the tables it reads. */
function preparedOnFirstUse(sqlite: SQLite.Database, compile: () => { sql: string }): () => SQLite.Statement {
  let stmt: SQLite.Statement | undefined;
  return () => (stmt ??= sqlite.prepare(compile().sql));
}

/** Bytes 0–95 of the -shm file: the wal-index header, twice (https://www.sqlite.org/walformat.html). */
const WAL_INDEX_HEADER_BYTES = 96;

export interface ChangeSignal {
  /** A number that moves whenever another connection (another process, e.g. the CLI) has committed. */
  version: () => number;
  /** How many times `PRAGMA data_version` was actually asked (tests check the fast path is taken). */
  readonly queries: number;
  close: () => void;
}

/**
 * `PRAGMA data_version` says exactly whether another connection has committed, but every call starts a
 * read transaction, with its file locks: 5–13 µs under load, a third of an authenticated request's cost
 * (bench/RESULTS.md). In WAL mode every commit, by any connection, rewrites the wal-index header at the
 * start of the -shm file, so one 96-byte read of it says whether anything committed at all; only when it
 * changed is data_version asked (it ignores this connection's own commits, so last-used flushes do not
 * count). The header is read before data_version, so a commit landing in between is caught by the next
 * call, never lost. Where there is no -shm file to read, every call asks data_version.
 */
export function otherConnectionsCommits(sqlite: SQLite.Database, file: string): ChangeSignal {
  const dataVersion = sqlite.prepare('PRAGMA data_version').pluck();
  let queries = 0;
  const ask = (): number => {
    queries++;
    return dataVersion.get() as number;
  };
  let fd: number | undefined;
  try {
    if (file !== ':memory:' && sqlite.pragma('journal_mode', { simple: true }) === 'wal') fd = openSync(`${file}-shm`, 'r');
  } catch {
    fd = undefined;
  }
  const seen = Buffer.alloc(WAL_INDEX_HEADER_BYTES);
  const now = Buffer.alloc(WAL_INDEX_HEADER_BYTES);
  const readHeader = (into: Buffer): boolean => fd !== undefined && readSync(fd, into, 0, WAL_INDEX_HEADER_BYTES, 0) === WAL_INDEX_HEADER_BYTES;
  let headerValid = readHeader(seen);
  let version = ask();
  return {
    version() {
      if (fd === undefined) return ask();
      if (!readHeader(now)) {
        headerValid = false;
        return (version = ask());
      }
      if (headerValid && now.equals(seen)) return version;
      now.copy(seen);
      headerValid = true;
      return (version = ask());
    },
    get queries() {
      return queries;
    },
    close() {
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
    },
  };
}
