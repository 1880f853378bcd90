import type { Kysely } from 'kysely';
import type { Database } from '../../schema.js';

/**
 * Other instances' commits are seen through the `auth_version` counter (migration 006), which moves in the
 * same transaction as every change to keys, users or workspaces, by any writer. One primary-key read,
 * compiled once (it runs up to once per event-loop turn under load). A missing row is an error: the
 * caller then trusts nothing it cached.
 */
export function authVersionReader(db: Kysely<Database>): () => Promise<number> {
  const query = db.selectFrom('auth_version').select('version').where('id', '=', 1).compile();
  return async () => {
    const row = (await db.executeQuery(query)).rows[0];
    if (row === undefined) throw new Error('auth_version has no row (migration 006)');
    return Number(row.version);
  };
}
