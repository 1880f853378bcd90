import { Type } from 'typebox';
import { Text, component } from './common.js';

export const WorkspaceSummary = component('WorkspaceSummary', Type.Object({ id: Type.String(), name: Type.String() }));

const LIFETIME_DAYS = { minimum: 1, maximum: 3660 };

export const Workspace = component(
  'Workspace',
  Type.Object(
    {
      id: Type.String(),
      name: Type.String(),
      max_key_lifetime_days: Type.Integer({ ...LIFETIME_DAYS, description: 'The longest lifetime a new key may have' }),
      require_key_expiry: Type.Boolean({ description: 'Whether every new key must have an expiry' }),
      require_two_factor: Type.Boolean({ description: 'Owners and admins must use two-factor sign-in: those without it enrol at their next sign-in' }),
    },
    { examples: [{ id: 'wsp_3Fk8sQ1zN6', name: 'Acme', max_key_lifetime_days: 365, require_key_expiry: false, require_two_factor: false }] },
  ),
);

export const WorkspaceName = Text({ minLength: 1, maxLength: 200, pattern: '\\S' });

export const WorkspacePatch = Type.Object(
  {
    name: Type.Optional(WorkspaceName),
    max_key_lifetime_days: Type.Optional(Type.Integer(LIFETIME_DAYS)),
    require_key_expiry: Type.Optional(Type.Boolean()),
    require_two_factor: Type.Optional(
      Type.Boolean({ description: 'Owners and admins must use two-factor sign-in (enrolment is forced at their next sign-in)' }),
    ),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const components = [WorkspaceSummary, Workspace];
