import { expect, it } from 'vitest';
import type { SqlStore } from '../../../src/store/sql-store.js';
import { LAST_USED_TUNING } from '../../../src/store/dialects/postgres/index.js';
import { toKey, toUser } from '../../../src/store/sql/rows.js';
import { grantsFromText } from '../../../src/users/custom-permissions.js';
import type { ApiKeyRecord, KeyAuthRecord, KeyStatus, Repos } from '../../../src/store/types.js';
import { T0, aKey, aTenant, aUser, allPages, describeStore, keyRecord, newestFirst, uid } from './support.js';

const MINUTE = 60_000;

/** The authentication lookup written as a plain Kysely query, three reads: what the fast path must equal. */
async function plainAuthRecord(store: SqlStore, keyHash: string): Promise<KeyAuthRecord | undefined> {
  const k = await store.db.selectFrom('api_keys').selectAll().where('key_hash', '=', keyHash).executeTakeFirst();
  if (!k) return undefined;
  const u = await store.db.selectFrom('users').selectAll().where('id', '=', k.user_id).executeTakeFirstOrThrow();
  const w = await store.db.selectFrom('workspaces').selectAll().where('id', '=', k.workspace_id).executeTakeFirstOrThrow();
  return {
    key: toKey(k),
    user: toUser(u),
    workspace: {
      id: w.id,
      name: w.name,
      customPermissions: grantsFromText(w.custom_permissions),
      protectedApisVersion: Number(w.protected_apis_version),
    },
  };
}

async function plainKey(store: SqlStore, id: string): Promise<ApiKeyRecord | undefined> {
  const r = await store.db.selectFrom('api_keys').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toKey(r);
}

describeStore('keys', ({ store }) => {
  it('create → get and getById give back every field as written', async () => {
    const { owner } = await aTenant(store());
    const full = await aKey(store(), owner, {
      expiresAt: T0 + 30 * 86_400_000,
      restriction: ['contacts:read'],
      rateLimit: { perMinute: 120, perSecond: 5 },
      allowedIps: ['203.0.113.0/24', '2001:db8::1'],
      revokeWhenIdleMs: 15 * MINUTE,
      rolledFrom: uid('key'),
    });
    const bare = await aKey(store(), owner);
    expect(await store().keys.get(owner.workspaceId, full.id)).toEqual(full);
    expect(await store().keys.getById(full.id)).toEqual(full);
    expect(await store().keys.get(owner.workspaceId, bare.id)).toEqual(bare);
    expect(await store().keys.getById(uid('key'))).toBeUndefined();
  });

  it('findByHash (the dialect fast path) equals the plain query, in and out of a transaction, and follows every change', async () => {
    const { workspace, owner } = await aTenant(store());
    const member = await aUser(store(), workspace, { role: 'member', name: 'Max Member' });
    const key = await aKey(store(), member, { restriction: ['contacts:read'], allowedIps: ['198.51.100.7'] });
    const check = async () => {
      const plain = await plainAuthRecord(store(), key.keyHash);
      expect(plain).toBeDefined();
      expect(await store().keys.findByHash(key.keyHash)).toEqual(plain);
      expect(await store().transaction((tx) => tx.keys.findByHash(key.keyHash))).toEqual(plain);
      return plain!;
    };
    expect(await check()).toEqual({
      key,
      user: {
        id: member.id,
        workspaceId: workspace.id,
        email: member.email,
        name: member.name,
        role: 'member',
        kind: 'person',
        disabled: false,
        createdAt: T0,
      },
      workspace: { id: workspace.id, name: workspace.name, customPermissions: {}, protectedApisVersion: 0 },
    });
    // Statements prepared once must not answer from a stale read.
    await store().keys.update(workspace.id, key.id, { revokedAt: T0 + MINUTE, revokedBy: owner.id, revokedReason: 'user' });
    await store().users.update(workspace.id, member.id, { disabled: true, role: 'admin' });
    await store().workspaces.update(workspace.id, { name: 'Renamed', customPermissions: { 'invoices:read': ['owner', 'admin', 'member'] } });
    const after = await check();
    expect(after.key.revokedAt).toBe(T0 + MINUTE);
    expect(after.user).toMatchObject({ disabled: true, role: 'admin' });
    expect(after.workspace).toMatchObject({ name: 'Renamed', customPermissions: { 'invoices:read': ['owner', 'admin', 'member'] } });
    expect(await store().keys.findByHash('0'.repeat(64))).toBeUndefined();
    expect(await store().transaction((tx) => tx.keys.findByHash('0'.repeat(64)))).toBeUndefined();
  });

  it('nextExpiry: the earliest expiry after now of the unrevoked keys, of the workspace or of one user', async () => {
    const { workspace: w, owner } = await aTenant(store());
    const other = await aUser(store(), w, { role: 'member' });
    const scope = { workspaceId: w.id, now: T0 };
    expect(await store().keys.nextExpiry(scope)).toBeNull();
    await aKey(store(), owner, { expiresAt: T0 }); // expired already
    await aKey(store(), owner, { expiresAt: T0 + 10 });
    await aKey(store(), owner, { expiresAt: T0 + 5, revokedAt: T0 - 1 });
    await aKey(store(), other, { expiresAt: T0 + 7 });
    await aKey(store(), owner); // never expires
    expect(await store().keys.nextExpiry(scope)).toBe(T0 + 7);
    expect(await store().keys.nextExpiry({ ...scope, userId: owner.id })).toBe(T0 + 10);
    expect(await store().keys.nextExpiry({ ...scope, now: T0 + 10 })).toBeNull();
    expect(await store().keys.nextExpiry({ ...scope, workspaceId: (await aTenant(store())).workspace.id })).toBeNull();
  });

  it('findByHash costs one counted statement, found or not', async () => {
    const { owner } = await aTenant(store());
    const key = await aKey(store(), owner);
    for (const hash of [key.keyHash, 'f'.repeat(64)]) {
      const before = store().queryCount;
      await store().keys.findByHash(hash);
      expect(store().queryCount - before).toBe(1);
    }
  });

  it('a transaction sees its own uncommitted key through findByHash, and nothing of it after a rollback', async () => {
    const { owner } = await aTenant(store());
    const k = keyRecord(owner);
    await expect(
      store().transaction(async (tx) => {
        await tx.keys.create(k);
        expect((await tx.keys.findByHash(k.keyHash))?.key).toEqual(k);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await store().keys.findByHash(k.keyHash)).toBeUndefined();
    expect(await plainKey(store(), k.id)).toBeUndefined();
  });

  it('another workspace’s id gives undefined and its update changes nothing', async () => {
    const a = await aTenant(store());
    const b = await aTenant(store());
    const key = await aKey(store(), a.owner);
    expect(await store().keys.get(b.workspace.id, key.id)).toBeUndefined();
    await store().keys.update(b.workspace.id, key.id, {
      name: 'taken',
      revokedAt: T0,
      revokedBy: b.owner.id,
      revokedReason: 'user',
      rateLimit: { perMinute: 1, perSecond: 1 },
    });
    expect(await plainKey(store(), key.id)).toEqual(key);
    const listed = await store().keys.list({ workspaceId: b.workspace.id, now: T0, limit: 100 });
    expect(listed).toEqual({ items: [], next: null });
  });

  it('update writes each field it is given and no other; an empty patch writes nothing', async () => {
    const { owner } = await aTenant(store());
    const key = await aKey(store(), owner, { allowedIps: ['10.0.0.0/8'] });
    const writes = store().writeCount;
    await store().keys.update(owner.workspaceId, key.id, {});
    expect(store().writeCount).toBe(writes);
    const patch = {
      name: 'renamed',
      expiresAt: T0 + 1000,
      revokedAt: T0 + 2000,
      revokedBy: owner.id,
      revokedReason: 'rolled',
      replacedBy: uid('key'),
      rateLimit: { perMinute: 10, perSecond: null },
      allowedIps: null,
      revokeWhenIdleMs: 60_000,
    } satisfies Partial<ApiKeyRecord>;
    await store().keys.update(owner.workspaceId, key.id, patch);
    expect(await store().keys.get(owner.workspaceId, key.id)).toEqual({ ...key, ...patch });
  });

  it('list: every key once, newest first, across pages of every size, ties on created_at broken by id', async () => {
    const { workspace, owner } = await aTenant(store());
    const other = await aUser(store(), workspace, { role: 'member' });
    const keys: ApiKeyRecord[] = [];
    for (let i = 0; i < 17; i++) keys.push(await aKey(store(), i % 3 === 0 ? other : owner, { createdAt: T0 + Math.floor(i / 4) * MINUTE }));
    const expected = [...keys].sort(
      newestFirst(
        (k) => k.createdAt,
        (k) => k.id,
      ),
    );
    for (const limit of [1, 4, 5, 17, 18]) {
      const pages = await allPages((after) => store().keys.list({ workspaceId: workspace.id, now: T0, limit, after }));
      expect(pages.flat(), `limit ${limit}`).toEqual(expected);
      expect(pages.every((p, i) => (i < pages.length - 1 ? p.length === limit : p.length <= limit))).toBe(true);
    }
    const mine = await allPages((after) => store().keys.list({ workspaceId: workspace.id, userId: other.id, now: T0, limit: 2, after }));
    expect(mine.flat()).toEqual(expected.filter((k) => k.userId === other.id));
  });

  it('list and countActive by status: active, expired (at its instant), revoked', async () => {
    const { workspace, owner } = await aTenant(store());
    const now = T0 + 10 * MINUTE;
    const active = await aKey(store(), owner, { createdAt: T0 + 1 });
    const forever = await aKey(store(), owner, { createdAt: T0 + 2, expiresAt: now + 1 });
    const expired = await aKey(store(), owner, { createdAt: T0 + 3, expiresAt: now });
    const revoked = await aKey(store(), owner, { createdAt: T0 + 4, revokedAt: T0, revokedBy: owner.id, revokedReason: 'user', expiresAt: now - 1 });
    const ids = async (status: KeyStatus) => (await store().keys.list({ workspaceId: workspace.id, status, now, limit: 10 })).items.map((k) => k.id);
    expect(await ids('active')).toEqual([forever.id, active.id]);
    expect(await ids('expired')).toEqual([expired.id]);
    expect(await ids('revoked')).toEqual([revoked.id]);
    expect(await store().keys.countActive(owner.id, now)).toBe(2);
    expect(await store().keys.countActive(owner.id, now + 1)).toBe(1);
  });

  it('rehash replaces the hash only while it is still the one it expects', async () => {
    const { owner } = await aTenant(store());
    const key = await aKey(store(), owner);
    await store().keys.rehash(key.id, 'not-the-hash', 'a'.repeat(64));
    expect((await plainKey(store(), key.id))?.keyHash).toBe(key.keyHash);
    await store().keys.rehash(key.id, key.keyHash, 'b'.repeat(64));
    expect((await store().keys.findByHash('b'.repeat(64)))?.key.id).toBe(key.id);
    expect(await store().keys.findByHash(key.keyHash)).toBeUndefined();
  });

  it('idleRevocable lists unrevoked keys waiting for idleness; revokeIfIdle revokes once, never a key used since', async () => {
    const { owner } = await aTenant(store());
    const idle = await aKey(store(), owner, { revokeWhenIdleMs: MINUTE, lastUsedAt: T0 });
    const busy = await aKey(store(), owner, { revokeWhenIdleMs: MINUTE, lastUsedAt: T0 + 5 * MINUTE });
    const never = await aKey(store(), owner, { revokeWhenIdleMs: MINUTE });
    const plain = await aKey(store(), owner);
    const waiting = (await store().keys.idleRevocable()).map((k) => k.id);
    expect(waiting).toEqual(expect.arrayContaining([idle.id, busy.id, never.id]));
    expect(waiting).not.toContain(plain.id);
    const at = T0 + 6 * MINUTE;
    const usedBefore = T0 + 2 * MINUTE;
    const racing = await Promise.all([0, 1, 2].map(() => store().keys.revokeIfIdle(idle.id, at, usedBefore, 'idle')));
    expect(racing.filter(Boolean)).toHaveLength(1);
    expect(await store().keys.revokeIfIdle(idle.id, at + 1, usedBefore, 'idle')).toBe(false);
    expect(await store().keys.revokeIfIdle(busy.id, at, usedBefore, 'idle')).toBe(false);
    expect(await store().keys.revokeIfIdle(never.id, at, usedBefore, 'idle')).toBe(true);
    expect(await plainKey(store(), idle.id)).toMatchObject({ revokedAt: at, revokedReason: 'idle', revokedBy: null });
    expect((await plainKey(store(), busy.id))?.revokedAt).toBeNull();
    const left = (await store().keys.idleRevocable()).map((k) => k.id);
    expect(left).toContain(busy.id);
    expect(left).not.toContain(idle.id);
    expect(left).not.toContain(never.id);
  });
});

/** The rule every last-used path must follow, as a model: the later time wins, unless the stored one is an excursion. */
function lastUsedModel(start: { at: number | null; ip: string | null }, batch: readonly { at: number; ip: string }[], replaceAfter = Number.MAX_SAFE_INTEGER) {
  let cur = start;
  for (const u of batch) if (cur.at === null || cur.at < u.at || cur.at > replaceAfter) cur = { at: u.at, ip: u.ip };
  return cur;
}

describeStore('keys.recordLastUsed', ({ store }) => {
  /** One key per scenario, written through `record`; the result read back with a plain query. */
  async function runScenarios(record: (repos: Repos, batch: { keyId: string; at: number; ip: string }[], replaceAfter?: number) => Promise<void>) {
    const { owner } = await aTenant(store());
    const scenarios: { start: { at: number | null; ip: string | null }; uses: { at: number; ip: string }[]; replaceAfter?: number }[] = [
      { start: { at: null, ip: null }, uses: [{ at: T0, ip: '192.0.2.1' }] },
      { start: { at: T0, ip: '192.0.2.1' }, uses: [{ at: T0 + 1, ip: '192.0.2.2' }] },
      { start: { at: T0 + 5, ip: '192.0.2.5' }, uses: [{ at: T0 + 1, ip: '192.0.2.2' }] },
      { start: { at: T0 + 5, ip: '192.0.2.5' }, uses: [{ at: T0 + 5, ip: '192.0.2.9' }] },
      // One batch with several uses of one key, newest in the middle: the newest wins whatever the order.
      {
        start: { at: null, ip: null },
        uses: [
          { at: T0 + 2, ip: '192.0.2.2' },
          { at: T0 + 7, ip: '192.0.2.7' },
          { at: T0 + 3, ip: '192.0.2.3' },
        ],
      },
      // A stored time a year ahead (a clock excursion) is replaced by any use, once replaceAfter says so.
      { start: { at: T0 + 365 * 86_400_000, ip: '192.0.2.99' }, uses: [{ at: T0 + 1, ip: '192.0.2.1' }], replaceAfter: T0 + MINUTE },
      { start: { at: T0 + 365 * 86_400_000, ip: '192.0.2.99' }, uses: [{ at: T0 + 1, ip: '192.0.2.1' }] },
    ];
    const keys: ApiKeyRecord[] = [];
    for (const s of scenarios) keys.push(await aKey(store(), owner, { lastUsedAt: s.start.at, lastUsedIp: s.start.ip }));
    for (const replaceAfter of [undefined, T0 + MINUTE]) {
      const batch = scenarios.flatMap((s, i) => (s.replaceAfter === replaceAfter ? s.uses.map((u) => ({ keyId: keys[i].id, ...u })) : []));
      await record(store(), batch, replaceAfter);
    }
    for (const [i, s] of scenarios.entries()) {
      const got = await plainKey(store(), keys[i].id);
      expect({ at: got?.lastUsedAt, ip: got?.lastUsedIp }, `scenario ${i}`).toEqual(lastUsedModel(s.start, s.uses, s.replaceAfter));
    }
  }

  it('outside a transaction: the later use wins, an older one never overwrites, an excursion is replaced', async () => {
    await runScenarios((_, batch, replaceAfter) => store().keys.recordLastUsed(batch, { replaceAfter }));
  });

  it('inside a transaction (SQLite’s prepared fast path): the same outcome', async () => {
    await runScenarios((_, batch, replaceAfter) => store().transaction((tx) => tx.keys.recordLastUsed(batch, { replaceAfter })));
  });

  it('a batch larger than one statement’s chunk (PostgreSQL) ends the same as the model', async () => {
    const chunk = LAST_USED_TUNING.chunk;
    LAST_USED_TUNING.chunk = 2;
    try {
      await runScenarios((_, batch, replaceAfter) => store().keys.recordLastUsed(batch, { replaceAfter }));
      await runScenarios((_, batch, replaceAfter) => store().transaction((tx) => tx.keys.recordLastUsed(batch, { replaceAfter })));
    } finally {
      LAST_USED_TUNING.chunk = chunk;
    }
  });

  it('batches applied in either order end the same: the newest use of each key', async () => {
    const { owner } = await aTenant(store());
    const keys = [await aKey(store(), owner), await aKey(store(), owner)];
    const older = keys.map((k) => ({ keyId: k.id, at: T0 + 10, ip: '192.0.2.10' }));
    const newer = keys.map((k) => ({ keyId: k.id, at: T0 + 20, ip: '192.0.2.20' }));
    await store().keys.recordLastUsed(newer);
    await store().transaction((tx) => tx.keys.recordLastUsed(older));
    await store().keys.recordLastUsed(older);
    for (const k of keys) expect(await plainKey(store(), k.id)).toMatchObject({ lastUsedAt: T0 + 20, lastUsedIp: '192.0.2.20' });
  });

  it('a use of a key that does not exist is ignored; an empty batch writes nothing', async () => {
    const { owner } = await aTenant(store());
    const key = await aKey(store(), owner);
    const writes = store().writeCount;
    await store().keys.recordLastUsed([]);
    await store().transaction((tx) => tx.keys.recordLastUsed([]));
    expect(store().writeCount).toBe(writes);
    await store().keys.recordLastUsed([
      { keyId: uid('key'), at: T0, ip: '192.0.2.1' },
      { keyId: key.id, at: T0, ip: '192.0.2.1' },
    ]);
    expect(await plainKey(store(), key.id)).toMatchObject({ lastUsedAt: T0, lastUsedIp: '192.0.2.1' });
  });

  it('another workspace’s unrelated keys are untouched by a flush', async () => {
    const a = await aTenant(store());
    const b = await aTenant(store());
    const ka = await aKey(store(), a.owner);
    const kb = await aKey(store(), b.owner, { lastUsedAt: T0, lastUsedIp: '192.0.2.1' });
    await store().keys.recordLastUsed([{ keyId: ka.id, at: T0 + 1, ip: '192.0.2.2' }]);
    expect(await plainKey(store(), kb.id)).toEqual(kb);
  });
});
