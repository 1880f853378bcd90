import { type Kysely, PostgresAdapter, sql } from 'kysely';
import type { Database } from '../schema.js';
import { canMatch, containsPattern, ftsPhrase, indexable } from '../search.js';
import type { ContactRepo, Cursor, Page, Contact } from '../types.js';
import { type ContactRow, contactColumns, fromContact, olderThan, toContact, toPage } from './rows.js';


/** One contact of one workspace; both dialects run it as a statement prepared once (src/store/sqlite.ts, postgres.ts). */
export function contactByIdQuery(db: Kysely<Database>, workspaceId: string, id: string) {
  return db.selectFrom('contacts').select(contactColumns).where('workspace_id', '=', workspaceId).where('id', '=', id);
}

/** The workspace's contacts newest first (after the cursor), as many as `n`; PostgreSQL prepares it once. */
export function newestContactsQuery(db: Kysely<Database>, workspaceId: string, n: number, after?: Cursor) {
  let query = db.selectFrom('contacts').select(contactColumns).where('workspace_id', '=', workspaceId);
  if (after) query = query.where(olderThan('created_at', after));
  return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(n);
}

/** A page of contacts from up to `limit + 1` rows (the extra one says whether there is a next page). */
const contactPage = (rows: ContactRow[], limit: number): Page<Contact> => toPage(rows, limit, toContact, (c) => c.createdAt, (c) => c.id);

/**
 * A dialect's fast path for unsearched pages: `read` runs `newestContactsQuery`'s shapes compiled once;
 * a search keeps the repository's own query.
 */
export function readNewestWith(repo: ContactRepo, read: (workspaceId: string, n: number, after?: Cursor) => ContactRow[] | Promise<ContactRow[]>): void {
  const search = repo.list;
  repo.list = async (workspaceId, opts) => (opts.q ? search(workspaceId, opts) : contactPage(await read(workspaceId, opts.limit + 1, opts.after), opts.limit));
}

/**
 * SQLite search's two thresholds (see `search` below); tests lower them to reach every path with few rows.
 * `scanFirst`: how many of the newest contacts a search reads in order before it asks the trigram index.
 * `many`: from this many trigram candidates (all workspaces) on, it reads in order instead of sorting them.
 */
export const SEARCH_TUNING = { scanFirst: 500, many: 5000 };

export function contactRepo(db: Kysely<Database>): ContactRepo {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;

  const newest = (workspaceId: string, n: number, after?: Cursor) => newestContactsQuery(db, workspaceId, n, after);

  /**
   * Contacts whose name, email or company contains `folded` (src/store/search.ts), newest first.
   * PostgreSQL: one query; its planner picks the pg_trgm indexes when they narrow the search, the
   * newest-first index otherwise. SQLite: a query too short for trigrams reads the newest-first index
   * until the page is full. A longer one first reads the newest `scanFirst` contacts (a
   * common text fills its page there, where the index would list thousands of matches to sort); only
   * when that does not fill the page are the candidates taken from the FTS5 trigram table, sorted, and
   * checked with the same substring test — unless the table holds `many` or more candidates:
   * then the text is common, and reading the workspace newest first fills the page sooner.
   */
  async function search(workspaceId: string, folded: string, n: number, after?: Cursor): Promise<ContactRow[]> {
    if (!canMatch(folded)) return [];
    if (postgres) {
      const p = containsPattern(folded);
      let query = db
        .selectFrom('contacts')
        .select(contactColumns)
        .where('workspace_id', '=', workspaceId)
        .where((eb) => eb.or([eb('search_name', 'like', p), eb('search_email', 'like', p), eb('search_company', 'like', p)]));
      if (after) query = query.where(olderThan('created_at', after));
      return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(n).execute();
    }
    const contains = sql<boolean>`(instr(search_name, ${folded}) > 0 or instr(search_email, ${folded}) > 0 or instr(search_company, ${folded}) > 0)`;
    if (!indexable(folded)) {
      let query = db.selectFrom('contacts').select(contactColumns).where('workspace_id', '=', workspaceId).where(contains);
      if (after) query = query.where(olderThan('created_at', after));
      return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(n).execute();
    }
    const recent = await db
      .selectFrom(newest(workspaceId, SEARCH_TUNING.scanFirst, after).select(['search_name', 'search_email', 'search_company']).as('recent'))
      .select(contactColumns)
      .where(contains)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(n)
      .execute();
    if (recent.length === n) return recent;
    // A text found in very many contacts: reading in order until the page is full beats sorting them all.
    // The trigram candidates (all workspaces), read once: the MATCH is the expensive part.
    const candidates = await sql<{ rowid: number }>`select rowid from contacts_search where contacts_search match ${ftsPhrase(folded)} limit ${SEARCH_TUNING.many}`.execute(db);
    if (candidates.rows.length >= SEARCH_TUNING.many) {
      let query = db.selectFrom('contacts').select(contactColumns).where('workspace_id', '=', workspaceId).where(contains);
      if (after) query = query.where(olderThan('created_at', after));
      return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(n).execute();
    }
    if (candidates.rows.length === 0) return [];
    const rowids = JSON.stringify(candidates.rows.map((r) => r.rowid));
    // `+workspace_id`: not through the workspace index, so SQLite starts from the candidates.
    let query = db
      .selectFrom('contacts')
      .select(contactColumns)
      .where(sql<boolean>`search_rowid in (select value from json_each(${rowids}))`)
      .where(sql<boolean>`+workspace_id = ${workspaceId}`)
      .where(contains);
    if (after) query = query.where(olderThan('created_at', after));
    return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(n).execute();
  }

  return {
    async create(c) {
      await db.insertInto('contacts').values(fromContact(c)).execute();
    },
    async get(workspaceId, id) {
      const r = await contactByIdQuery(db, workspaceId, id).executeTakeFirst();
      return r && toContact(r);
    },
    async list(workspaceId, { q, limit, after }) {
      const rows = q ? await search(workspaceId, q.toLowerCase(), limit + 1, after) : await newest(workspaceId, limit + 1, after).execute();
      return contactPage(rows, limit);
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
