import { expect, it } from 'vitest';
import { type TestApp, describeEachDialect } from '../support/app.js';
import { aKey, aUser, anOwner, login } from '../support/fixtures.js';

const MIN = 60_000;
const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();
const sum = (buckets: any[], field: string) => buckets.reduce((n, b) => n + b[field], 0);

/** Sends `n` requests with a key and returns how many got each status. */
async function send(t: TestApp, key: string, n: number, url = '/api/me', ip = '127.0.0.1'): Promise<Record<number, number>> {
  const seen: Record<number, number> = {};
  for (let i = 0; i < n; i++) {
    const res = await t.request({ url, headers: { 'x-api-key': key }, ip });
    seen[res.statusCode] = (seen[res.statusCode] ?? 0) + 1;
  }
  return seen;
}

describeEachDialect('per-key usage', ({ app }) => {
  it('counts 200s, 403s and 429s separately, exactly, within one flush, and writes one row per key and minute', async () => {
    const t = await app({ config: { rateLimitPerSecond: 10, rateLimitPerMinute: 1000 } });
    const owner = await anOwner(t);
    const k = await aKey(t, owner);
    const start = t.clock.now();
    // 10 accepted and 5 refused by the 1 s limit, then 4 insufficient_permission, then a 404.
    expect(await send(t, k.key, 15)).toEqual({ 200: 10, 429: 5 });
    t.clock.advance(MIN);
    expect(await send(t, k.key, 4, '/api/keys')).toEqual({ 403: 4 });
    expect(await send(t, k.key, 1, '/api/contacts/ct_nope')).toEqual({ 404: 1 });
    const writes = t.store.writeCount;
    await t.kw.deps.lastUsed.flush();
    // Two bucket upserts and the last-used update, plus the key's first-address record (insert, trim,
    // audit) once: not one write per request.
    expect(t.store.writeCount - writes).toBeLessThanOrEqual(7);
    const res = await t.request({ url: `/api/keys/${k.id}/usage?from=${iso(start)}&to=${iso(start + 2 * MIN)}&granularity=minute`, as: owner });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.granularity).toBe('minute');
    expect(body.buckets).toEqual([
      { start: iso(start), requests: 15, ok: 10, client_errors: 0, rate_limited: 5, refused: 0 },
      { start: iso(start + MIN), requests: 5, ok: 0, client_errors: 5, rate_limited: 0, refused: 0 },
    ]);
  });

  it('counts uses of a revoked key as refused, not as requests', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const k = await aKey(t, owner);
    const start = t.clock.now();
    expect((await t.request({ method: 'POST', url: `/api/keys/${k.id}/revoke`, as: owner })).statusCode).toBe(200);
    expect(await send(t, k.key, 3)).toEqual({ 401: 3 });
    await t.kw.deps.lastUsed.flush();
    const body = (await t.request({ url: `/api/keys/${k.id}/usage?from=${iso(start)}&to=${iso(start + MIN)}`, as: owner })).json();
    expect(body.buckets).toEqual([{ start: iso(start), requests: 0, ok: 0, client_errors: 0, rate_limited: 0, refused: 3 }]);
  });

  it('adds counts flushed at different times into the same bucket', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const k = await aKey(t, owner);
    const start = t.clock.now();
    for (let i = 0; i < 3; i++) {
      await send(t, k.key, 4);
      t.clock.advance(1000);
      await t.kw.deps.lastUsed.flush();
    }
    const body = (await t.request({ url: `/api/keys/${k.id}/usage?from=${iso(start)}&to=${iso(start + MIN)}`, as: owner })).json();
    expect(body.buckets[0]).toMatchObject({ requests: 12, ok: 12 });
  });

  it('rolls minutes up to hours after 48 h (hour rows equal the minute sums) and drops usage after 90 days', async () => {
    const t = await app({ config: { rateLimitPerSecond: 1000, rateLimitPerMinute: 100_000 } });
    const owner = await anOwner(t);
    const k = await aKey(t, owner);
    const start = t.clock.now() - (t.clock.now() % HOUR);
    t.clock.set(start);
    // Traffic over 3 hours: a different number of requests in several minutes of each.
    for (let m = 0; m < 180; m += 17) {
      t.clock.set(start + m * MIN + 5000);
      await send(t, k.key, 1 + (m % 5));
      await send(t, k.key, 1, '/api/keys');
    }
    await t.kw.deps.lastUsed.flush();
    const url = (g: string) => `/api/keys/${k.id}/usage?from=${iso(start)}&to=${iso(start + 3 * HOUR)}&granularity=${g}`;
    const minutes = (await t.request({ url: url('minute'), as: owner })).json().buckets;
    const hoursBefore = (await t.request({ url: url('hour'), as: owner })).json().buckets;
    expect(hoursBefore).toHaveLength(3);
    for (let h = 0; h < 3; h++) {
      const inHour = minutes.slice(h * 60, h * 60 + 60);
      for (const f of ['requests', 'ok', 'client_errors', 'rate_limited']) expect(hoursBefore[h][f]).toBe(sum(inHour, f));
    }
    t.clock.set(start + 3 * HOUR + 48 * HOUR + 10 * MIN);
    const { rolledUp } = await t.kw.deps.usage.maintain();
    expect(rolledUp).toBeGreaterThan(3);
    const again = await login(t, owner.user.email);
    const rows = await t.store.usage.series(owner.workspace.id, k.id, 0, Number.MAX_SAFE_INTEGER);
    expect(rows.map((r) => r.spanMs)).toEqual([HOUR, HOUR, HOUR]);
    expect((await t.request({ url: url('hour'), as: again })).json().buckets).toEqual(hoursBefore);
    // Idempotent: a second run (or another instance) finds nothing more to fold.
    expect((await t.kw.deps.usage.maintain()).rolledUp).toBe(0);
    expect((await t.request({ url: url('hour'), as: again })).json().buckets).toEqual(hoursBefore);
    t.clock.set(start + 91 * 24 * HOUR);
    expect((await t.kw.deps.usage.maintain()).pruned).toBe(3);
    expect(await t.store.usage.series(owner.workspace.id, k.id, 0, Number.MAX_SAFE_INTEGER)).toEqual([]);
  });

  it('day granularity sums a day; defaults to the last hour by the minute', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const k = await aKey(t, owner);
    await send(t, k.key, 3);
    t.clock.advance(2 * HOUR);
    await send(t, k.key, 2);
    await t.kw.deps.lastUsed.flush();
    const day = (await t.request({ url: `/api/keys/${k.id}/usage?granularity=day&from=${iso(t.clock.now() - 86_400_000)}`, as: owner })).json();
    expect(sum(day.buckets, 'requests')).toBe(5);
    const last = (await t.request({ url: `/api/keys/${k.id}/usage`, as: owner })).json();
    expect(last.granularity).toBe('minute');
    expect(last.buckets).toHaveLength(60);
    expect(sum(last.buckets, 'requests')).toBe(2);
  });

  it('refuses dates that are not strict RFC 3339 (a leap second, an impossible day), reversed ranges and too many buckets', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const k = await aKey(t, owner);
    for (const q of [
      'from=2026-06-30T23:59:60Z',
      'to=2026-02-30T00:00:00Z',
      'from=2026-06-01',
      'from=2026-06-01T12:00:00',
      'from=yesterday',
      'from=2026-06-01T12:00:00Z&to=2026-06-01T11:00:00Z',
      'from=2026-01-01T00:00:00Z&to=2026-06-01T00:00:00Z&granularity=minute',
      'granularity=week',
    ]) {
      const res = await t.request({ url: `/api/keys/${k.id}/usage?${q}`, as: owner });
      expect(res.statusCode, q).toBe(400);
      expect(res.json().code, q).toBe('validation_error');
    }
    const ok = await t.request({ url: `/api/keys/${k.id}/usage?from=2026-06-01T13:00:00%2B02:00&to=2026-06-01T11:30:00.5Z`, as: owner });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().from).toBe('2026-06-01T11:00:00.000Z');
    const bad = await t.request({ url: '/api/usage/keys?from=2026-12-31T23:59:60Z', as: owner });
    expect(bad.statusCode).toBe(400);
  });

  it("is the owner's and keys:admin's only: other members and other workspaces get 404", async () => {
    const t = await app();
    const owner = await anOwner(t);
    const member = await aUser(t, owner, { role: 'member' });
    const admin = await aUser(t, owner, { role: 'admin' });
    const stranger = await anOwner(t, { workspace: 'B' });
    const k = await aKey(t, member);
    await send(t, k.key, 2);
    await t.kw.deps.lastUsed.flush();
    const url = `/api/keys/${k.id}/usage`;
    expect((await t.request({ url, as: member })).statusCode).toBe(200);
    expect(sum((await t.request({ url, as: admin })).json().buckets, 'requests')).toBe(2);
    expect((await t.request({ url, as: await aUser(t, owner, { role: 'member' }) })).statusCode).toBe(404);
    expect((await t.request({ url, as: stranger })).statusCode).toBe(404);
    const overview = await t.request({ url: '/api/usage/keys', as: stranger });
    expect(overview.json()).toMatchObject({ by_requests: [], by_rate_limited: [] });
  });

  it('the overview lists the busiest keys by requests and by 429s (keys:admin only)', async () => {
    const t = await app({ config: { rateLimitPerSecond: 5, rateLimitPerMinute: 1000 } });
    const owner = await anOwner(t);
    const member = await aUser(t, owner, { role: 'member' });
    const busy = await aKey(t, owner, { name: 'busy' });
    const throttled = await aKey(t, member, { name: 'throttled' });
    await aKey(t, owner, { name: 'idle' });
    for (let i = 0; i < 4; i++) {
      await send(t, busy.key, 5);
      t.clock.advance(1000);
    }
    await send(t, throttled.key, 8);
    await t.kw.deps.lastUsed.flush();
    expect((await t.request({ url: '/api/usage/keys', as: member })).statusCode).toBe(403);
    const res = await t.request({ url: '/api/usage/keys', as: owner });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.by_requests.map((r: any) => [r.key.name, r.requests, r.rate_limited])).toEqual([
      ['busy', 20, 0],
      ['throttled', 8, 3],
    ]);
    expect(body.by_rate_limited.map((r: any) => r.key.name)).toEqual(['throttled']);
  });
});
