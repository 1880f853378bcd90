import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe } from 'vitest';
import type { SqlStore } from '../../../src/store/sql-store.js';
import type { ApiKeyRecord, Contact, Role, UserWithSecret, Workspace } from '../../../src/store/types.js';
import { DIALECTS, type Dialect, openTestStore } from '../../support/backends.js';
import { keyRecord as baseKeyRecord } from '../../support/records.js';

/**
 * The storage contract suite runs every case on every dialect (test/support/backends.ts DIALECTS, narrowed
 * by KEYWARD_TEST_DIALECTS). Each file opens one store per dialect; each case builds its own workspace,
 * users and rows with fresh ids, so cases share no rows. A case about a table-wide method (counts, due
 * deliveries, pruning) opens a store of its own with `fresh()`.
 */
export interface StoreCase {
  readonly dialect: Dialect;
  /** The file's store for this dialect. */
  store(): SqlStore;
  /** A new, empty store of this dialect, closed after the file. */
  fresh(): Promise<SqlStore>;
}

export function describeStore(name: string, body: (c: StoreCase) => void): void {
  for (const dialect of DIALECTS) {
    describe(`[${dialect}] store: ${name}`, () => {
      let shared: SqlStore | undefined;
      const opened: SqlStore[] = [];
      beforeAll(async () => {
        shared = await openTestStore(dialect);
      });
      afterAll(async () => {
        await Promise.all([shared, ...opened].map((s) => s?.close()));
      });
      body({
        dialect,
        store: () => {
          if (!shared) throw new Error('the store is opened in beforeAll');
          return shared;
        },
        fresh: async () => {
          const s = await openTestStore(dialect);
          opened.push(s);
          return s;
        },
      });
    });
  }
}

/** A fresh id with a prefix, as the app makes them (`key_…`). */
export const uid = (prefix: string): string => `${prefix}_${randomBytes(8).toString('hex')}`;

/** A fixed instant the cases count from (epoch ms). */
export const T0 = Date.UTC(2026, 0, 15, 12);

export async function aWorkspace(store: SqlStore, patch: Partial<Workspace> = {}): Promise<Workspace> {
  const w: Workspace = {
    id: uid('wks'),
    name: 'Acme',
    createdAt: T0,
    maxKeyLifetimeDays: 365,
    requireKeyExpiry: false,
    requireTwoFactor: false,
    customPermissions: {},
    ...patch,
  };
  await store.workspaces.create(w);
  return w;
}

export async function aUser(store: SqlStore, workspace: Workspace, patch: Partial<UserWithSecret> & { role?: Role } = {}): Promise<UserWithSecret> {
  const id = uid('usr');
  const u: UserWithSecret = {
    id,
    workspaceId: workspace.id,
    email: `${id}@example.test`,
    name: 'Olga Owner',
    role: 'owner',
    disabled: false,
    createdAt: T0,
    kind: 'person',
    passwordHash: 'hash-of-a-password',
    ...patch,
  };
  await store.users.create(u);
  return u;
}

/** A workspace with its owner. */
export async function aTenant(store: SqlStore): Promise<{ workspace: Workspace; owner: UserWithSecret }> {
  const workspace = await aWorkspace(store);
  return { workspace, owner: await aUser(store, workspace) };
}

/** A key row of `owner`'s, created at T0 (see test/support/records.ts). */
export function keyRecord(owner: UserWithSecret, patch: Partial<ApiKeyRecord> = {}): ApiKeyRecord {
  return baseKeyRecord(owner, { createdAt: T0, ...patch });
}

export async function aKey(store: Pick<SqlStore, 'keys'>, owner: UserWithSecret, patch: Partial<ApiKeyRecord> = {}): Promise<ApiKeyRecord> {
  const k = keyRecord(owner, patch);
  await store.keys.create(k);
  return k;
}

export async function aContact(store: Pick<SqlStore, 'contacts'>, workspace: Workspace, patch: Partial<Contact> = {}): Promise<Contact> {
  const c: Contact = {
    id: uid('con'),
    workspaceId: workspace.id,
    name: 'Ada Lovelace',
    email: 'ada@example.test',
    phone: null,
    company: 'Analytical Engines',
    notes: null,
    tags: ['math'],
    createdAt: T0,
    updatedAt: T0,
    ...patch,
  };
  await store.contacts.create(c);
  return c;
}

/** Every page of a keyset list, following `next` until it is null; fails on a cursor that does not move. */
export async function allPages<T>(
  read: (after?: { at: number; id: string }) => Promise<{ items: T[]; next: { at: number; id: string } | null }>,
): Promise<T[][]> {
  const pages: T[][] = [];
  let after: { at: number; id: string } | undefined;
  for (;;) {
    const page = await read(after);
    pages.push(page.items);
    if (!page.next) return pages;
    if (after && page.next.at === after.at && page.next.id === after.id) throw new Error('the cursor did not move');
    after = page.next;
    if (pages.length > 1000) throw new Error('more than 1000 pages');
  }
}

/** Newest first by (time, id), the order of every keyset list. */
export const newestFirst =
  <T>(time: (t: T) => number, id: (t: T) => string) =>
  (a: T, b: T): number =>
    time(b) - time(a) || (id(a) < id(b) ? 1 : id(a) > id(b) ? -1 : 0);
