import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { IdempotencyRepo, IdempotencyScope } from '../types.js';
import { num, numOrNull } from './rows.js';

/** Idempotency-Key rows (migration 007); the same statements on both dialects. */
export function idempotencyRepo(db: Kysely<Database>): IdempotencyRepo {
  const where = (s: IdempotencyScope) =>
    db.selectFrom('idempotency_keys').where('workspace_id', '=', s.workspaceId).where('principal', '=', s.principal).where('idempotency_key', '=', s.key);
  return {
    async reserve(s, fingerprint, createdAt) {
      const r = await db
        .insertInto('idempotency_keys')
        .values({ workspace_id: s.workspaceId, principal: s.principal, idempotency_key: s.key, fingerprint, created_at: createdAt, status: null, body: null })
        .onConflict((oc) => oc.columns(['workspace_id', 'principal', 'idempotency_key']).doNothing())
        .executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
    },
    async get(s) {
      const r = await where(s).select(['fingerprint', 'created_at', 'status', 'body']).executeTakeFirst();
      return r && { fingerprint: r.fingerprint, createdAt: num(r.created_at), status: numOrNull(r.status), body: r.body };
    },
    async complete(s, createdAt, status, body) {
      await db
        .updateTable('idempotency_keys')
        .set({ status, body })
        .where('workspace_id', '=', s.workspaceId)
        .where('principal', '=', s.principal)
        .where('idempotency_key', '=', s.key)
        .where('created_at', '=', createdAt)
        .execute();
    },
    async release(s, createdAt) {
      await db
        .deleteFrom('idempotency_keys')
        .where('workspace_id', '=', s.workspaceId)
        .where('principal', '=', s.principal)
        .where('idempotency_key', '=', s.key)
        .where('created_at', '=', createdAt)
        .execute();
    },
    async prune(before) {
      const r = await db.deleteFrom('idempotency_keys').where('created_at', '<', before).executeTakeFirst();
      return Number(r.numDeletedRows);
    },
  };
}
