import type { CompiledQuery } from 'kysely';
import type { QueryCounter } from './query-counter.js';
import { asStorageError } from './storage-errors.js';

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
export function compiledOnce<A extends readonly unknown[]>(
  compile: (...args: A) => CompiledQuery,
  sentinels: A,
): { sql: string; bind: (args: A) => unknown[] } {
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
 * How a dialect prepares a statement's text once and runs it with bound values: SQLite a better-sqlite3
 * statement (synchronous), PostgreSQL a named statement on the pool (parsed and planned once per connection).
 */
export type Prepare<T> = (sql: string, name: string) => (values: unknown[]) => T;

/**
 * The one prepare-once mechanism of both dialects: `compile`'s query compiled once (`compiledOnce`, at
 * once, so a wrong sentinel fails at startup), prepared by the dialect on first use (after migrations
 * created the tables it reads), counted as one statement per call. A driver error surfaces as the store's
 * own (storage-errors.ts), as it does for Kysely's statements.
 */
export function preparedQuery<A extends readonly unknown[], T>(
  prepare: Prepare<T>,
  name: string,
  compile: (...args: A) => CompiledQuery,
  sentinels: A,
  counter?: QueryCounter,
): (...args: A) => T {
  const { sql, bind } = compiledOnce(compile, sentinels);
  let run: ((values: unknown[]) => T) | undefined;
  return (...args: A) => {
    counter?.ran(sql);
    try {
      const out = (run ??= prepare(sql, name))(bind(args));
      return out instanceof Promise ? (out.catch(rethrowAsStorageError) as T) : out;
    } catch (err) {
      return rethrowAsStorageError(err);
    }
  };
}

function rethrowAsStorageError(err: unknown): never {
  throw asStorageError(err);
}
