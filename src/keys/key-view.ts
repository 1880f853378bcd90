import type { KeyFlag } from '../domain.js';
import type { ApiKeyRecord, KeyStatus, User } from '../store/types.js';

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

export interface KeyView {
  record: ApiKeyRecord;
  status: KeyStatus;
  flags: KeyFlag[];
  owner: Pick<User, 'id' | 'email' | 'name'>;
  /** What the key may do now: its owner's current role ∩ its restriction (src/users/permissions.ts). */
  permissions: string[];
  /** Who revoked it (name is empty when that user no longer exists). */
  revokedBy: { id: string; name: string } | null;
  /** The limits in force for this key (its own, or the deployment's defaults). */
  rateLimit: { perMinute: number; perSecond: number };
}
