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
import type { DialectStatements, RepoStatements } from '../dialect.js';
import type { ChangeSignal } from './change-signal.js';
import { type StatementCache, preparedReads, preparedWrites } from './prepared.js';

/**
 * Search's thresholds (see `contactSearch`); tests lower them to reach every path with few rows.
 * `scanFirst`: how many of the newest contacts a search reads in order before it decides anything.
 * `scanMost`: how many it reads in order at most, when the first ones show the text common enough to fill
 * the page within them (reading on is then cheaper than asking the trigram index, whose cost grows with
 * how common the text's trigrams are, not with the page).
 * `many`: from this many trigram candidates (all workspaces) on, it reads in order instead of sorting them.
 */
export const SEARCH_TUNING = { scanFirst: 500, scanMost: 10_000, many: 5000 };

/**
 * The hot paths skip Kysely's per-call query building: the same SQL, compiled by Kysely once and prepared
 * once (src/store/prepared.ts), in the store and in every transaction. The authentication lookup,
 * GET /api/contacts/{id} (≈ 8 µs of a 10 µs read) and an unsearched contact page run on the one
 * connection outside Kysely's queue, so they may see a change whose transaction is still open (a revoke
 * in progress refuses a moment early); a key's plaintext is only sent after its commit. Inside a
 * transaction (which holds the connection), the last-used flush is one prepared UPDATE per key: 5,000 keys
 * in ≈ 3 ms instead of ≈ 17 ms of blocked event loop; outside one it goes through Kysely, key by key.
 */
export function sqliteStatements(
  db: Kysely<Database>,
  cache: StatementCache,
  counter: QueryCounter,
  signal: Pick<ChangeSignal, 'anyCommit'>,
): DialectStatements {
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
    resourceVersions: countersKeptUntilCommit(preparedVersionRead(db, rows, counter).resourceVersions, cache, signal),
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
 * A workspace's counters, read by every conditional request (a 304 reads nothing else), kept in memory
 * until anything commits: a read of the file costs ≈ 9 µs in WAL mode (it starts and ends a read
 * transaction with its file locks), the wal-index header that every commit rewrites ≈ 1 µs. The header is
 * looked at before the row is read, so a commit landing in between makes the next call read again, never
 * keeps an old row. Nothing is kept while a transaction is open on the connection (its writes are visible
 * here and may be rolled back), nor where there is no -shm file.
 */
function countersKeptUntilCommit(
  read: RepoStatements['resourceVersions'],
  cache: Pick<StatementCache, 'inTransaction'>,
  signal: Pick<ChangeSignal, 'anyCommit'>,
): RepoStatements['resourceVersions'] {
  const kept = new Map<string, { generation: number; row: Awaited<ReturnType<RepoStatements['resourceVersions']>> }>();
  return async (workspaceId) => {
    const generation = cache.inTransaction() ? undefined : signal.anyCommit();
    if (generation === undefined) return read(workspaceId);
    const hit = kept.get(workspaceId);
    if (hit?.generation === generation) return hit.row;
    const row = await read(workspaceId);
    if (cache.inTransaction()) return row;
    if (kept.size >= 10_000) kept.clear();
    kept.set(workspaceId, { generation, row });
    return row;
  };
}

/**
 * Contacts whose name, email or company contains `folded` (src/store/search.ts), newest first: `n` of them
 * after the cursor, or all there are. A query too short for trigrams reads the newest-first index until the
 * page is full. A longer one reads the newest contacts in order, stopping at the page: first `scanFirst`
 * of them; if the matches among those say that the page fills within `scanMost` contacts (a common text),
 * on up to `scanMost`. Whatever is not filled then comes, for the contacts older than the last one read,
 * from the FTS5 trigram table (migration 002): its candidates sorted and checked with the same substring
 * test — unless the table holds `many` or more candidates, when reading on in order fills the page sooner.
 * Each step starts where the previous one stopped, so nothing is missed or returned twice.
 */
function contactSearch(db: Kysely<Database>) {
  return async (workspaceId: string, folded: string, n: number, after?: Cursor): Promise<ContactRow[]> => {
    const q = searchQueries(db, workspaceId, folded);
    if (!indexable(folded)) return q.inOrder(n, after).execute();

    /** The matches among the next `budget` contacts after `from` (at most `want`), and where that stretch ends. */
    const scan = async (budget: number, want: number, from?: Cursor) => {
      const found = await q.stretch(budget, want, from).execute();
      if (found.length === want) return { found };
      const last = await q.stretchEnd(budget, from).executeTakeFirst();
      return { found, end: last && { at: Number(last.created_at), id: last.id } };
    };

    const first = await scan(SEARCH_TUNING.scanFirst, n, after);
    const rows = first.found;
    let from = first.end;
    if (!from) return rows;
    const rest = SEARCH_TUNING.scanMost - SEARCH_TUNING.scanFirst;
    if (rows.length > 0 && rest > 0 && (SEARCH_TUNING.scanFirst * n) / rows.length <= SEARCH_TUNING.scanMost) {
      const more = await scan(rest, n - rows.length, from);
      rows.push(...more.found);
      from = more.end;
      if (!from) return rows;
    }
    // The trigram candidates (all workspaces), read once: the MATCH is the expensive part.
    const candidates = await q.candidates().execute(db);
    const want = n - rows.length;
    if (candidates.rows.length >= SEARCH_TUNING.many) rows.push(...(await q.inOrder(want, from).execute()));
    else if (candidates.rows.length > 0)
      rows.push(
        ...(await q
          .fromCandidates(
            candidates.rows.map((r) => r.rowid),
            want,
            from,
          )
          .execute()),
      );
    return rows;
  };
}

/** The statements of a search for `folded` in one workspace (`contactSearch`), each newest first after a cursor. */
export function searchQueries(db: Kysely<Database>, workspaceId: string, folded: string) {
  const contains = sql<boolean>`(instr(search_name, ${folded}) > 0 or instr(search_email, ${folded}) > 0 or instr(search_company, ${folded}) > 0)`;
  return {
    /** Matches read in order through the workspace's newest-first index until `want` are found. */
    inOrder: (want: number, from?: Cursor) => newestFirst(workspaceContacts(db, workspaceId).where(contains), 'created_at', want, from),
    /** Matches among the next `budget` contacts, read in order and stopping at `want` (no sort: the stretch is in order). */
    stretch(budget: number, want: number, from?: Cursor) {
      const stretch = newestContactsQuery(db, workspaceId, budget, from).select(['search_name', 'search_email', 'search_company']).as('recent');
      return newestFirst(db.selectFrom(stretch).select(contactColumns).where(contains), 'created_at', want);
    },
    /** The stretch's last contact, read from the index alone; none when the workspace ends within it. */
    stretchEnd: (budget: number, from?: Cursor) =>
      newestFirst(db.selectFrom('contacts').select(['created_at', 'id']).where('workspace_id', '=', workspaceId), 'created_at', 1, from).offset(budget - 1),
    /** The FTS5 trigram table's candidates (migration 002), as many as `many`. */
    candidates: () => sql<{ rowid: number }>`select rowid from contacts_search where contacts_search match ${ftsPhrase(folded)} limit ${SEARCH_TUNING.many}`,
    /** The workspace's matches among the candidates, sorted. `+workspace_id`: not through the workspace index, so SQLite starts from the candidates. */
    fromCandidates(rowids: readonly number[], want: number, from?: Cursor) {
      const query = db
        .selectFrom('contacts')
        .select(contactColumns)
        .where(sql<boolean>`search_rowid in (select value from json_each(${JSON.stringify(rowids)}))`)
        .where(sql<boolean>`+workspace_id = ${workspaceId}`)
        .where(contains);
      return newestFirst(query, 'created_at', want, from);
    },
  };
}
