import { type Static, Type } from 'typebox';
import { PERMISSIONS } from '../users/permissions.js';

/** Route schemas: they validate input (unknown fields rejected) and generate /openapi.json. */
const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
export const Timestamp = Type.String({ format: 'date-time', description: 'RFC 3339, UTC, with milliseconds' });
const NullableTimestamp = Type.Union([Timestamp, Type.Null()]);
export const Role = Type.Union([Type.Literal('owner'), Type.Literal('admin'), Type.Literal('member'), Type.Literal('viewer')]);
export const PermissionName = Type.Union(PERMISSIONS.map((p) => Type.Literal(p)));
export const Id = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_]+$' });
export const IdParams = Type.Object({ id: Id }, { additionalProperties: false });

export const ListQuery = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 25 })),
  cursor: Type.Optional(Type.String({ maxLength: 200 })),
};

export const Problem = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String(),
    code: Type.String(),
    errors: Type.Optional(Type.Array(Type.Object({ path: Type.String(), message: Type.String() }))),
  },
  { additionalProperties: true, description: 'RFC 9457 problem details' },
);

export const UserOut = Type.Object({
  id: Type.String(),
  email: Type.String(),
  name: Type.String(),
  role: Role,
  disabled: Type.Boolean(),
  created_at: Timestamp,
});

export const WorkspaceOut = Type.Object({ id: Type.String(), name: Type.String() });

export const SessionOut = Type.Object({
  user: Type.Object({ id: Type.String(), email: Type.String(), name: Type.String(), role: Role }),
  workspace: WorkspaceOut,
  csrf_token: Type.String(),
});

export const Email = Type.String({ format: 'email', maxLength: 320 });
export const Password = Type.String({ minLength: 12, maxLength: 1024 });
export const PersonName = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' });

export const SetupBody = Type.Object(
  { workspace_name: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }), email: Email, name: PersonName, password: Password },
  { additionalProperties: false },
);
export type SetupBody = Static<typeof SetupBody>;

export const LoginBody = Type.Object(
  {
    email: Type.String({ minLength: 1, maxLength: 320 }),
    password: Type.String({ minLength: 1, maxLength: 1024 }),
    workspace_id: Type.Optional(Type.String({ minLength: 1, maxLength: 40, description: 'Which workspace, when the email and password open several (409 workspace_required)' })),
  },
  { additionalProperties: false },
);

export const ContactIn = {
  name: Type.String({ minLength: 1, maxLength: 200 }),
  email: Type.Optional(Nullable(Type.String({ maxLength: 320 }))),
  phone: Type.Optional(Nullable(Type.String({ maxLength: 50 }))),
  company: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  notes: Type.Optional(Nullable(Type.String({ maxLength: 10_000 }))),
  tags: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 50 }), { maxItems: 50 })),
};
export const ContactCreate = Type.Object(ContactIn, { additionalProperties: false });
export const ContactPatch = Type.Object(
  { ...ContactIn, name: Type.Optional(ContactIn.name) },
  { additionalProperties: false, minProperties: 1 },
);

export const ContactOut = Type.Object({
  id: Type.String(),
  name: Type.String(),
  email: Type.Union([Type.String(), Type.Null()]),
  phone: Type.Union([Type.String(), Type.Null()]),
  company: Type.Union([Type.String(), Type.Null()]),
  notes: Type.Union([Type.String(), Type.Null()]),
  tags: Type.Array(Type.String()),
  created_at: Timestamp,
  updated_at: Timestamp,
});

export const RateLimitIn = Type.Object(
  { per_minute: Type.Integer({ minimum: 1, maximum: 1_000_000 }), per_second: Type.Integer({ minimum: 1, maximum: 100_000 }) },
  { additionalProperties: false },
);
export const RateLimitOut = Type.Object({ per_minute: Type.Integer(), per_second: Type.Integer() });

export const KeyOut = Type.Object({
  id: Type.String(),
  name: Type.String(),
  hint: Type.String(),
  status: Type.Union([Type.Literal('active'), Type.Literal('expired'), Type.Literal('revoked')]),
  flags: Type.Array(Type.String()),
  owner: Type.Object({ id: Type.String(), email: Type.String(), name: Type.String() }),
  created_at: Timestamp,
  created_by: Type.String(),
  expires_at: NullableTimestamp,
  last_used_at: NullableTimestamp,
  last_used_ip: Type.Union([Type.String(), Type.Null()]),
  revoked_at: NullableTimestamp,
  revoked_reason: Type.Union([Type.String(), Type.Null()]),
  restriction: Type.Union([Type.Array(Type.String()), Type.Null()]),
  rate_limit: RateLimitOut,
  rolled_from: Type.Union([Type.String(), Type.Null()]),
  replaced_by: Type.Union([Type.String(), Type.Null()]),
  allowed_ips: Type.Union([Type.Array(Type.String()), Type.Null()], { description: 'Addresses and CIDRs the key may be used from; null = anywhere' }),
});

export const IssuedKeyOut = Type.Object({ ...KeyOut.properties, key: Type.String({ description: 'The plaintext key, shown this once' }) });

/** An IP allowlist (issue 17): IPv4/IPv6 addresses and CIDRs, at most 100; null = anywhere. */
export const AllowedIpsIn = Type.Union(
  [Type.Array(Type.String({ minLength: 1, maxLength: 50 }), { maxItems: 100, description: 'e.g. ["203.0.113.0/24", "2001:db8::/32"]' }), Type.Null()],
);
export const KeyCreate = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 400 }),
    expires_in_days: Type.Optional(Type.Integer({ minimum: 1, maximum: 366 })),
    expires_at: Type.Optional(Timestamp),
    restriction: Type.Optional(Type.Union([Type.Array(Type.String({ maxLength: 50 }), { maxItems: 20 }), Type.Null()])),
    rate_limit: Type.Optional(RateLimitIn),
    allowed_ips: Type.Optional(AllowedIpsIn),
  },
  { additionalProperties: false },
);
export const KeyPatch = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 400 })),
    rate_limit: Type.Optional(RateLimitIn),
    allowed_ips: Type.Optional(AllowedIpsIn),
  },
  { additionalProperties: false, minProperties: 1 },
);
export const RollBody = Type.Object(
  {
    grace_seconds: Type.Optional(Type.Integer({ minimum: 0, maximum: 604_800 })),
    revoke_when_idle_minutes: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 1440, description: 'Revoke the old key once it has had no traffic for this long (or at the end of the grace period)' }),
    ),
  },
  { additionalProperties: false },
);

export const AuditOut = Type.Object({
  id: Type.String(),
  at: Timestamp,
  action: Type.String(),
  actor: Type.Object({ type: Type.String(), id: Type.Union([Type.String(), Type.Null()]) }),
  target: Type.Union([Type.Object({ type: Type.String(), id: Type.String() }), Type.Null()]),
  workspace_id: Type.String(),
  ip: Type.Union([Type.String(), Type.Null()]),
  user_agent: Type.Union([Type.String(), Type.Null()]),
  details: Type.Record(Type.String(), Type.Unknown()),
});

export const listOf = <T extends ReturnType<typeof Type.Object>>(item: T) =>
  Type.Object({ data: Type.Array(item), next_cursor: Type.Union([Type.String(), Type.Null()]) });
