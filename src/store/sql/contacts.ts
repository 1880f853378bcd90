import type { Kysely } from 'kysely';
import type { RepoStatements } from '../dialects/dialect.js';
import { type Prepare, preparedQuery } from '../prepared.js';
import type { QueryCounter } from '../query-counter.js';
import { canMatch } from '../search.js';
import type { Database } from '../schema.js';
import type { ContactRepo, Cursor, Page, Contact } from '../types.js';
import { type ContactRow, contactColumns, fromContact, newestFirst, toContact, toPage } from './rows.js';

/** One contact of one workspace; both dialects run it as a statement prepared once. */
export function contactByIdQuery(db: Kysely<Database>, workspaceId: string, id: string) {
  return db.selectFrom('contacts').select(contactColumns).where('workspace_id', '=', workspaceId).where('id', '=', id);
}

/** The workspace's contacts: the start of every contact read, searched or not. */
export function workspaceContacts(db: Kysely<Database>, workspaceId: string) {
  return db.selectFrom('contacts').select(contactColumns).where('workspace_id', '=', workspaceId);
}

/** The workspace's contacts newest first (after the cursor), as many as `n`; both dialects prepare it once. */
export function newestContactsQuery(db: Kysely<Database>, workspaceId: string, n: number, after?: Cursor) {
  return newestFirst(workspaceContacts(db, workspaceId), 'created_at', n, after);
}

type Rows = Record<string, unknown>[];

/**
 * The contact reads of `GET /api/contacts/{id}` and of an unsearched `GET /api/contacts`, compiled once and
 * prepared once by the dialect's `prepare` (src/store/prepared.ts).
 */
export function preparedContactReads(
  db: Kysely<Database>,
  prepare: Prepare<Rows | Promise<Rows>>,
  counter: QueryCounter,
): Pick<RepoStatements, 'contactById' | 'newestContacts'> {
  const W = '\u0000workspace';
  const I = '\u0000id';
  const byId = preparedQuery(prepare, 'kw_contact_by_id', (w: string, id: string) => contactByIdQuery(db, w, id).compile(), [W, I], counter);
  const newest = preparedQuery(prepare, 'kw_contacts_newest', (w: string, n: number) => newestContactsQuery(db, w, n).compile(), [W, -1], counter);
  const newestAfter = preparedQuery(
    prepare,
    'kw_contacts_newest_after',
    (w: string, n: number, at: number, id: string) => newestContactsQuery(db, w, n, { at, id }).compile(),
    [W, -1, -2, I],
    counter,
  );
  return {
    contactById: async (workspaceId, id) => (await byId(workspaceId, id))[0] as ContactRow | undefined,
    newestContacts: async (workspaceId, n, after) => (await (after ? newestAfter(workspaceId, n, after.at, after.id) : newest(workspaceId, n))) as ContactRow[],
  };
}

/** A page of contacts from up to `limit + 1` rows (the extra one says whether there is a next page). */
const contactPage = (rows: ContactRow[], limit: number): Page<Contact> => toPage(rows, limit, 'created_at', toContact);

/** Reads through the dialect's statements (`RepoStatements`: prepared reads, its own search SQL). */
export function contactRepo(db: Kysely<Database>, statements: RepoStatements): ContactRepo {
  return {
    async create(c) {
      await db.insertInto('contacts').values(fromContact(c)).execute();
    },
    async get(workspaceId, id) {
      const r = await statements.contactById(workspaceId, id);
      return r && toContact(r);
    },
    async list(workspaceId, { q, limit, after }) {
      if (!q) return contactPage(await statements.newestContacts(workspaceId, limit + 1, after), limit);
      const folded = q.toLowerCase();
      return contactPage(canMatch(folded) ? await statements.searchContacts(workspaceId, folded, limit + 1, after) : [], limit);
    },
    async update(c) {
      const { id, workspace_id, created_at, ...rest } = fromContact(c);
      void created_at;
      await db.updateTable('contacts').set(rest).where('workspace_id', '=', workspace_id).where('id', '=', id).execute();
    },
    async delete(workspaceId, id) {
      const r = await db.deleteFrom('contacts').where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },
  };
}
