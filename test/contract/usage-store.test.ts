import { describe, expect, it } from 'vitest';
import { MINUTE_MS } from '../../src/store/sql/usage.js';
import type { UsageRow } from '../../src/store/types.js';
import { DIALECTS, openTestStore } from '../support/backends.js';

const START = Date.UTC(2026, 5, 1, 12);

const row = (keyId: string, minute: number, requests: number): UsageRow => ({
  keyId,
  workspaceId: 'wks_usage',
  spanMs: MINUTE_MS,
  start: START + minute * MINUTE_MS,
  requests,
  ok: requests - 1,
  client_errors: 0,
  rate_limited: 1,
  server_errors: 0,
  refused: 0,
});

/**
 * `usage.add` writes a flush in multi-row statements (200 buckets each): every bucket lands once, a bucket
 * listed twice in one batch adds up (PostgreSQL refuses to update a row twice in one statement), and a
 * second batch adds to the first.
 */
for (const dialect of DIALECTS) {
  describe(`[${dialect}] usage counters in storage`, () => {
    it('a batch of 450 buckets, one of them twice, then the same again: every count adds up', async () => {
      const store = await openTestStore(dialect);
      try {
        const batch = [
          ...Array.from({ length: 300 }, (_, m) => row('key_a', m, 3)),
          ...Array.from({ length: 150 }, (_, m) => row('key_b', m, 2)),
          row('key_a', 7, 10),
        ];
        await store.usage.add(batch);
        await store.usage.add(batch);
        const a = await store.usage.series('wks_usage', 'key_a', START, START + 1000 * MINUTE_MS);
        const b = await store.usage.series('wks_usage', 'key_b', START, START + 1000 * MINUTE_MS);
        expect(a).toHaveLength(300);
        expect(b).toHaveLength(150);
        expect(a[7]).toMatchObject({ requests: 26, ok: 22, rate_limited: 4 });
        expect(a.filter((r, m) => m !== 7).every((r) => r.requests === 6 && r.ok === 4 && r.rate_limited === 2)).toBe(true);
        expect(b.every((r) => r.requests === 4)).toBe(true);
      } finally {
        await store.close();
      }
    });
  });
}
