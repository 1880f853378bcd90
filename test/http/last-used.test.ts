import { readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appsClosedAfterEach, describeEachDialect } from '../support/app.js';
import { PASSWORD, aKey, anOwner } from '../support/fixtures.js';

describeEachDialect('last used, without a write per request', ({ app }) => {
  it('is accurate to within 5 s of the last use and written in batches', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const keys = [await aKey(t, owner), await aKey(t, owner), await aKey(t, owner)];
    const writesBefore = t.store.writeCount;
    let lastUse = 0;
    for (let i = 0; i < 300; i++) {
      t.clock.advance(10);
      const k = keys[i % 3];
      const res = await t.request({ url: '/api/me', headers: { 'x-api-key': k.key }, ip: `198.51.100.${i % 3}` });
      if (res.statusCode === 200) lastUse = t.clock.now();
      if (i % 100 === 99) await t.kw.deps.lastUsed.flush();
    }
    // 300 uses of 3 keys: one last-used and one usage write per key per flush (3 explicit flushes, plus
    // the 1 s timer's, more of them on a slow machine), and each key's first address recorded once
    // (insert, trim, audit): a small fraction of 300.
    expect(t.store.writeCount - writesBefore).toBeLessThanOrEqual(75);
    expect(t.store.writeCount - writesBefore).toBeGreaterThan(0);
    const rows = (await t.request({ url: '/api/keys', as: owner })).json().data as { last_used_at: string; last_used_ip: string }[];
    for (const row of rows) {
      expect(Math.abs(lastUse - Date.parse(row.last_used_at))).toBeLessThanOrEqual(5000);
      expect(row.last_used_ip).toMatch(/^198\.51\.100\.[0-2]$/);
    }
  });

  it('a later flush never moves last used backwards (latest wins)', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const k = await aKey(t, owner);
    await t.store.keys.recordLastUsed([{ keyId: k.id, at: 2_000, ip: '192.0.2.2' }]);
    await t.store.keys.recordLastUsed([{ keyId: k.id, at: 1_000, ip: '192.0.2.1' }]);
    const stored = await t.store.keys.get(owner.workspace.id, k.id);
    expect(stored).toMatchObject({ lastUsedAt: 2_000, lastUsedIp: '192.0.2.2' });
  });

  it('closing the app (SIGTERM path) flushes the pending batch', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const k = await aKey(t, owner);
    await t.request({ url: '/api/me', headers: { 'x-api-key': k.key } });
    expect(t.kw.deps.lastUsed.size).toBe(1);
    await t.kw.close();
    const stored = await t.store.keys.get(owner.workspace.id, k.id);
    expect(stored?.lastUsedAt).toBe(t.clock.now());
  });
});

describe('no plaintext key or password in storage or logs', () => {
  const app = appsClosedAfterEach();

  it('the database file holds no 12-character piece of any issued key; no log line holds a key, password or session id', async () => {
    const t = await app({ dialect: 'sqlite' });
    const owner = await anOwner(t);
    const issued: string[] = [];
    for (let i = 0; i < 5; i++) {
      const k = await aKey(t, owner, { name: `k${i}` });
      issued.push(k.key);
      await t.request({ url: `/api/contacts?x=${k.key}`, headers: { 'x-api-key': k.key } });
      await t.request({ url: '/api/me', headers: { authorization: `Bearer ${k.key}` } });
      const rolled = await t.request({ method: 'POST', url: `/api/keys/${k.id}/roll`, as: owner, body: { grace_seconds: 0 } });
      issued.push(rolled.json().key.key);
    }
    await t.request({ url: '/api/me', headers: { 'x-api-key': issued[0] } });
    await t.kw.deps.lastUsed.flush();
    const dbFiles = [t.store.location, `${t.store.location}-wal`].filter((f) => existsSync(f));
    expect(dbFiles.length).toBeGreaterThan(0);
    const haystacks = [...dbFiles.map((f) => readFileSync(f).toString('latin1')), t.logs.join('\n')];
    for (const key of issued) {
      for (let i = 0; i + 12 <= key.length; i += 3) {
        const piece = key.slice(i, i + 12);
        if (piece.startsWith('ak_live_')) continue;
        for (const h of haystacks) expect(h.includes(piece), `piece ${piece}`).toBe(false);
      }
    }
    await t.request({ url: '/auth/session', as: owner });
    const sessionId = owner.cookie.split('=')[1];
    for (const line of t.logs) {
      expect(line).not.toContain(PASSWORD);
      expect(line).not.toContain(sessionId);
      expect(line).not.toContain(owner.csrf);
    }
    expect(t.logs.length).toBeGreaterThan(10);
  });
});
