import { randomBytes } from 'node:crypto';
import { newId } from '../../src/ids.js';
import type { OperatorPrincipal } from '../../src/principal.js';
import type { ApiKeyRecord, Role, Store, User, Workspace } from '../../src/store/types.js';
import { NO_GRANTS } from '../../src/users/custom-permissions.js';
import { OPERATOR_PERMISSIONS } from '../../src/users/permissions.js';

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

/**
 * A new workspace created at `now` with one user of `role`, stored directly, and a CLI operator acting on the
 * workspace: the principal services take to issue that user's keys (`s.keys.create(op, { ownerId: user.id })`).
 */
export async function aWorkspaceWithOperator(
  store: Store,
  now: number,
  role: Role = 'member',
): Promise<{ workspace: Workspace; user: User; op: OperatorPrincipal }> {
  const workspace: Workspace = { id: newId('wks'), name: 'W', createdAt: now, maxKeyLifetimeDays: 366, requireKeyExpiry: false };
  await store.workspaces.create(workspace);
  const user: User = { id: newId('usr'), workspaceId: workspace.id, email: `${role}@example.test`, name: 'M', role, disabled: false, createdAt: now };
  await store.users.create({ ...user, passwordHash: 'x' });
  const op: OperatorPrincipal = {
    via: 'cli',
    operator: 'test',
    workspace: { id: workspace.id, name: workspace.name, customPermissions: NO_GRANTS },
    permissions: OPERATOR_PERMISSIONS,
    ip: 'cli',
    userAgent: null,
  };
  return { workspace, user, op };
}
