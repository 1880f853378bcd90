import type { CustomGrants } from '../domain.js';
import { CUSTOM_PERMISSION_PATTERN, customNameProblem } from '../users/custom-permissions.js';
import { isPermission } from '../users/permissions.js';

/** A permission as a rule or the verify API names it: `resource:action`, lower case. */
export const PERMISSION_PATTERN = CUSTOM_PERMISSION_PATTERN;

/**
 * Why `permission` cannot be asked for in a workspace with these grants, or undefined when it can: one of
 * Keyward's own permissions, or a custom permission the workspace defines (PUT /api/permissions/grants).
 */
export function permissionProblem(permission: string, grants: CustomGrants): string | undefined {
  if (isPermission(permission)) return undefined;
  const problem = customNameProblem(permission);
  if (problem) return problem;
  if (!Object.hasOwn(grants, permission)) return `is not a permission of this workspace: define "${permission}" first (PUT /api/permissions/grants)`;
  return undefined;
}
