import { type Static, Type } from 'typebox';
import { ROLES, USER_KINDS } from '../../domain.js';
import { CUSTOM_PERMISSION_PATTERN } from '../../users/custom-permissions.js';
import { PERMISSIONS } from '../../users/permissions.js';
import { Email, Password, PersonName, Timestamp, component, literals, nullable, page, ref } from './common.js';

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

export const UserKind = component(
  'UserKind',
  literals(USER_KINDS, { description: "person: signs in with email and password; service: an integration's account, with keys and no sign-in" }),
);
const UserEmail = nullable(Email, { description: 'null for a service account' });

export const UserSummary = component('UserSummary', Type.Object({ id: Type.String(), email: UserEmail, name: Type.String(), role: ref(Role) }));

export const User = component(
  'User',
  Type.Object(
    { id: Type.String(), kind: ref(UserKind), email: UserEmail, name: Type.String(), role: ref(Role), disabled: Type.Boolean(), created_at: Timestamp },
    {
      examples: [
        {
          id: 'usr_7Hq2mK9xP4',
          kind: 'person',
          email: 'ada@example.com',
          name: 'Ada Lovelace',
          role: 'member',
          disabled: false,
          created_at: '2026-06-01T12:00:00.000Z',
        },
      ],
    },
  ),
);
export const UserPage = page('UserPage', User, 'users');

/** A person: kind may be left out. */
const PersonCreate = Type.Object({ kind: Type.Optional(Type.Literal('person')), email: Email, name: PersonName, password: Password, role: ref(Role) });
/** A service account: a name and a role; no email, no password. */
const ServiceAccountCreate = Type.Object({ kind: Type.Literal('service'), name: PersonName, role: ref(Role) });

/**
 * One object with a condition rather than a union of two, so a wrong body gets the one error that is
 * wrong with it (an unknown field, a missing email), never one list per kind of user it failed to be.
 */
export const UserCreate = Type.Unsafe<Static<typeof PersonCreate> | Static<typeof ServiceAccountCreate>>(
  Type.Object(
    { kind: Type.Optional(ref(UserKind)), email: Type.Optional(Email), name: PersonName, password: Type.Optional(Password), role: ref(Role) },
    {
      additionalProperties: false,
      description: 'A person (email, name, password, role; kind "person" or left out) or a service account (kind "service", name, role: no email, no password)',
      if: { properties: { kind: { const: 'service' } }, required: ['kind'] },
      then: { properties: { email: false, password: false } },
      else: { properties: { email: Email, password: Password }, required: ['email', 'password'] },
    },
  ),
);
export const UserPatch = Type.Object(
  { role: Type.Optional(ref(Role)), disabled: Type.Optional(Type.Boolean()), name: Type.Optional(PersonName) },
  { additionalProperties: false, minProperties: 1 },
);

export const components = [Role, Permission, UserKind, UserSummary, User, UserPage];
