import { iso, isoOrNull } from '../dates.js';
import type { KeyFlag } from '../domain.js';
import type { ApiKeyRecord, KeyStatus, User } from '../store/types.js';
import type { CustomGrants } from '../domain.js';
import { keyPermissions } from '../users/permissions.js';

export type { KeyFlag };

const DAY = 86_400_000;

/** Status is derived from the stored times at read time, never stored. */
export function keyStatus(k: Pick<ApiKeyRecord, 'revokedAt' | 'expiresAt'>, now: number): KeyStatus {
  if (k.revokedAt !== null) return 'revoked';
  if (k.expiresAt !== null && k.expiresAt <= now) return 'expired';
  return 'active';
}

/**
 * The reminders the help article asks for: rotate after 90 days, revoke what has gone unused for 30,
 * and keys about to expire within 7 days. Shown on active keys only; `leaked` marks a key killed by
 * the leaked-key endpoint.
 */
export function keyFlags(k: ApiKeyRecord, now: number): KeyFlag[] {
  const flags: KeyFlag[] = [];
  if (k.revokedReason === 'leaked') flags.push('leaked');
  if (keyStatus(k, now) !== 'active') return flags;
  if (now - k.createdAt >= 90 * DAY) flags.push('rotation_due');
  if (now - (k.lastUsedAt ?? k.createdAt) >= 30 * DAY) flags.push('unused');
  if (k.expiresAt !== null && k.expiresAt - now <= 7 * DAY) flags.push('expiring_soon');
  return flags;
}

/**
 * The first instant after `now` at which `keyStatus` or `keyFlags` of `k` change with time alone (each
 * threshold above, and the expiry itself); null when none will.
 */
export function nextKeyChange(k: ApiKeyRecord, now: number): number | null {
  if (k.revokedAt !== null) return null;
  const expiry = k.expiresAt === null ? [] : [k.expiresAt - 7 * DAY, k.expiresAt];
  const later = [k.createdAt + 90 * DAY, (k.lastUsedAt ?? k.createdAt) + 30 * DAY, ...expiry].filter((t) => t > now);
  return later.length ? Math.min(...later) : null;
}

export interface KeyView {
  record: ApiKeyRecord;
  status: KeyStatus;
  flags: KeyFlag[];
  /** When `status` or `flags` next change with time alone (nextKeyChange), from the same instant; null: never. */
  changesAt: number | null;
  owner: Pick<User, 'id' | 'email' | 'name'>;
  /** What the key may do now: its owner's current role ∩ its restriction (src/users/permissions.ts). */
  permissions: string[];
  /** Who revoked it (name is empty when that user no longer exists). */
  revokedBy: { id: string; name: string } | null;
  /** The limits in force for this key (its own, or the deployment's defaults). */
  rateLimit: { perMinute: number; perSecond: number };
}

/**
 * A key as it is now. `owner` (its role, with the workspace's `grants`, gives the key's effective
 * permissions; none when the owner is unknown) and `revoker` are the users as read by the caller; the
 * name of whoever revoked the key is found in either, and is empty when that user no longer exists.
 */
export function keyView(
  k: ApiKeyRecord,
  users: { owner: Pick<User, 'id' | 'email' | 'name' | 'role'> | undefined; revoker?: Pick<User, 'id' | 'name'>; grants: CustomGrants },
  now: number,
  defaultRateLimit: { perMinute: number; perSecond: number },
): KeyView {
  const { owner, revoker, grants } = users;
  const revokerName = revoker?.id === k.revokedBy ? revoker.name : k.revokedBy === owner?.id ? owner.name : '';
  return {
    record: k,
    status: keyStatus(k, now),
    flags: keyFlags(k, now),
    changesAt: nextKeyChange(k, now),
    owner: owner ? { id: owner.id, email: owner.email, name: owner.name } : { id: k.userId, email: '', name: '' },
    permissions: owner ? [...keyPermissions(owner.role, k.restriction, grants)].sort() : [],
    revokedBy: k.revokedBy ? { id: k.revokedBy, name: revokerName } : null,
    rateLimit: { perMinute: k.rateLimit.perMinute ?? defaultRateLimit.perMinute, perSecond: k.rateLimit.perSecond ?? defaultRateLimit.perSecond },
  };
}

/**
 * The key object Keyward publishes: the REST API's key (which may add to it), and the `key` of a stored
 * key event and of its webhook body (which must not change with the API). Never the plaintext or the hash.
 */
export function keyViewJson(v: KeyView) {
  const k = v.record;
  return {
    id: k.id,
    name: k.name,
    hint: k.hint,
    status: v.status,
    flags: v.flags,
    owner: v.owner,
    created_at: iso(k.createdAt),
    created_by: k.createdBy,
    expires_at: isoOrNull(k.expiresAt),
    last_used_at: isoOrNull(k.lastUsedAt),
    last_used_ip: k.lastUsedIp,
    revoked_at: isoOrNull(k.revokedAt),
    revoked_reason: k.revokedReason,
    revoked_by: v.revokedBy,
    permissions: v.permissions,
    restriction: k.restriction,
    rate_limit: { per_minute: v.rateLimit.perMinute, per_second: v.rateLimit.perSecond },
    rolled_from: k.rolledFrom,
    replaced_by: k.replacedBy,
    allowed_ips: k.allowedIps ?? null,
  };
}
