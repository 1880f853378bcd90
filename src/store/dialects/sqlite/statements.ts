import { type Kysely, sql } from 'kysely';
import { preparedQuery } from '../../prepared.js';
import type { QueryCounter } from '../../query-counter.js';
import type { Database } from '../../schema.js';
import { ftsPhrase, indexable } from '../../search.js';
import { newestContactsQuery, preparedContactReads, workspaceContacts } from '../../sql/contacts.js';
import { type AuthRow, findByHashQuery, inKeyIdOrder, lastUsedQuery, recordLastUsedOneByOne } from '../../sql/keys.js';
import { type ContactRow, contactColumns, newestFirst } from '../../sql/rows.js';
import type { Cursor } from '../../types.js';
import { preparedVersionRead } from '../../sql/versions.js';
import type { DialectStatements } from '../dialect.js';
import { type StatementCache, preparedReads, preparedWrites } from './prepared.js';

/**
 * Search's two thresholds (see `searchContacts`); tests lower them to reach every path with few rows.
 * `scanFirst`: how many of the newest contacts a search reads in order before it asks the trigram index.
 * `many`: from this many trigram candidates (all workspaces) on, it reads in order instead of sorting them.
 */
export const SEARCH_TUNING = { scanFirst: 500, many: 5000 };

/**
 * The hot paths skip Kysely's per-call query building: the same SQL, compiled by Kysely once and prepared
 * once (src/store/prepared.ts), in the store and in every transaction. The authentication lookup,
 * GET /api/contacts/{id} (≈ 8 µs of a 10 µs read) and an unsearched contact page run on the one
 * connection outside Kysely's queue, so they may see a change whose transaction is still open (a revoke
 * in progress refuses a moment early); a key's plaintext is only sent after its commit. Inside a
 * transaction (which holds the connection), the last-used flush is one prepared UPDATE per key: 5,000 keys
 * in ≈ 3 ms instead of ≈ 17 ms of blocked event loop; outside one it goes through Kysely, key by key.
 */
export function sqliteStatements(db: Kysely<Database>, cache: StatementCache, counter: QueryCounter): DialectStatements {
  const rows = preparedReads(cache);
  const lookup = preparedQuery(rows, 'kw_key_by_hash', (h: string) => findByHashQuery(db, h).compile(), ['\u0000hash'], counter);
  const touch = preparedQuery(
    preparedWrites(cache),
    'kw_key_last_used',
    (keyId: string, at: number, ip: string, replaceAfter: number) => lastUsedQuery(db, keyId, at, ip, replaceAfter).compile(),
    ['\u0000key', -1, '\u0000ip', -2],
    counter,
  );
  const reads = {
    ...preparedContactReads(db, rows, counter),
    ...preparedVersionRead(db, rows, counter),
    keyByHash: async (keyHash: string) => lookup(keyHash)[0] as AuthRow | undefined,
  };
  return {
    store: { ...reads, recordLastUsed: (batch, replaceAfter) => recordLastUsedOneByOne(db, batch, replaceAfter), searchContacts: contactSearch(db) },
    inTransaction: (trx) => ({
      ...reads,
      async recordLastUsed(batch, replaceAfter) {
        for (const { keyId, at, ip } of inKeyIdOrder(batch)) touch(keyId, at, ip, replaceAfter);
      },
      searchContacts: contactSearch(trx),
    }),
  };
}

/**
 * Contacts whose name, email or company contains `folded` (src/store/search.ts), newest first. A query
 * too short for trigrams reads the newest-first index until the page is full. A longer one first reads
 * the newest `scanFirst` contacts (a common text fills its page there, where the index would list
 * thousands of matches to sort); only when that does not fill the page are the candidates taken from the
 * FTS5 trigram table (migration 002), sorted, and checked with the same substring test — unless the table
 * holds `many` or more candidates: then the text is common, and reading the workspace newest first fills
 * the page sooner.
 */
function contactSearch(db: Kysely<Database>) {
  return async (workspaceId: string, folded: string, n: number, after?: Cursor): Promise<ContactRow[]> => {
    const contains = sql<boolean>`(instr(search_name, ${folded}) > 0 or instr(search_email, ${folded}) > 0 or instr(search_company, ${folded}) > 0)`;
    const inOrder = () => newestFirst(workspaceContacts(db, workspaceId).where(contains), 'created_at', n, after).execute();
    if (!indexable(folded)) return inOrder();
    const scanned = newestContactsQuery(db, workspaceId, SEARCH_TUNING.scanFirst, after).select(['search_name', 'search_email', 'search_company']).as('recent');
    const recent = await newestFirst(db.selectFrom(scanned).select(contactColumns).where(contains), 'created_at', n).execute();
    if (recent.length === n) return recent;
    // A text found in very many contacts: reading in order until the page is full beats sorting them all.
    // The trigram candidates (all workspaces), read once: the MATCH is the expensive part.
    const candidates = await sql<{
      rowid: number;
    }>`select rowid from contacts_search where contacts_search match ${ftsPhrase(folded)} limit ${SEARCH_TUNING.many}`.execute(db);
    if (candidates.rows.length >= SEARCH_TUNING.many) return inOrder();
    if (candidates.rows.length === 0) return [];
    const rowids = JSON.stringify(candidates.rows.map((r) => r.rowid));
    // `+workspace_id`: not through the workspace index, so SQLite starts from the candidates.
    const query = db
      .selectFrom('contacts')
      .select(contactColumns)
      .where(sql<boolean>`search_rowid in (select value from json_each(${rowids}))`)
      .where(sql<boolean>`+workspace_id = ${workspaceId}`)
      .where(contains);
    return newestFirst(query, 'created_at', n, after).execute();
  };
}
