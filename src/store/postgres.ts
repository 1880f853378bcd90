import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';
import { QueryCounter, SqlStore } from './sql-store.js';

/** int8 (bigint) columns hold epoch milliseconds, well inside Number's exact range. */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === 20 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

export interface PostgresOptions {
  connectionString: string;
  /** Schema to use (created if missing); tests give each suite its own. */
  schema?: string;
  poolSize?: number;
  /** Milliseconds to wait for a connection or a statement before failing (never hang a request). */
  timeoutMs?: number;
}

export async function openPostgresStore(options: PostgresOptions): Promise<SqlStore> {
  const { connectionString, schema, poolSize = 10, timeoutMs = 1500 } = options;
  if (schema && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name: ${schema}`);
  if (schema) {
    const c = new pg.Client({ connectionString });
    await c.connect();
    try {
      await c.query(`create schema if not exists ${schema}`);
    } finally {
      await c.end();
    }
  }
  const pool = new pg.Pool({
    connectionString,
    max: poolSize,
    types,
    connectionTimeoutMillis: timeoutMs,
    query_timeout: timeoutMs * 2,
    options: schema ? `-c search_path=${schema}` : undefined,
  });
  pool.on('error', () => {
    /* an idle client lost its connection; the pool replaces it, requests report their own errors */
  });
  const counter = new QueryCounter();
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    log: (event) => {
      if (event.level === 'query') counter.count++;
    },
  });
  return new SqlStore(db, 'postgres', counter);
}
