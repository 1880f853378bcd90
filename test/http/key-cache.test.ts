import { describe, expect, it } from 'vitest';
import { KeyCache } from '../../src/keys/key-cache.js';
import { openSqliteStore } from '../../src/store/dialects/sqlite/index.js';
import type { KeyAuthRecord } from '../../src/store/types.js';
import { appsClosedAfterEach } from '../support/app.js';
import { aKey, aMembersKey, anOwner } from '../support/fixtures.js';

describe('the in-process key cache can never outlive a change', () => {
  const app = appsClosedAfterEach();

  it('serves repeated requests without a storage read', async () => {
    // Counts storage statements to the one: run without the response validator (every other test here has it).
    const t = await app({ contract: false });
    const { key } = await aKey(t, await anOwner(t));
    await t.request({ url: '/api/me', headers: { 'x-api-key': key } });
    // The last-used batch writes on its own timer; stopped here so a slow machine cannot count its flush.
    await t.kw.deps.lastUsed.stop();
    const before = t.store.queryCount;
    for (let i = 0; i < 5; i++) expect((await t.request({ url: '/api/me', headers: { 'x-api-key': key } })).statusCode).toBe(200);
    expect(t.store.queryCount).toBe(before);
  });

  it('sees a revocation committed by another process (another connection) on the next request', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const k = await aKey(t, owner);
    expect((await t.request({ url: '/api/me', headers: { 'x-api-key': k.key } })).statusCode).toBe(200);
    const other = openSqliteStore({ file: t.store.location });
    try {
      await other.keys.update(owner.workspace.id, k.id, { revokedAt: t.clock.now(), revokedBy: owner.user.id, revokedReason: 'revoked' });
    } finally {
      await other.close();
    }
    const res = await t.request({ url: '/api/me', headers: { 'x-api-key': k.key } });
    expect(res.json().code).toBe('revoked_api_key');
  });

  it('sees a role change and a workspace rename made through the API at once', async () => {
    const t = await app();
    const { owner, member, me } = await aMembersKey(t);
    expect((await me()).permissions).toContain('contacts:write');
    await t.request({ method: 'PATCH', url: `/api/users/${member.user.id}`, as: owner, body: { role: 'viewer' } });
    expect((await me()).permissions).toEqual(['contacts:read']);
    await t.request({ method: 'PATCH', url: '/api/workspace', as: owner, body: { name: 'Renamed' } });
    expect((await me()).workspace.name).toBe('Renamed');
  });

  it('a lookup that raced with an invalidation is not stored', async () => {
    let external = 1;
    const cache = new KeyCache({ localVersion: () => 0, externalVersion: () => external });
    const rec = {} as KeyAuthRecord;
    const generation = cache.generation;
    cache.invalidate();
    cache.set('h', rec, generation);
    expect(await cache.get('h')).toBeUndefined();
    cache.set('h', rec, cache.generation);
    expect(await cache.get('h')).toBe(rec);
    external = 2;
    expect(await cache.get('h')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it("checks for other processes' commits after the requests were read, once for all of an event-loop turn", async () => {
    let external = 1;
    let asked = 0;
    const cache = new KeyCache({ localVersion: () => 0, externalVersion: () => (asked++, external) });
    const rec = {} as KeyAuthRecord;
    cache.set('h', rec, cache.generation);
    const before = asked;
    expect(await Promise.all([cache.get('h'), cache.get('h'), cache.get('h')])).toEqual([rec, rec, rec]);
    expect(asked - before).toBe(1);
    expect(cache.externalChecks).toBe(1);
    // Three requests read; another process commits before this turn's check: none of them is served stale.
    const reads = [cache.get('h'), cache.get('h'), cache.get('h')];
    external = 2;
    expect(await Promise.all(reads)).toEqual([undefined, undefined, undefined]);
    expect(cache.externalChecks).toBe(2);
    // A lookup that misses does not wait for a check (it reads storage, which is always fresh).
    expect(await cache.get('other')).toBeUndefined();
    expect(cache.externalChecks).toBe(2);
  });

  it('is bounded', async () => {
    const cache = new KeyCache({ localVersion: () => 0, externalVersion: () => 0, maxEntries: 3 });
    for (let i = 0; i < 10; i++) cache.set(`h${i}`, {} as KeyAuthRecord, cache.generation);
    expect(cache.size).toBe(3);
    expect(await cache.get('h9')).toBeDefined();
    expect(await cache.get('h0')).toBeUndefined();
  });
});
