import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';
import { ChangeFeed, trackChanges } from './change-feed.js';
import { preparedRead } from './prepared.js';
import { QueryCounter, SqlStore } from './sql-store.js';
import { StorageWrites, classifyStorageErrors } from './storage-errors.js';
import { contactByIdQuery, newestContactsQuery, readNewestWith } from './sql/contacts.js';
import { type ContactRow, toContact } from './sql/rows.js';
import type { Repos } from './types.js';

/** int8 (bigint) columns hold epoch milliseconds, well inside Number's exact range. */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === 20 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

export interface PostgresOptions {
  connectionString: string;
  /**
   * Schema to use (created if missing); tests give each suite its own. Without it, a schema named by the
   * URL's libpq options (`?options=-c%20search_path%3Dkeyward`) is created if missing and used.
   */
  schema?: string;
  poolSize?: number;
  /** Milliseconds to wait for a pooled or a new connection before failing (default 1500). */
  timeoutMs?: number;
  /**
   * Milliseconds a statement may run (default 1000). PostgreSQL cancels a slower one itself, leaving the
   * connection usable; the client gives up {@link CLIENT_GRACE_MS} later, which only happens when the server
   * or the network does not answer at all. Together with `timeoutMs` this bounds how long a request can wait
   * on a database that is down or unreachable (the request gets a 503, never a hang). 0 = no limit, for migrations.
   */
  statementTimeoutMs?: number;
}

/** How much longer than the server's statement_timeout the client waits for an answer. */
export const CLIENT_GRACE_MS = 500;

const SCHEMA_NAME = /^[a-z_][a-z0-9_]*$/;

/**
 * The first schema of a `search_path` set through the URL's `options` parameter, when it is a plain
 * lower-case name (anything else, such as `$user`, is left to PostgreSQL as written).
 */
export function searchPathSchema(connectionString: string): string | undefined {
  let options: string | null;
  try {
    options = new URL(connectionString).searchParams.get('options');
  } catch {
    return undefined;
  }
  const m = options && /(?:^|\s)(?:-c\s*|--)search_path=("?)([^\s,"]+)\1/.exec(options);
  return m && SCHEMA_NAME.test(m[2]) ? m[2] : undefined;
}

/**
 * Creates `schema` unless it exists. Checked first so that a role without CREATE on the database can use
 * a schema an administrator made; a creation racing another instance's (PostgreSQL's `if not exists` is
 * not atomic) is fine as long as the schema exists afterwards.
 */
async function ensureSchema(connectionString: string, schema: string, timeoutMs: number): Promise<void> {
  const c = new pg.Client({ connectionString, connectionTimeoutMillis: timeoutMs });
  c.on('error', () => {}); // a lost connection fails the query in flight; unheard, it would end the process
  await c.connect();
  try {
    const exists = async () => (await c.query('select 1 from pg_namespace where nspname = $1', [schema])).rowCount === 1;
    if (await exists()) return;
    try {
      await c.query(`create schema if not exists ${schema}`);
    } catch (err) {
      if (!(await exists())) throw err;
    }
  } finally {
    await c.end();
  }
}

export async function openPostgresStore(options: PostgresOptions): Promise<SqlStore> {
  const { connectionString, poolSize = 10, timeoutMs = 1500, statementTimeoutMs = 1000 } = options;
  const schema = options.schema ?? searchPathSchema(connectionString);
  if (schema && !SCHEMA_NAME.test(schema)) throw new Error(`invalid schema name: ${schema}`);
  if (schema) await ensureSchema(connectionString, schema, timeoutMs);
  const pool = new pg.Pool({
    connectionString,
    max: poolSize,
    types,
    connectionTimeoutMillis: timeoutMs,
    ...(statementTimeoutMs > 0 ? { statement_timeout: statementTimeoutMs, query_timeout: statementTimeoutMs + CLIENT_GRACE_MS } : {}),
    options: options.schema ? `-c search_path=${options.schema}` : undefined,
  });
  pool.on('error', () => {
    /* an idle client lost its connection; the pool replaces it, requests report their own errors */
  });
  // A client checked out but between queries (inside a transaction, or between Kysely's connect and its
  // query) emits 'error' when the server ends its connection — `pg_ctl stop`, a failover,
  // pg_terminate_backend. Unheard, that event would end the process; heard, the client's next query
  // fails with its own error and the pool discards it on release.
  pool.on('connect', (client) => {
    client.on('error', () => {});
  });
  const counter = new QueryCounter();
  const feed = new ChangeFeed();
  const writes = new StorageWrites();
  const db = new Kysely<Database>({
    dialect: trackChanges(classifyStorageErrors(new PostgresDialect({ pool }), writes), feed),
    log: counter.log,
  });
  return new SqlStore(db, 'postgres', counter, { feed, writes, readAuthVersion: authVersionReader(db), tune: fastPaths(pool, db, counter) });
}

/**
 * The contact reads of the article's own requests (`GET /api/contacts`, `GET /api/contacts/{id}`) skip
 * Kysely's per-call query building and PostgreSQL's per-call parse: statements compiled once, prepared once
 * per connection (src/store/prepared.ts). Outside transactions only: a transaction's reads stay on its
 * own connection, through Kysely. Search keeps its general query.
 */
function fastPaths(pool: pg.Pool, db: Kysely<Database>, counter: QueryCounter) {
  const W = '\u0000workspace';
  const I = '\u0000id';
  const byId = preparedRead<[string, string], ContactRow>(pool, 'kw_contact_by_id', (w, id) => contactByIdQuery(db, w, id).compile(), [W, I]);
  const newest = preparedRead<[string, number], ContactRow>(pool, 'kw_contacts_newest', (w, n) => newestContactsQuery(db, w, n).compile(), [W, -1]);
  const newestAfter = preparedRead<[string, number, number, string], ContactRow>(
    pool,
    'kw_contacts_newest_after',
    (w, n, at, id) => newestContactsQuery(db, w, n, { at, id }).compile(),
    [W, -1, -2, I],
  );
  return (r: Repos, scope: 'store' | 'transaction'): void => {
    if (scope === 'transaction') return;
    r.contacts.get = async (workspaceId, id) => {
      counter.count++;
      const row = (await byId(workspaceId, id))[0];
      return row && toContact(row);
    };
    readNewestWith(r.contacts, (workspaceId, n, after) => {
      counter.count++;
      return after ? newestAfter(workspaceId, n, after.at, after.id) : newest(workspaceId, n);
    });
  };
}

/**
 * One primary-key read of `auth_version`, compiled once (it runs up to once per event-loop turn under load).
 * A missing row is an error: the caller then trusts nothing it cached.
 */
function authVersionReader(db: Kysely<Database>): () => Promise<number> {
  const query = db.selectFrom('auth_version').select('version').where('id', '=', 1).compile();
  return async () => {
    const row = (await db.executeQuery(query)).rows[0];
    if (row === undefined) throw new Error('auth_version has no row (migration 006)');
    return Number(row.version);
  };
}
