import { PERMISSIONS, isPermission } from '../users/permissions.js';

/** A permission as a rule or the verify API names it: `resource:action`, lower case. */
export const PERMISSION_PATTERN = '^[a-z][a-z0-9_-]{0,31}:[a-z][a-z0-9_-]{0,31}$';
const SHAPE = new RegExp(PERMISSION_PATTERN);

/** Keyward's own resources: only its own permissions use these names. */
const RESERVED: ReadonlySet<string> = new Set(PERMISSIONS.map((p) => p.split(':')[0]));

/**
 * Why `permission` cannot be asked for, or undefined when it can: one of Keyward's permissions, or a custom
 * one (`resource:action` outside Keyward's own resources).
 */
export function permissionProblem(permission: string): string | undefined {
  if (isPermission(permission)) return undefined;
  if (!SHAPE.test(permission)) return 'must be resource:action, in lower case';
  const resource = permission.slice(0, permission.indexOf(':'));
  if (RESERVED.has(resource)) return `is not one of Keyward's permissions (${resource} is Keyward's own resource)`;
  return undefined;
}
