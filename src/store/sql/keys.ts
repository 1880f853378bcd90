import type { Kysely } from 'kysely';
import type { RepoStatements } from '../dialects/dialect.js';
import type { Database } from '../schema.js';
import type { KeyAuthRecord, KeyRepo, LastUsed } from '../types.js';
import { grantsFromText } from '../../users/custom-permissions.js';
import { countOf, fromKey, num, patchColumns, readPage, toKey, toUser } from './rows.js';

/** The authentication lookup and the last-used batch run through the dialect's statements (`RepoStatements`). */
export function keyRepo(db: Kysely<Database>, statements: RepoStatements): KeyRepo {
  return {
    async create(k) {
      await db.insertInto('api_keys').values(fromKey(k)).execute();
    },
    async get(workspaceId, id) {
      const r = await db.selectFrom('api_keys').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
      return r && toKey(r);
    },
    async getById(id) {
      const r = await db.selectFrom('api_keys').selectAll().where('id', '=', id).executeTakeFirst();
      return r && toKey(r);
    },
    async findByHash(keyHash) {
      const r = await statements.keyByHash(keyHash);
      return r && toAuthRecord(r);
    },
    async list({ workspaceId, userId, status, now, limit, after }) {
      let q = db.selectFrom('api_keys').selectAll().where('workspace_id', '=', workspaceId);
      if (userId) q = q.where('user_id', '=', userId);
      if (status === 'revoked') q = q.where('revoked_at', 'is not', null);
      if (status === 'expired') q = q.where('revoked_at', 'is', null).where('expires_at', '<=', now);
      if (status === 'active') {
        q = q.where('revoked_at', 'is', null).where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]));
      }
      return readPage(q, 'created_at', { limit, after }, toKey);
    },
    async update(workspaceId, id, patch) {
      const values: Partial<Database['api_keys']> = patchColumns(patch, {
        name: 'name',
        expiresAt: 'expires_at',
        revokedAt: 'revoked_at',
        revokedBy: 'revoked_by',
        revokedReason: 'revoked_reason',
        replacedBy: 'replaced_by',
        rateLimit: (limit) => ({ rate_limit_per_minute: limit.perMinute, rate_limit_per_second: limit.perSecond }),
        allowedIps: (ips) => ({ allowed_ips: ips === null ? null : JSON.stringify(ips) }),
        revokeWhenIdleMs: 'revoke_when_idle_ms',
      });
      if (Object.keys(values).length === 0) return;
      await db.updateTable('api_keys').set(values).where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
    },
    async countActive(userId, now) {
      const r = await db
        .selectFrom('api_keys')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('user_id', '=', userId)
        .where('revoked_at', 'is', null)
        .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]))
        .executeTakeFirstOrThrow();
      return num(r.n);
    },
    async nextExpiry({ workspaceId, userId, now }) {
      let q = db
        .selectFrom('api_keys')
        .select((eb) => eb.fn.min('expires_at').as('at'))
        .where('workspace_id', '=', workspaceId)
        .where('revoked_at', 'is', null)
        .where('expires_at', '>', now);
      if (userId) q = q.where('user_id', '=', userId);
      const r = await q.executeTakeFirst();
      return r?.at === null || r?.at === undefined ? null : num(r.at);
    },
    async rehash(id, fromHash, toHash) {
      await db.updateTable('api_keys').set({ key_hash: toHash }).where('id', '=', id).where('key_hash', '=', fromHash).execute();
    },
    async idleRevocable() {
      const rows = await db.selectFrom('api_keys').selectAll().where('revoke_when_idle_ms', 'is not', null).where('revoked_at', 'is', null).execute();
      return rows.map(toKey);
    },
    async revokeIfIdle(id, at, usedBefore, reason) {
      const r = await db
        .updateTable('api_keys')
        .set({ revoked_at: at, revoked_reason: reason })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<=', usedBefore)]))
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async recordLastUsed(batch, { replaceAfter = NEVER } = {}) {
      await statements.recordLastUsed(batch, replaceAfter);
    },
  };
}

/** `replaceAfter` when none is given: no stored last use counts as a clock excursion. */
export const NEVER = Number.MAX_SAFE_INTEGER;

/**
 * Always in key-id order: instances flushing overlapping batches then lock rows in the same order and
 * cannot deadlock (PostgreSQL 40P01).
 */
export function inKeyIdOrder(batch: readonly LastUsed[]): LastUsed[] {
  return [...batch].sort((a, b) => (a.keyId < b.keyId ? -1 : a.keyId > b.keyId ? 1 : 0));
}

/** The last-used batch through Kysely, one UPDATE per key in key-id order (SQLite outside a transaction). */
export async function recordLastUsedOneByOne(db: Kysely<Database>, batch: readonly LastUsed[], replaceAfter: number): Promise<void> {
  for (const { keyId, at, ip } of inKeyIdOrder(batch)) await lastUsedQuery(db, keyId, at, ip, replaceAfter).execute();
}

/**
 * One key's last use, unless a later one is already recorded — a recorded one after `replaceAfter` (ahead
 * of the flushing instance's clock by more than the allowed skew) is a clock excursion and is replaced, so
 * a time stored under a clock a year ahead does not hide every real use after it.
 */
export function lastUsedQuery(db: Kysely<Database>, keyId: string, at: number, ip: string, replaceAfter: number) {
  return db
    .updateTable('api_keys')
    .set({ last_used_at: at, last_used_ip: ip })
    .where('id', '=', keyId)
    .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', at), eb('last_used_at', '>', replaceAfter)]));
}

/** The authentication lookup: one indexed read by hash, joined with the owner and the workspace. */
export function findByHashQuery(db: Kysely<Database>, keyHash: string) {
  return db
    .selectFrom('api_keys as k')
    .innerJoin('users as u', 'u.id', 'k.user_id')
    .innerJoin('workspaces as w', 'w.id', 'k.workspace_id')
    .selectAll('k')
    .select([
      'u.email as u_email',
      'u.name as u_name',
      'u.role as u_role',
      'u.disabled as u_disabled',
      'u.created_at as u_created_at',
      'u.kind as u_kind',
      'w.name as w_name',
      'w.custom_permissions as w_custom_permissions',
      'w.protected_apis_version as w_protected_apis_version',
    ])
    .where('k.key_hash', '=', keyHash);
}

export type AuthRow = NonNullable<Awaited<ReturnType<ReturnType<typeof findByHashQuery>['executeTakeFirst']>>>;

export function toAuthRecord(r: AuthRow): KeyAuthRecord {
  const user = toUser({
    id: r.user_id,
    workspace_id: r.workspace_id,
    email: r.u_email,
    name: r.u_name,
    role: r.u_role,
    disabled: r.u_disabled,
    created_at: r.u_created_at,
    kind: r.u_kind,
  });
  return {
    key: toKey(r),
    user,
    workspace: {
      id: r.workspace_id,
      name: r.w_name,
      customPermissions: grantsFromText(r.w_custom_permissions),
      protectedApisVersion: Number(r.w_protected_apis_version),
    },
  };
}
