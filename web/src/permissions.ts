import { MANAGEMENT_PERMISSIONS, PERMISSIONS, type BuiltinPermission, type Permission, keyPermissions } from '../../src/users/permissions';
import type { CustomGrants, Role } from '../../src/domain';
import { NO_GRANTS } from '../../src/users/custom-permissions';

/**
 * The server's permission table (src/users/permissions.ts), imported rather than copied, with the words
 * the UI uses for each permission.
 */
export { MANAGEMENT_PERMISSIONS, NO_GRANTS, PERMISSIONS, keyPermissions, type CustomGrants, type Permission };

export const PERMISSION_WORDS: Record<BuiltinPermission, string> = {
  'contacts:read': 'Read contacts',
  'contacts:write': 'Create and edit contacts',
  'contacts:delete': 'Delete contacts',
  'keys:own': 'Manage its owner’s own API keys',
  'keys:admin': 'Manage everyone’s API keys',
  'users:manage': 'Manage members and roles',
  'audit:read': 'Read the audit log',
  'keys:verify': 'Verify other keys (POST /api/verify)',
};

/** Keyward's own permissions in words; a workspace's custom permission is shown by its name. */
export const describePermission = (p: string) => PERMISSION_WORDS[p as BuiltinPermission] ?? p;

export const isBuiltin = (p: string): p is BuiltinPermission => (PERMISSIONS as readonly string[]).includes(p);

/** Keeps the table's order (read before write before delete), then the workspace's custom permissions by name. */
export const sortPermissions = (ps: Iterable<string>): Permission[] => {
  const set = new Set(ps);
  return [...PERMISSIONS.filter((p) => set.has(p)), ...[...set].filter((p) => !isBuiltin(p)).sort()];
};

/** The grants as GET /api/permissions lists them (`custom`), in the shape the permission table takes. */
export const grantsOf = (custom: readonly { name: string; roles: readonly Role[] }[]): CustomGrants => Object.fromEntries(custom.map((c) => [c.name, c.roles]));
