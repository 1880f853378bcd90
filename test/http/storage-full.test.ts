import { sql } from 'kysely';
import { ManualClock } from '../../src/clock.js';
import { describe, expect, it } from 'vitest';
import { StorageFullError, StorageWrites, asStorageError } from '../../src/store/storage-errors.js';
import { type TestApp, appsClosedAfterEach } from '../support/app.js';
import { DIALECTS } from '../support/backends.js';
import { aKey, anOwner } from '../support/fixtures.js';

/**
 * A full disk, simulated on SQLite with `PRAGMA max_page_count` on the store's connection: writes
 * answer 503 storage_full with Retry-After, reads and key authentication go on, /readyz says not ready,
 * one log line when it starts and one when it ends, and writes succeed again once there is room — no restart.
 */
describe.runIf(DIALECTS.includes('sqlite'))('[sqlite] storage full', () => {
  const app = appsClosedAfterEach();
  const pragma = async (t: TestApp, text: string) => (await sql.raw<Record<string, number>>(`pragma ${text}`).execute(t.store.db)).rows[0];
  const lines = (t: TestApp, pattern: RegExp) => t.logs.filter((l) => pattern.test(l));

  it('503 storage_full, reads and keys still work, /readyz 503; space freed → writes succeed', async () => {
    const t = await app({ dialect: 'sqlite', config: { rateLimitPerSecond: 1_000_000, rateLimitPerMinute: 1_000_000 } });
    const owner = await anOwner(t);
    const { key } = await aKey(t, owner);
    const caller = { key };
    const create = (i: number) => t.request({ method: 'POST', url: '/api/contacts', as: caller, body: { name: `Contact ${i}`, notes: 'x'.repeat(9_000) } });
    expect((await create(0)).statusCode).toBe(201);

    const { page_count: pages } = await pragma(t, 'page_count');
    await pragma(t, `max_page_count = ${pages}`);
    let refused;
    for (let i = 1; i < 100 && !refused; i++) {
      const res = await create(i);
      if (res.statusCode !== 201) refused = res;
    }
    expect(refused?.statusCode).toBe(503);
    expect(refused?.headers['content-type']).toContain('application/problem+json');
    expect(refused?.headers['retry-after']).toBe('30');
    expect(refused?.json()).toMatchObject({ code: 'storage_full', status: 503 });
    for (let i = 0; i < 5; i++) expect((await create(1000 + i)).json().code).toBe('storage_full');

    // Fill what room is left in the pages with small rows too, so that any insert needs a new page.
    for (let i = 0, ok = true; i < 2000 && ok; i++) {
      ok = (await t.request({ method: 'POST', url: '/api/contacts', as: caller, body: { name: `c${i}` } })).statusCode === 201;
    }
    // Reads and key authentication go on; flushes say nothing per try (their batch waits in memory).
    const list = await t.request({ url: '/api/contacts', as: caller });
    expect(list.statusCode).toBe(200);
    await t.kw.deps.lastUsed.flush();
    // A transaction SQLite ended itself on SQLITE_FULL fails with that cause, not "cannot rollback".
    const big = t.store.db
      .transaction()
      .execute((trx) =>
        sql`insert into audit_events (id, workspace_id, at, action, actor_type, details) values ('x', 'w', 0, 'a', 'b', zeroblob(1000000))`.execute(trx),
      );
    await expect(big).rejects.toBeInstanceOf(StorageFullError);
    const ready = await t.request({ url: '/readyz' });
    expect(ready.statusCode).toBe(503);
    expect(ready.json()).toMatchObject({ status: 'unavailable', storage: { dialect: 'sqlite', status: 'full' } });

    // One line for the change of state, with the cause; none per request or per flush.
    expect(lines(t, /storage is full/)).toHaveLength(1);
    expect(lines(t, /storage is full/)[0]).toMatch(/database or disk is full/);
    expect(lines(t, /internal_error|unhandled error|cannot rollback|last-used flush failed/)).toEqual([]);

    // Space freed: the next write succeeds, readiness returns, and the batch that waited is written.
    await pragma(t, 'max_page_count = 1073741823');
    t.clock.advance(5_000);
    expect((await create(2000)).statusCode).toBe(201);
    expect((await t.request({ url: '/readyz' })).statusCode).toBe(200);
    expect(lines(t, /storage has room again/)).toHaveLength(1);
    await t.kw.deps.lastUsed.flush();
    expect(t.kw.deps.lastUsed.size).toBe(0);
    const me = await t.request({ url: '/api/me', as: caller });
    expect(me.json().key.last_used_at).not.toBeNull();
  });
});

describe('StorageWrites', () => {
  it('recognises SQLite and PostgreSQL disk-full errors, and only those; one change each way, settled for 5 s', () => {
    const state = new StorageWrites();
    const clock = new ManualClock();
    state.useClock(clock);
    const changes: boolean[] = [];
    state.onChange((s) => changes.push(s.full));
    const sqliteFull = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    const pgFull = Object.assign(new Error('could not extend file: No space left on device'), { code: '53100' });
    const other = Object.assign(new Error('UNIQUE constraint failed'), { code: 'SQLITE_CONSTRAINT_UNIQUE' });
    expect(asStorageError(pgFull)).toBeInstanceOf(StorageFullError);
    expect(asStorageError(other)).toBe(other);
    expect(state.failed(sqliteFull)).toBeInstanceOf(StorageFullError);
    expect(state.failed(pgFull)).toBeInstanceOf(StorageFullError);
    expect(state.failed(other)).toBe(other);
    state.succeeded(); // an update that still fitted, right after a refusal: still full
    expect(state.full).toBe(true);
    expect(state.refusedWithin(30_000)).toBe(true);
    clock.advance(5_000);
    state.succeeded();
    state.succeeded();
    expect(changes).toEqual([true, false]);
    expect(state.refusedWithin(30_000)).toBe(false);
  });
});
