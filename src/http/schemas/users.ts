import { Type } from 'typebox';
import { ROLES } from '../../domain.js';
import { CUSTOM_PERMISSION_PATTERN } from '../../users/custom-permissions.js';
import { PERMISSIONS } from '../../users/permissions.js';
import { Email, Password, PersonName, Timestamp, component, literals, page, ref } from './common.js';

export const Role = component('Role', literals(ROLES, { description: "A user's role: owner and admin hold every permission; member and viewer fewer" }));
/** Any permission: one of Keyward's own (all of the same shape) or a custom one of the workspace. */
export const Permission = component(
  'Permission',
  Type.String({
    pattern: CUSTOM_PERMISSION_PATTERN,
    description: `A permission, as resource:action: one of Keyward's own (${PERMISSIONS.join(', ')}) or one of the workspace's custom permissions`,
    examples: ['contacts:read', 'invoices:read'],
  }),
);

export const UserSummary = component('UserSummary', Type.Object({ id: Type.String(), email: Type.String(), name: Type.String(), role: ref(Role) }));

export const User = component(
  'User',
  Type.Object(
    { id: Type.String(), email: Type.String(), name: Type.String(), role: ref(Role), disabled: Type.Boolean(), created_at: Timestamp },
    {
      examples: [
        { id: 'usr_7Hq2mK9xP4', email: 'ada@example.com', name: 'Ada Lovelace', role: 'member', disabled: false, created_at: '2026-06-01T12:00:00.000Z' },
      ],
    },
  ),
);
export const UserPage = page('UserPage', User, 'users');

export const UserCreate = Type.Object({ email: Email, name: PersonName, password: Password, role: ref(Role) }, { additionalProperties: false });
export const UserPatch = Type.Object(
  { role: Type.Optional(ref(Role)), disabled: Type.Optional(Type.Boolean()), name: Type.Optional(PersonName) },
  { additionalProperties: false, minProperties: 1 },
);

export const components = [Role, Permission, UserSummary, User, UserPage];
