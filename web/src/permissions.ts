import { MANAGEMENT_PERMISSIONS, PERMISSIONS, type Permission, keyPermissions } from '../../src/users/permissions';

/**
 * The server's permission table (src/users/permissions.ts), imported rather than copied, with the words
 * the UI uses for each permission.
 */
export { MANAGEMENT_PERMISSIONS, PERMISSIONS, keyPermissions, type Permission };

export const PERMISSION_WORDS: Record<Permission, string> = {
  'contacts:read': 'Read contacts',
  'contacts:write': 'Create and edit contacts',
  'contacts:delete': 'Delete contacts',
  'keys:own': 'Manage its owner’s own API keys',
  'keys:admin': 'Manage everyone’s API keys',
  'users:manage': 'Manage members and roles',
  'audit:read': 'Read the audit log',
};

export const describePermission = (p: string) => PERMISSION_WORDS[p as Permission] ?? p;

/** Keeps the table's order (read before write before delete). */
export const sortPermissions = (ps: Iterable<string>) => {
  const set = new Set(ps);
  return PERMISSIONS.filter((p) => set.has(p));
};
