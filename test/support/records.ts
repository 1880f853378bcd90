import { randomBytes } from 'node:crypto';
import { newId } from '../../src/ids.js';
import type { ApiKeyRecord } from '../../src/store/types.js';

/**
 * A key's stored row as the store takes it, owned and created by `owner`: live, never used, unrestricted,
 * without limits, IP list or idle revocation. `patch` sets whatever a case is about (times, hash, restriction).
 */
export function keyRecord(owner: { id: string; workspaceId: string }, patch: Partial<ApiKeyRecord> = {}): ApiKeyRecord {
  return {
    id: newId('key'),
    workspaceId: owner.workspaceId,
    userId: owner.id,
    keyHash: randomBytes(32).toString('hex'),
    hint: 'kw_…abcd',
    name: 'A key',
    createdAt: Date.now(),
    createdBy: owner.id,
    expiresAt: null,
    lastUsedAt: null,
    lastUsedIp: null,
    revokedAt: null,
    revokedBy: null,
    revokedReason: null,
    restriction: null,
    rateLimit: { perMinute: null, perSecond: null },
    rolledFrom: null,
    replacedBy: null,
    allowedIps: null,
    revokeWhenIdleMs: null,
    ...patch,
  };
}
