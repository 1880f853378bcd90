import { Type } from 'typebox';
import { CUSTOM_PERMISSION_PATTERN, MAX_CUSTOM_PERMISSIONS, RESERVED_RESOURCES } from '../../users/custom-permissions.js';
import { component, ref } from './common.js';
import { Permission, Role } from './users.js';

export const PermissionHolders = component(
  'PermissionHolders',
  Type.Object({ name: ref(Permission), roles: Type.Array(ref(Role), { description: 'The roles holding it' }) }),
);

export const WorkspacePermissions = component(
  'WorkspacePermissions',
  Type.Object(
    {
      builtin: Type.Array(ref(PermissionHolders), { description: "Keyward's own permissions and the roles holding each (fixed)" }),
      custom: Type.Array(ref(PermissionHolders), { description: "The workspace's custom permissions and the roles it grants each to, by name" }),
    },
    {
      examples: [
        {
          builtin: [{ name: 'contacts:read', roles: ['owner', 'admin', 'member', 'viewer'] }],
          custom: [{ name: 'invoices:read', roles: ['owner', 'admin', 'member'] }],
        },
      ],
    },
  ),
);

/** A custom permission's name, outside Keyward's own resources. */
const CUSTOM_NAME = `^(?!(?:${RESERVED_RESOURCES.join('|')}):)${CUSTOM_PERMISSION_PATTERN.slice(1)}`;

/** `PUT /api/permissions/grants`: every custom permission of the workspace and the roles holding it. */
export const PermissionGrants = Type.Unsafe<Record<string, ('owner' | 'admin' | 'member' | 'viewer')[]>>({
  type: 'object',
  description: `Custom permission (resource:action, lower case; not on ${RESERVED_RESOURCES.join(', ')}) → the roles holding it, which must include owner and admin. Replaces every custom permission of the workspace.`,
  patternProperties: {
    [CUSTOM_NAME]: Type.Array(ref(Role), { minItems: 2, maxItems: 4, uniqueItems: true, description: 'Must include owner and admin' }),
  },
  additionalProperties: false,
  maxProperties: MAX_CUSTOM_PERMISSIONS,
  examples: [{ 'invoices:read': ['owner', 'admin', 'member'], 'invoices:write': ['owner', 'admin'] }],
});

export const components = [PermissionHolders, WorkspacePermissions];
