import { type Kysely, sql } from 'kysely';
import type pg from 'pg';
import type { QueryCounter } from '../../query-counter.js';
import type { Database } from '../../schema.js';
import { containsPattern } from '../../search.js';
import { contactByIdQuery, newestContactsQuery, preparedContactReads, workspaceContacts } from '../../sql/contacts.js';
import { newestFirst } from '../../sql/rows.js';
import { findByHashQuery, inKeyIdOrder } from '../../sql/keys.js';
import type { Cursor, LastUsed } from '../../types.js';
import { preparedVersionRead, resourceVersionsQuery } from '../../sql/versions.js';
import type { DialectStatements, RepoStatements } from '../dialect.js';
import { preparedOnPool } from './prepared.js';

/**
 * The contact reads of the app's own requests (`GET /api/contacts`, `GET /api/contacts/{id}`) skip
 * Kysely's per-call query building and PostgreSQL's per-call parse: statements compiled once, prepared
 * once per connection (prepared.ts). Outside transactions only: a transaction's reads stay on its own
 * connection, through Kysely. Search keeps its general query; the last-used batch goes in chunks.
 */
export function postgresStatements(db: Kysely<Database>, pool: pg.Pool, counter: QueryCounter): DialectStatements {
  return {
    store: { ...builtPerCall(db), ...preparedContactReads(db, preparedOnPool(pool), counter), ...preparedVersionRead(db, preparedOnPool(pool), counter) },
    inTransaction: builtPerCall,
  };
}

/** The statements as Kysely builds them on every call, on `db` (the store's pool, or a transaction). */
function builtPerCall(db: Kysely<Database>): RepoStatements {
  return {
    keyByHash: (keyHash) => findByHashQuery(db, keyHash).executeTakeFirst(),
    contactById: (workspaceId, id) => contactByIdQuery(db, workspaceId, id).executeTakeFirst(),
    resourceVersions: (workspaceId) => resourceVersionsQuery(db, workspaceId).executeTakeFirst(),
    newestContacts: (workspaceId, n, after) => newestContactsQuery(db, workspaceId, n, after).execute(),
    searchContacts: (workspaceId, folded, n, after) => searchQuery(db, workspaceId, folded, n, after).execute(),
    recordLastUsed: (batch, replaceAfter) => recordLastUsedInChunks(db, batch, replaceAfter),
  };
}

/**
 * Contacts whose folded name, email or company contains `folded` (src/store/search.ts), newest first, in
 * one query, and the planner chooses how, from the columns' statistics (ANALYZE, autovacuum): for a text
 * it expects in many contacts, a walk of the newest-first index (`contacts_workspace`) that stops at the
 * page; for a rarer one, the pg_trgm indexes (migration 002) and a sort of their few matches.
 */
export function searchQuery(db: Kysely<Database>, workspaceId: string, folded: string, n: number, after?: Cursor) {
  const p = containsPattern(folded);
  const query = workspaceContacts(db, workspaceId).where((eb) =>
    eb.or([eb('search_name', 'like', p), eb('search_email', 'like', p), eb('search_company', 'like', p)]),
  );
  return newestFirst(query, 'created_at', n, after);
}

/** How many keys one PostgreSQL last-used statement carries (tests lower it to cross chunk boundaries). */
export const LAST_USED_TUNING = { chunk: 1000 };

/**
 * PostgreSQL: the batch in chunks, two statements each instead of one UPDATE (and one round trip) per key —
 * with 5,000 keys in use, a flush a second was most of the server CPU that rotating keys cost
 * (bench/RESULTS.md). The chunk's rows are first locked in key-id order (`order by id for update`: the
 * lock is taken above the sort), so instances flushing overlapping batches cannot deadlock; the UPDATE
 * then joins the chunk's arrays and, like `lastUsedQuery`, only moves a key's last use forward. It sets
 * only the bookkeeping columns, so it changes no authentication state (change-feed.ts, migration 006); in
 * the same statement it moves the `keys` counter of each workspace whose keys it changed, in workspace
 * order (migration 013: the key trigger leaves these columns out, so flushes cannot lock counters in
 * opposite orders).
 */
async function recordLastUsedInChunks(db: Kysely<Database>, batch: readonly LastUsed[], replaceAfter: number): Promise<void> {
  const latest = new Map<string, LastUsed>();
  for (const u of batch) if ((latest.get(u.keyId)?.at ?? Number.NEGATIVE_INFINITY) < u.at) latest.set(u.keyId, u);
  const ordered = inKeyIdOrder([...latest.values()]);
  for (let i = 0; i < ordered.length; i += LAST_USED_TUNING.chunk) {
    const chunk = ordered.slice(i, i + LAST_USED_TUNING.chunk);
    const ids = chunk.map((u) => u.keyId);
    await db.selectFrom('api_keys').select('id').where(sql<boolean>`id = any(${ids}::text[])`).orderBy('id').forUpdate().execute();
    const values = sql`(select unnest(${ids}::text[]) as id, unnest(${chunk.map((u) => u.at)}::int8[]) as at, unnest(${chunk.map((u) => u.ip)}::text[]) as ip)`;
    await db
      .with('used', (w) =>
        w
          .updateTable('api_keys')
          .from(values.as('v'))
          .set({ last_used_at: sql`v.at`, last_used_ip: sql`v.ip` })
          .where(
            sql<boolean>`api_keys.id = v.id and (api_keys.last_used_at is null or api_keys.last_used_at < v.at or api_keys.last_used_at > ${replaceAfter}::int8)`,
          )
          .returning('api_keys.workspace_id'),
      )
      .insertInto('resource_versions')
      .columns(['workspace_id', 'keys'])
      .expression((eb) =>
        eb
          .selectFrom('used')
          .select(['used.workspace_id', sql<number>`1`.as('keys')])
          .distinct()
          .orderBy('used.workspace_id'),
      )
      .onConflict((oc) => oc.column('workspace_id').doUpdateSet({ keys: sql`resource_versions.keys + 1` }))
      .execute();
  }
}
