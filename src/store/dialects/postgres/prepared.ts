import type { CompiledQuery } from 'kysely';
import type pg from 'pg';
import { type Prepare, preparedQuery } from '../../prepared.js';
import type { QueryCounter } from '../../query-counter.js';

/**
 * A named prepared statement on the pool: PostgreSQL parses and plans its text once per connection
 * instead of once per call (src/store/prepared.ts). Outside transactions only: a transaction's
 * statements stay on its own connection, through Kysely.
 */
export const preparedOnPool =
  (pool: pg.Pool): Prepare<Promise<Record<string, unknown>[]>> =>
  (text, name) =>
  async (values) =>
    (await pool.query({ name, text, values })).rows;

/** One fixed-shape read as a named statement on the pool, compiled once (src/store/prepared.ts). */
export function preparedRead<A extends readonly unknown[], R>(
  pool: pg.Pool,
  name: string,
  compile: (...args: A) => CompiledQuery,
  sentinels: A,
  counter?: QueryCounter,
): (...args: A) => Promise<R[]> {
  return preparedQuery(preparedOnPool(pool), name, compile, sentinels, counter) as (...args: A) => Promise<R[]>;
}
