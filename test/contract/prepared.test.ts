import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preparedRead } from '../../src/store/dialects/postgres/prepared.js';
import type { SqlStore } from '../../src/store/sql-store.js';
import { DIALECTS, openTestStore } from '../support/backends.js';
import { POSTGRES_URL } from '../support/env.js';

/**
 * The PostgreSQL fast reads (src/store/prepared.ts) run a query Kysely compiled once with sentinel
 * arguments: each later call must send exactly the parameters Kysely would have compiled for its own
 * arguments, whatever order Kysely puts them in, or refuse to be built.
 */
describe.runIf(DIALECTS.includes('postgres'))('[postgres] preparedRead', () => {
  let store: SqlStore;
  let pool: pg.Pool;
  beforeAll(async () => {
    store = await openTestStore('postgres');
    pool = new pg.Pool({ connectionString: POSTGRES_URL, max: 2 });
  });
  afterAll(async () => {
    await pool?.end();
    await store?.close();
  });

  it('sends each argument where Kysely put it, also when the query uses them in another order or twice', async () => {
    const q = (a: string, b: number) =>
      sql<{ x: string; y: number; z: string }>`select ${b}::int as y, ${a}::text as x, ${a}::text || '!' as z`.compile(store.db);
    const read = preparedRead<[string, number], { x: string; y: number; z: string }>(pool, 'kw_test_order', q, ['\u0000a', -1]);
    for (const [a, b] of [
      ['one', 1],
      ['two', 2],
      ['three', 0],
    ] as const) {
      expect(await read(a, b)).toEqual([{ x: a, y: b, z: `${a}!` }]);
    }
  });

  it('keeps constants Kysely passed as parameters', async () => {
    const q = (a: string) => sql<{ x: string; k: string }>`select ${a}::text as x, ${'constant'}::text as k`.compile(store.db);
    const read = preparedRead<[string], { x: string; k: string }>(pool, 'kw_test_constant', q, ['\u0000a']);
    expect(await read('v')).toEqual([{ x: 'v', k: 'constant' }]);
  });

  it('refuses sentinels that are not distinct or never reach a parameter', () => {
    const q = (a: string, b: string) => sql`select ${a}::text as x`.compile(store.db);
    expect(() => preparedRead(pool, 'kw_test_unused', q, ['\u0000a', '\u0000b'])).toThrow(/sentinel/);
    expect(() => preparedRead(pool, 'kw_test_same', q, ['\u0000a', '\u0000a'])).toThrow(/sentinel/);
  });
});
