import { expect, it } from 'vitest';
import { LAST_USED_TUNING } from '../../src/store/dialects/postgres/index.js';
import { describeEachDialect } from '../support/app.js';
import { aKey, anOwner } from '../support/fixtures.js';

/**
 * The store half of the last-used merge: a batch only ever moves last_used_at forward, so instances may
 * flush in any order, or at the same time, and the latest use wins.
 */
describeEachDialect('recordLastUsed merges batches from several instances', ({ dialect, app }) => {
  const T = Date.UTC(2026, 5, 1, 12);

  /** A new key; `record` flushes one use of it as a batch of its own, `stored` reads the key back. */
  async function oneKey() {
    const t = await app();
    const { id } = await aKey(t, await anOwner(t));
    return {
      record: (at: number, ip: string, options?: { replaceAfter: number }) =>
        t.store.transaction((tx) => tx.keys.recordLastUsed([{ keyId: id, at, ip }], options)),
      stored: () => t.store.keys.getById(id),
    };
  }

  it('an older observation flushed after a newer one changes nothing', async () => {
    const { record, stored } = await oneKey();
    await record(T + 2000, '198.51.100.2');
    await record(T + 1000, '198.51.100.1');
    expect(await stored()).toMatchObject({ lastUsedAt: T + 2000, lastUsedIp: '198.51.100.2' });
  });

  it('a newer observation replaces both time and IP', async () => {
    const { record, stored } = await oneKey();
    await record(T + 1000, '198.51.100.1');
    await record(T + 3000, '198.51.100.3');
    expect(await stored()).toMatchObject({ lastUsedAt: T + 3000, lastUsedIp: '198.51.100.3' });
  });

  it('a stored time after replaceAfter (a clock excursion) is replaced by an older, real one; one before it is not', async () => {
    const { record, stored } = await oneKey();
    const YEAR = 365 * 86_400_000;
    await record(T + YEAR, '198.51.100.9');
    await record(T + 1000, '198.51.100.1', { replaceAfter: T + YEAR + 1 });
    expect(await stored()).toMatchObject({ lastUsedAt: T + YEAR });
    await record(T + 1000, '198.51.100.1', { replaceAfter: T + 300_000 });
    expect(await stored()).toMatchObject({ lastUsedAt: T + 1000, lastUsedIp: '198.51.100.1' });
  });

  it('batches flushed at the same time by many instances end at the latest use', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const keys = [await aKey(t, owner), await aKey(t, owner)];
    // Ten "instances", each holding a different use of both keys; the newest is in the middle.
    const order = [3, 7, 1, 9, 5, 0, 8, 2, 6, 4];
    await Promise.all(
      order.map((n) => t.store.transaction((tx) => tx.keys.recordLastUsed(keys.map((k) => ({ keyId: k.id, at: T + n * 100, ip: `198.51.100.${n}` }))))),
    );
    for (const k of keys) expect(await t.store.keys.getById(k.id)).toMatchObject({ lastUsedAt: T + 900, lastUsedIp: '198.51.100.9' });
  });

  it('a batch larger than a chunk, with a key listed twice, records every key once at its latest use', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const keys: { id: string }[] = [];
    for (let i = 0; i < 5; i++) keys.push(await aKey(t, owner));
    await t.store.transaction((tx) => tx.keys.recordLastUsed([{ keyId: keys[2].id, at: T + 5000, ip: '198.51.100.50' }]));
    const changesBefore = t.store.changes.version;
    const saved = LAST_USED_TUNING.chunk;
    LAST_USED_TUNING.chunk = 2;
    try {
      const queriesBefore = t.store.queryCount;
      await t.store.transaction((tx) =>
        tx.keys.recordLastUsed([
          ...keys.map((k, i) => ({ keyId: k.id, at: T + 1000 + i, ip: `198.51.100.${i}` })),
          { keyId: keys[0].id, at: T + 4000, ip: '198.51.100.40' },
          { keyId: keys[0].id, at: T + 3000, ip: '198.51.100.30' },
        ]),
      );
      // PostgreSQL: 3 chunks × 2 statements, not one per entry (SQLite: one prepared UPDATE per entry).
      if (dialect === 'postgres') expect(t.store.queryCount - queriesBefore).toBe(3 * 2);
    } finally {
      LAST_USED_TUNING.chunk = saved;
    }
    expect(await t.store.keys.getById(keys[0].id)).toMatchObject({ lastUsedAt: T + 4000, lastUsedIp: '198.51.100.40' });
    expect(await t.store.keys.getById(keys[1].id)).toMatchObject({ lastUsedAt: T + 1001, lastUsedIp: '198.51.100.1' });
    // Already used later: unchanged.
    expect(await t.store.keys.getById(keys[2].id)).toMatchObject({ lastUsedAt: T + 5000, lastUsedIp: '198.51.100.50' });
    expect(await t.store.keys.getById(keys[4].id)).toMatchObject({ lastUsedAt: T + 1004, lastUsedIp: '198.51.100.4' });
    // Bookkeeping only: no authentication state changed, so no cached key is dropped.
    expect(t.store.changes.version).toBe(changesBefore);
  });

  /**
   * Two instances flushing batches that list the same keys in different orders must not deadlock
   * (PostgreSQL 40P01) nor stall holding row locks that would block a revocation: recordLastUsed
   * updates in key-id order.
   */
  it('batches listing the same keys in different orders neither deadlock nor stall', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const keys: { id: string }[] = [];
    for (let i = 0; i < 6; i++) keys.push(await aKey(t, owner));
    const problems: string[] = [];
    for (let round = 0; round < 5; round++) {
      await Promise.all(
        [0, 1, 2, 3].map(async (n) => {
          const batch = (n % 2 ? [...keys].reverse() : keys).map((k) => ({ keyId: k.id, at: T + round * 10 + n, ip: '198.51.100.7' }));
          const started = performance.now();
          try {
            await t.store.transaction((tx) => tx.keys.recordLastUsed(batch));
          } catch (err) {
            problems.push(`round ${round}: ${(err as Error).message}`);
          }
          const ms = performance.now() - started;
          if (ms > 500) problems.push(`round ${round}: a flush took ${Math.round(ms)} ms`);
        }),
      );
    }
    expect(problems).toEqual([]);
  });
});
