import { expect, it } from 'vitest';
import type { SqlStore } from '../../../src/store/sql-store.js';
import { contactColumns, toContact } from '../../../src/store/sql/rows.js';
import type { Contact, Cursor } from '../../../src/store/types.js';
import { T0, aContact, aWorkspace, allPages, describeStore, newestFirst, uid } from './support.js';

/** One contact by a plain Kysely query. */
async function plainContact(store: SqlStore, workspaceId: string, id: string): Promise<Contact | undefined> {
  const r = await store.db.selectFrom('contacts').select(contactColumns).where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  return r && toContact(r);
}

/** A newest-first page by a plain Kysely query, with the cursor compared in JavaScript. */
async function plainPage(store: SqlStore, workspaceId: string, limit: number, after?: Cursor): Promise<Contact[]> {
  const rows = await store.db.selectFrom('contacts').select(contactColumns).where('workspace_id', '=', workspaceId).execute();
  const all = rows.map(toContact).sort(
    newestFirst(
      (c) => c.createdAt,
      (c) => c.id,
    ),
  );
  const from = after ? all.filter((c) => c.createdAt < after.at || (c.createdAt === after.at && c.id < after.id)) : all;
  return from.slice(0, limit);
}

const byNewest = newestFirst<Contact>(
  (c) => c.createdAt,
  (c) => c.id,
);

describeStore('contacts', ({ store }) => {
  it('get (the dialect fast path) equals the plain query, in and out of a transaction, and sees updates', async () => {
    const w = await aWorkspace(store());
    const c = await aContact(store(), w, { phone: '+44 20 7946 0000', notes: 'met at the fair', tags: ['a', 'b'] });
    const bare = await aContact(store(), w, { email: null, company: null, tags: [] });
    for (const x of [c, bare]) {
      expect(await store().contacts.get(w.id, x.id)).toEqual(x);
      expect(await store().contacts.get(w.id, x.id)).toEqual(await plainContact(store(), w.id, x.id));
      expect(await store().transaction((tx) => tx.contacts.get(w.id, x.id))).toEqual(x);
    }
    const changed = { ...c, name: 'Ada King', email: 'ada@king.test', tags: ['c'], updatedAt: T0 + 1 };
    await store().contacts.update(changed);
    expect(await store().contacts.get(w.id, c.id)).toEqual(changed);
    expect(await plainContact(store(), w.id, c.id)).toEqual(changed);
    expect(await store().contacts.get(w.id, uid('con'))).toBeUndefined();
  });

  it('get and an unsearched page each cost one counted statement', async () => {
    const w = await aWorkspace(store());
    const c = await aContact(store(), w);
    const reads = [
      () => store().contacts.get(w.id, c.id),
      () => store().contacts.get(w.id, uid('con')),
      () => store().contacts.list(w.id, { limit: 10 }),
      () => store().contacts.list(w.id, { limit: 10, after: { at: T0 + 1, id: 'z' } }),
    ];
    for (const read of reads) {
      const before = store().queryCount;
      await read();
      expect(store().queryCount - before).toBe(1);
    }
  });

  it('update never moves created_at, even when the record passed says otherwise', async () => {
    const w = await aWorkspace(store());
    const c = await aContact(store(), w);
    await store().contacts.update({ ...c, createdAt: T0 + 99, name: 'Renamed' });
    expect(await store().contacts.get(w.id, c.id)).toEqual({ ...c, name: 'Renamed' });
  });

  it('list without a search (the fast path): every page equals the plain query’s, every contact once, in order', async () => {
    const w = await aWorkspace(store());
    const contacts: Contact[] = [];
    // Several contacts per instant: the cursor must break ties by id.
    for (let i = 0; i < 23; i++) contacts.push(await aContact(store(), w, { createdAt: T0 + Math.floor(i / 5), name: `Contact ${i}` }));
    const expected = [...contacts].sort(byNewest);
    for (const limit of [1, 3, 5, 23, 50]) {
      let after: Cursor | undefined;
      const seen: Contact[] = [];
      for (;;) {
        const page = await store().contacts.list(w.id, { limit, after });
        expect(page.items, `limit ${limit}`).toEqual(await plainPage(store(), w.id, limit, after));
        seen.push(...page.items);
        if (!page.next) break;
        after = page.next;
      }
      expect(seen, `limit ${limit}`).toEqual(expected);
    }
    const inTx = await store().transaction((tx) => allPages((after) => tx.contacts.list(w.id, { limit: 4, after })));
    expect(inTx.flat()).toEqual(expected);
  });

  it('a cursor stays valid when the row it names is deleted: the next page starts right after it', async () => {
    const w = await aWorkspace(store());
    const contacts: Contact[] = [];
    for (let i = 0; i < 6; i++) contacts.push(await aContact(store(), w, { createdAt: T0 + Math.floor(i / 2) }));
    const expected = [...contacts].sort(byNewest);
    const first = await store().contacts.list(w.id, { limit: 3 });
    expect(first.items).toEqual(expected.slice(0, 3));
    expect(await store().contacts.delete(w.id, expected[2].id)).toBe(true);
    const rest = await store().contacts.list(w.id, { limit: 10, after: first.next ?? undefined });
    expect(rest).toEqual({ items: expected.slice(3), next: null });
  });

  it('list with a search: only matches, every one once, newest first, across pages', async () => {
    const w = await aWorkspace(store());
    const matches: Contact[] = [];
    for (let i = 0; i < 9; i++) {
      matches.push(await aContact(store(), w, { name: `Grace Hopper ${i}`, createdAt: T0 + (i % 3) }));
      await aContact(store(), w, { name: `Alan Turing ${i}`, email: null, company: null, createdAt: T0 + (i % 3) });
    }
    matches.push(await aContact(store(), w, { name: 'Someone', company: 'HOPPER & Co', createdAt: T0 + 7 }));
    const pages = await allPages((after) => store().contacts.list(w.id, { q: 'hopper', limit: 4, after }));
    expect(pages.flat()).toEqual([...matches].sort(byNewest));
    expect((await store().contacts.list(w.id, { q: 'nobody-has-this', limit: 4 })).items).toEqual([]);
  });

  it('another workspace’s ids give undefined, an empty list, and change or delete nothing', async () => {
    const a = await aWorkspace(store());
    const b = await aWorkspace(store());
    const c = await aContact(store(), a, { name: 'Private Person' });
    expect(await store().contacts.get(b.id, c.id)).toBeUndefined();
    expect(await store().transaction((tx) => tx.contacts.get(b.id, c.id))).toBeUndefined();
    expect(await store().contacts.list(b.id, { limit: 10 })).toEqual({ items: [], next: null });
    expect(await store().contacts.list(b.id, { q: 'private', limit: 10 })).toEqual({ items: [], next: null });
    await store().contacts.update({ ...c, workspaceId: b.id, name: 'Taken' });
    expect(await store().contacts.delete(b.id, c.id)).toBe(false);
    expect(await plainContact(store(), a.id, c.id)).toEqual(c);
  });

  it('delete removes once: true, then false; the contact is gone from get and list', async () => {
    const w = await aWorkspace(store());
    const c = await aContact(store(), w);
    const kept = await aContact(store(), w);
    expect(await store().contacts.delete(w.id, c.id)).toBe(true);
    expect(await store().contacts.delete(w.id, c.id)).toBe(false);
    expect(await store().contacts.get(w.id, c.id)).toBeUndefined();
    expect((await store().contacts.list(w.id, { limit: 10 })).items).toEqual([kept]);
  });
});
