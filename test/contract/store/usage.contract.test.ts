import { expect, it } from 'vitest';
import { HOUR_MS, MINUTE_MS } from '../../../src/store/sql/usage.js';
import type { IdempotencyScope, UsageRow } from '../../../src/store/types.js';
import { T0, describeStore, uid } from './support.js';

const row = (workspaceId: string, keyId: string, start: number, requests: number, patch: Partial<UsageRow> = {}): UsageRow => ({
  keyId,
  workspaceId,
  spanMs: MINUTE_MS,
  start,
  requests,
  ok: requests,
  client_errors: 0,
  rate_limited: 0,
  server_errors: 0,
  refused: 0,
  ...patch,
});

describeStore('usage', ({ store, fresh }) => {
  it('series: one key’s rows of its workspace in [from, to), oldest first', async () => {
    const w = uid('wks');
    const key = uid('key');
    await store().usage.add([row(w, key, T0 + 2 * MINUTE_MS, 3), row(w, key, T0, 1), row(w, key, T0 + MINUTE_MS, 2), row(w, uid('key'), T0, 9)]);
    expect((await store().usage.series(w, key, T0, T0 + 2 * MINUTE_MS)).map((r) => [r.start - T0, r.requests])).toEqual([
      [0, 1],
      [MINUTE_MS, 2],
    ]);
    expect(await store().usage.series(uid('wks'), key, T0, T0 + HOUR_MS)).toEqual([]);
  });

  it('top: a workspace’s keys by requests or by 429s, ties by key id, only those with any', async () => {
    const w = uid('wks');
    const [a, b, c] = ['key_a', 'key_b', 'key_c'].map((k) => `${k}_${uid('x')}`);
    await store().usage.add([
      row(w, a, T0, 5, { rate_limited: 1 }),
      row(w, a, T0 + MINUTE_MS, 5),
      row(w, b, T0, 10, { rate_limited: 4 }),
      row(w, c, T0, 0),
      row(uid('wks'), uid('key'), T0, 100, { rate_limited: 100 }),
    ]);
    expect(await store().usage.top(w, T0, T0 + HOUR_MS, 'requests', 10)).toEqual([
      { keyId: a, requests: 10, rate_limited: 1 },
      { keyId: b, requests: 10, rate_limited: 4 },
    ]);
    expect((await store().usage.top(w, T0, T0 + HOUR_MS, 'rate_limited', 1)).map((t) => t.keyId)).toEqual([b]);
    expect(await store().usage.top(w, T0 + MINUTE_MS, T0 + HOUR_MS, 'requests', 10)).toEqual([{ keyId: a, requests: 5, rate_limited: 0 }]);
  });

  it('rollUp folds every minute row before the bound into its hour, once; prune deletes what is older (on a store of their own)', async () => {
    const s = await fresh();
    const w = uid('wks');
    const key = uid('key');
    const hour = T0 - (T0 % HOUR_MS);
    await s.usage.add([
      row(w, key, hour, 1, { rate_limited: 1 }),
      row(w, key, hour + 59 * MINUTE_MS, 2, { server_errors: 2 }),
      row(w, key, hour + HOUR_MS, 4),
      { ...row(w, key, hour, 10), spanMs: HOUR_MS },
    ]);
    expect(await s.usage.rollUp(hour + HOUR_MS)).toBe(2);
    expect(await s.usage.rollUp(hour + HOUR_MS)).toBe(0);
    const rows = await s.usage.series(w, key, hour, hour + 2 * HOUR_MS);
    expect(rows.map((r) => [r.spanMs, r.start - hour, r.requests, r.rate_limited, r.server_errors])).toEqual([
      [HOUR_MS, 0, 13, 1, 2],
      [MINUTE_MS, HOUR_MS, 4, 0, 0],
    ]);
    expect(await s.usage.prune(hour + HOUR_MS)).toBe(1);
    expect(await s.usage.series(w, key, 0, Number.MAX_SAFE_INTEGER)).toHaveLength(1);
  });
});

describeStore('key addresses', ({ store }) => {
  it('touch: true for a new address or one not seen since newIfBefore, once even when racing; list newest first', async () => {
    const key = uid('key');
    expect(await store().keyIps.touch(key, '192.0.2.1', T0, T0 - HOUR_MS, 10)).toBe(true);
    expect(await store().keyIps.touch(key, '192.0.2.1', T0 + 1, T0 - HOUR_MS, 10)).toBe(false);
    expect(await store().keyIps.touch(key, '192.0.2.1', T0 + 2 * HOUR_MS, T0 + HOUR_MS, 10)).toBe(true);
    expect(await store().keyIps.touch(key, '192.0.2.1', T0 + 2 * HOUR_MS + 1, T0 + HOUR_MS, 10)).toBe(false);
    const racing = await Promise.all([1, 2, 3, 4].map(() => store().keyIps.touch(key, '192.0.2.2', T0 + 5, T0 - HOUR_MS, 10)));
    expect(racing.filter(Boolean)).toHaveLength(1);
    expect(await store().keyIps.list(key)).toEqual([
      { ip: '192.0.2.1', lastSeen: T0 + 2 * HOUR_MS + 1 },
      { ip: '192.0.2.2', lastSeen: T0 + 5 },
    ]);
    expect(await store().keyIps.list(uid('key'))).toEqual([]);
  });

  it('an older sighting never moves last seen back', async () => {
    const key = uid('key');
    await store().keyIps.touch(key, '192.0.2.1', T0 + 10, T0 - HOUR_MS, 10);
    expect(await store().keyIps.touch(key, '192.0.2.1', T0, T0 - HOUR_MS, 10)).toBe(false);
    expect(await store().keyIps.list(key)).toEqual([{ ip: '192.0.2.1', lastSeen: T0 + 10 }]);
  });

  it('keeps the `keep` most recent addresses of a key, and no other key’s are dropped', async () => {
    const key = uid('key');
    const other = uid('key');
    await store().keyIps.touch(other, '198.51.100.1', T0 - 100, T0 - HOUR_MS, 2);
    for (let i = 1; i <= 5; i++) await store().keyIps.touch(key, `192.0.2.${i}`, T0 + i, T0 - HOUR_MS, 3);
    expect((await store().keyIps.list(key)).map((r) => r.ip)).toEqual(['192.0.2.5', '192.0.2.4', '192.0.2.3']);
    expect(await store().keyIps.list(other)).toEqual([{ ip: '198.51.100.1', lastSeen: T0 - 100 }]);
  });
});

describeStore('idempotency', ({ store, fresh }) => {
  const scope = (patch: Partial<IdempotencyScope> = {}): IdempotencyScope => ({
    workspaceId: uid('wks'),
    principal: `user:${uid('usr')}`,
    key: uid('idem'),
    ...patch,
  });

  it('reserve: exactly one of several racing callers; scopes differing in workspace, principal or key are distinct', async () => {
    const s = scope();
    const racing = await Promise.all([1, 2, 3, 4].map(() => store().idempotency.reserve(s, 'fp', T0)));
    expect(racing.filter(Boolean)).toHaveLength(1);
    expect(await store().idempotency.get(s)).toEqual({ fingerprint: 'fp', createdAt: T0, status: null, body: null });
    for (const other of [
      { ...s, workspaceId: uid('wks') },
      { ...s, principal: `key:${uid('key')}` },
      { ...s, key: uid('idem') },
    ]) {
      expect(await store().idempotency.get(other)).toBeUndefined();
      expect(await store().idempotency.reserve(other, 'fp2', T0)).toBe(true);
    }
  });

  it('complete and release act only on the reservation made at their createdAt', async () => {
    const s = scope();
    await store().idempotency.reserve(s, 'fp', T0);
    await store().idempotency.complete(s, T0 - 1, 500, 'stale');
    expect(await store().idempotency.get(s)).toMatchObject({ status: null, body: null });
    await store().idempotency.complete(s, T0, 201, '{"id":"x"}');
    expect(await store().idempotency.get(s)).toEqual({ fingerprint: 'fp', createdAt: T0, status: 201, body: '{"id":"x"}' });
    await store().idempotency.release(s, T0 - 1);
    expect(await store().idempotency.get(s)).toBeDefined();
    await store().idempotency.release(s, T0);
    expect(await store().idempotency.get(s)).toBeUndefined();
    expect(await store().idempotency.reserve(s, 'fp3', T0 + 1)).toBe(true);
  });

  it('prune deletes rows created before the bound (on a store of their own)', async () => {
    const st = await fresh();
    const old = scope();
    const recent = scope();
    await st.idempotency.reserve(old, 'fp', T0 - 1);
    await st.idempotency.reserve(recent, 'fp', T0);
    expect(await st.idempotency.prune(T0)).toBe(1);
    expect(await st.idempotency.get(old)).toBeUndefined();
    expect(await st.idempotency.get(recent)).toBeDefined();
  });
});
