import pg from 'pg';

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

/**
 * The pool every statement runs on, with the per-statement and per-connection time limits of `options`;
 * the schema (when one is named) exists before the pool's first connection uses it.
 */
export async function connect(options: PostgresOptions): Promise<pg.Pool> {
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
  return pool;
}
