/** Keyward's own permissions and a workspace's custom ones, as the API lists them with the roles holding each. */
import { type CustomGrants, ROLES, type Role } from '../domain.js';
import { NO_GRANTS } from './custom-permissions.js';
import { PERMISSIONS, type Permission, rolePermissions } from './permissions.js';

/** A permission and the roles that hold it. */
export interface PermissionHolders {
  name: Permission;
  roles: Role[];
}

/** Keyward's own permissions and the workspace's custom ones, each with the roles holding it. */
export interface WorkspacePermissions {
  builtin: PermissionHolders[];
  custom: PermissionHolders[];
}

const BUILTIN: PermissionHolders[] = PERMISSIONS.map((name) => ({ name, roles: ROLES.filter((r) => rolePermissions(r, NO_GRANTS).includes(name)) }));

export function permissionsOf(grants: CustomGrants): WorkspacePermissions {
  return { builtin: BUILTIN, custom: Object.keys(grants).map((name) => ({ name, roles: [...grants[name]] })) };
}

/** The names whose holders differ between two grants (defined, removed, or granted to other roles). */
export function changedNames(before: CustomGrants, after: CustomGrants): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((name) => (Object.hasOwn(before, name) ? before[name].join() : null) !== (Object.hasOwn(after, name) ? after[name].join() : null));
}
