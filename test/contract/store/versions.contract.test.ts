import { expect, it } from 'vitest';
import { openSqliteStore } from '../../../src/store/dialects/sqlite/index.js';
import { T0, aContact, aKey, aTenant, describeStore } from './support.js';

describeStore('versions', ({ dialect, store, fresh }) => {
  it('each counter moves with every write of its resource, in its workspace only; reading costs one statement (SQLite: none while nothing committed)', async () => {
    const { workspace: w, owner } = await aTenant(store());
    const other = await aTenant(store());
    const start = await store().versions.get(w.id);
    const before = store().queryCount;
    await store().versions.get(w.id);
    expect(store().queryCount - before).toBe(dialect === 'sqlite' ? 0 : 1);

    const c = await aContact(store(), w);
    const afterCreate = await store().versions.get(w.id);
    expect(afterCreate.contacts).toBeGreaterThan(start.contacts);
    await store().contacts.update({ ...c, name: 'Renamed' });
    const afterUpdate = await store().versions.get(w.id);
    expect(afterUpdate.contacts).toBeGreaterThan(afterCreate.contacts);
    await store().contacts.delete(w.id, c.id);
    const afterDelete = await store().versions.get(w.id);
    expect(afterDelete.contacts).toBeGreaterThan(afterUpdate.contacts);
    expect(afterDelete.keys).toBe(afterCreate.keys);

    const k = await aKey(store(), owner);
    const afterKey = await store().versions.get(w.id);
    expect(afterKey.keys).toBeGreaterThan(afterDelete.keys);
    await store().keys.update(w.id, k.id, { name: 'renamed' });
    const afterRename = await store().versions.get(w.id);
    expect(afterRename.keys).toBeGreaterThan(afterKey.keys);
    // The last use is part of a key as the API shows it: recording it moves the counter too.
    await store().keys.recordLastUsed([{ keyId: k.id, at: T0 + 1000, ip: '192.0.2.1' }]);
    const afterUse = await store().versions.get(w.id);
    expect(afterUse.keys).toBeGreaterThan(afterRename.keys);

    await store().users.update(w.id, owner.id, { name: 'Olga' });
    expect((await store().versions.get(w.id)).users).toBeGreaterThan(afterUse.users);
    await store().workspaces.update(w.id, { name: 'Renamed' });
    expect((await store().versions.get(w.id)).workspace).toBeGreaterThan(afterUse.workspace);

    const untouched = await store().versions.get(other.workspace.id);
    expect(untouched.contacts).toBe(0);
    expect(untouched.keys).toBe(0);
  });

  it('a rolled-back write leaves the counters as they were; a committed transaction moves them', async () => {
    const { workspace: w } = await aTenant(store());
    const start = await store().versions.get(w.id);
    await expect(
      store().transaction(async (tx) => {
        await aContact(tx, w);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect((await store().versions.get(w.id)).contacts).toBe(start.contacts);
    await store().transaction(async (tx) => {
      await aContact(tx, w);
      expect((await tx.versions.get(w.id)).contacts).toBeGreaterThanOrEqual(start.contacts);
    });
    expect((await store().versions.get(w.id)).contacts).toBeGreaterThan(start.contacts);
  });
  it('a transaction writing many rows of several workspaces moves each of their counters (PostgreSQL: once per transaction)', async () => {
    const a = await aTenant(store());
    const b = await aTenant(store());
    const [startA, startB] = [await store().versions.get(a.workspace.id), await store().versions.get(b.workspace.id)];
    await store().transaction(async (tx) => {
      for (let i = 0; i < 200; i++) await aContact(tx, i % 4 === 0 ? b.workspace : a.workspace);
      await aKey(tx, a.owner);
    });
    const [endA, endB] = [await store().versions.get(a.workspace.id), await store().versions.get(b.workspace.id)];
    // One move per counter and transaction on PostgreSQL: an upsert per row would make a bulk write quadratic.
    const moved = (from: number, to: number) => (dialect === 'postgres' ? expect(to - from).toBe(1) : expect(to).toBeGreaterThan(from));
    moved(startA.contacts, endA.contacts);
    moved(startB.contacts, endB.contacts);
    moved(startA.keys, endA.keys);
    expect(endB.keys).toBe(startB.keys);
  });
  it('lock answers the committed counters, creating a missing row, and moves none of them', async () => {
    const { workspace: w } = await aTenant(store());
    const never = await store().transaction((tx) => tx.versions.lock('wsp_never_written'));
    expect(never).toEqual(await store().versions.get('wsp_never_written'));
    expect(never.contacts).toBe(0);
    await aContact(store(), w);
    const committed = await store().versions.get(w.id);
    expect(await store().transaction((tx) => tx.versions.lock(w.id))).toEqual(committed);
    expect(await store().versions.get(w.id)).toEqual(committed);
  });

  if (dialect === 'sqlite') {
    it('SQLite keeps the counters read until anything commits: another connection, this one, never a rolled-back or open transaction', async () => {
      const mine = store();
      const { workspace: w } = await aTenant(mine);
      // Another connection to the same file (another process, the CLI).
      const theirs = openSqliteStore({ file: mine.location });
      try {
        const start = await mine.versions.get(w.id);
        const kept = mine.queryCount;
        expect(await mine.versions.get(w.id)).toEqual(start);
        expect(mine.queryCount).toBe(kept);

        await aContact(theirs, w);
        const afterTheirs = await mine.versions.get(w.id);
        expect(afterTheirs.contacts).toBeGreaterThan(start.contacts);

        await aContact(mine, w);
        const afterMine = await mine.versions.get(w.id);
        expect(afterMine.contacts).toBeGreaterThan(afterTheirs.contacts);

        // Read inside an open transaction (its write visible), then rolled back: never kept.
        await expect(
          mine.transaction(async (tx) => {
            await aContact(tx, w);
            expect((await mine.versions.get(w.id)).contacts).toBeGreaterThan(afterMine.contacts);
            throw new Error('rolled back');
          }),
        ).rejects.toThrow('rolled back');
        expect(await mine.versions.get(w.id)).toEqual(afterMine);
      } finally {
        await theirs.close();
      }
    });

    it('SQLite: a new database file is watched from its first connection (the -shm file is made at open)', async () => {
      const s = await fresh();
      const { workspace: w } = await aTenant(s);
      await s.versions.get(w.id);
      const kept = s.queryCount;
      await s.versions.get(w.id);
      expect(s.queryCount).toBe(kept);
    });
  }
});
