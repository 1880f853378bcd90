import type { Role } from '../store/types.js';

/** Every permission Keyward knows, as `resource:action`. */
export const PERMISSIONS = [
  'contacts:read',
  'contacts:write',
  'contacts:delete',
  'keys:own',
  'keys:admin',
  'users:manage',
  'audit:read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const TABLE: Record<Role, readonly Permission[]> = {
  owner: PERMISSIONS,
  admin: PERMISSIONS,
  member: ['contacts:read', 'contacts:write', 'keys:own'],
  viewer: ['contacts:read', 'keys:own'],
};

/**
 * Permissions an unrestricted key does *not* inherit: a leaked key must not be able to mint keys,
 * manage users or read the audit log unless its restriction names the permission explicitly.
 */
export const MANAGEMENT_PERMISSIONS: ReadonlySet<Permission> = new Set(['keys:own', 'keys:admin', 'users:manage', 'audit:read']);

export const isPermission = (p: string): p is Permission => (PERMISSIONS as readonly string[]).includes(p);

/** The permissions a role grants (SPEC §1). */
export function rolePermissions(role: Role): readonly Permission[] {
  return TABLE[role];
}

/** A session acts with its user's role. */
export function sessionPermissions(role: Role): ReadonlySet<Permission> {
  return new Set(TABLE[role]);
}

/** A key acts with (owner's role now) ∩ (restriction, or everything but management when unrestricted). */
/** An unrestricted key's permissions by role: the same frozen set for every request (the hot path). */
const UNRESTRICTED = new Map<Role, ReadonlySet<Permission>>();

export function keyPermissions(role: Role, restriction: readonly string[] | null): ReadonlySet<Permission> {
  const granted = TABLE[role];
  if (restriction === null) {
    let set = UNRESTRICTED.get(role);
    if (set === undefined) UNRESTRICTED.set(role, (set = new Set(granted.filter((p) => !MANAGEMENT_PERMISSIONS.has(p)))));
    return set;
  }
  return new Set(granted.filter((p) => restriction.includes(p)));
}

const RANK: Record<Role, number> = { viewer: 0, member: 1, admin: 2, owner: 3 };
export const roleRank = (r: Role) => RANK[r];
