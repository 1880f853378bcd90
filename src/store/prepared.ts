import type { CompiledQuery } from 'kysely';
import type pg from 'pg';

/**
 * A query the app runs with one fixed shape, compiled by Kysely once instead of built and compiled on every
 * call (≈ 20–55 µs of a read, bench/RESULTS.md).
 *
 * `compile` builds the query from its arguments; it is called once, with `sentinels` — one distinct value
 * per argument that no real argument equals — and each parameter of the compiled query is traced back to
 * the argument it came from. A parameter that is not one of the sentinels (a constant Kysely passed as a
 * parameter) is kept as compiled. So each call binds exactly the parameters `compile(args)` would have
 * given, in the order Kysely put them, whatever that order is.
 */
export function compiledOnce<A extends readonly unknown[]>(compile: (...args: A) => CompiledQuery, sentinels: A): { sql: string; bind: (args: A) => unknown[] } {
  const compiled = compile(...sentinels);
  const slots: ({ arg: number } | { value: unknown })[] = compiled.parameters.map((p) => {
    const i = sentinels.indexOf(p);
    return i >= 0 ? { arg: i } : { value: p };
  });
  const used = new Set(slots.flatMap((s) => ('arg' in s ? [s.arg] : [])));
  if (used.size !== sentinels.length || new Set(sentinels).size !== sentinels.length) {
    throw new Error(`${compiled.sql}: every argument must be a distinct sentinel that reaches the query's parameters`);
  }
  return { sql: compiled.sql, bind: (args) => slots.map((s) => ('arg' in s ? args[s.arg] : s.value)) };
}

/**
 * On PostgreSQL, such a query also runs as a named prepared statement on the pool: PostgreSQL parses and
 * plans its text once per connection instead of once per call.
 */
export function preparedRead<A extends readonly unknown[], R>(pool: pg.Pool, name: string, compile: (...args: A) => CompiledQuery, sentinels: A): (...args: A) => Promise<R[]> {
  const { sql: text, bind } = compiledOnce(compile, sentinels);
  return async (...args: A) => (await pool.query({ name, text, values: bind(args) })).rows as R[];
}
