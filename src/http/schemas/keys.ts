import { Type } from 'typebox';
import { KEY_FLAGS, KEY_NAME, KEY_STATUSES, ROLL_GRACE_SECONDS } from '../../domain.js';
import { IdOf, ListQuery, MultilineText, NullableTimestamp, Text, Timestamp, component, literals, nullable, page, ref, withSecret } from './common.js';
import { Permission, UserSummary } from './users.js';
import { WorkspaceSummary } from './workspace.js';

export const KeyStatus = component('KeyStatus', literals(KEY_STATUSES, { description: 'Derived at read time from revoked_at and expires_at' }));
export const KeyFlag = component(
  'KeyFlag',
  literals(KEY_FLAGS, { description: 'A hint about a key: rotation due (90 days old), unused for 30 days, expiring within 7 days, revoked as leaked' }),
);
export const KeyScope = component(
  'KeyScope',
  literals(['mine', 'workspace'] as const, { description: "mine: the caller's own keys; workspace: every key of the workspace (keys:admin)" }),
);

export const RateLimit = component(
  'RateLimit',
  Type.Object({ per_minute: Type.Integer({ minimum: 1 }), per_second: Type.Integer({ minimum: 1 }) }, { description: "A key's request budget" }),
);

export const keyExample = {
  id: 'key_5Nc1pZ7yD3',
  name: 'CI deploys',
  hint: 'ak_live_3f…9QwZ',
  status: 'active',
  flags: [],
  owner: { id: 'usr_7Hq2mK9xP4', email: 'ada@example.com', name: 'Ada Lovelace' },
  created_at: '2026-06-01T12:00:00.000Z',
  created_by: 'usr_7Hq2mK9xP4',
  expires_at: '2026-08-30T12:00:00.000Z',
  last_used_at: null,
  last_used_ip: null,
  revoked_at: null,
  revoked_by: null,
  revoked_reason: null,
  permissions: ['contacts:read'],
  restriction: ['contacts:read'],
  rate_limit: { per_minute: 600, per_second: 20 },
  rolled_from: null,
  replaced_by: null,
  allowed_ips: null,
};

export const ApiKey = component(
  'ApiKey',
  Type.Object(
    {
      id: Type.String(),
      name: Type.String({ minLength: KEY_NAME.minLength, maxLength: KEY_NAME.maxLength }),
      hint: Type.String({ description: 'The first and last characters of the key, to recognise it' }),
      status: ref(KeyStatus),
      flags: Type.Array(ref(KeyFlag)),
      owner: Type.Object({ id: Type.String(), email: nullable(Type.String(), { description: 'null for a service account' }), name: Type.String() }),
      created_at: Timestamp,
      created_by: Type.String({ description: 'The user who created the key (an admin may create keys on behalf of others)' }),
      expires_at: NullableTimestamp,
      last_used_at: nullable(Timestamp, {
        description: 'The last accepted request (within 5 s); refused attempts (revoked, expired, outside the allowlist, rate-limited) do not count',
      }),
      last_used_ip: nullable(Type.String(), { description: 'The client address of that accepted request' }),
      revoked_at: NullableTimestamp,
      revoked_reason: nullable(Type.String(), { description: 'revoked, or leaked when reported through /api/keys/revoke-leaked' }),
      revoked_by: nullable(Type.Object({ id: Type.String(), name: Type.String() }), { description: 'Who revoked the key' }),
      permissions: Type.Array(ref(Permission), { description: "What the key may do now: its owner's role ∩ its restriction" }),
      restriction: nullable(Type.Array(ref(Permission)), { description: "The permissions the key is limited to; null: its owner's, less the management ones" }),
      rate_limit: ref(RateLimit),
      rolled_from: nullable(Type.String()),
      replaced_by: nullable(Type.String()),
      allowed_ips: nullable(Type.Array(Type.String()), { description: 'Addresses and CIDRs the key may be used from; null = anywhere' }),
    },
    {
      description: 'An API key; never its plaintext or hash',
      examples: [keyExample],
    },
  ),
);
export const ApiKeyPage = page('ApiKeyPage', ApiKey, 'keys');

export const ApiKeyWithSecret = withSecret('ApiKeyWithSecret', ApiKey, 'key', {
  field: 'The plaintext key, shown this once',
  description: 'A key as created or rolled: the only response that carries the plaintext',
  example: { ...keyExample, key: 'ak_live_3fJ2…9QwZ' },
});

/** A roll replayed (Idempotency-Key): the new key without its plaintext, and the old one. */
export const RolledKeyReplay = component(
  'RolledKeyReplay',
  Type.Object(
    { key: ref(ApiKey), previous: ref(ApiKey) },
    { description: 'A replayed roll: the key it created (its plaintext was in the first answer only) and the old one' },
  ),
);
export const RolledKey = component(
  'RolledKey',
  Type.Object(
    { key: ref(ApiKeyWithSecret), previous: ref(ApiKey) },
    { description: 'The new key (shown once) and the old one, now expiring after the grace period' },
  ),
);

export const Me = component(
  'Me',
  Type.Object(
    {
      key: nullable(Type.Object({ id: Type.String(), name: Type.String(), hint: Type.String(), expires_at: NullableTimestamp, rate_limit: ref(RateLimit) }), {
        description: 'The key that authenticated this call; null with a session',
      }),
      user: ref(UserSummary),
      workspace: ref(WorkspaceSummary),
      permissions: Type.Array(ref(Permission), { description: 'The effective permissions of this call' }),
    },
    { description: 'Who this key (or session) acts as' },
  ),
);

export const LeakedReportAccepted = component(
  'LeakedReportAccepted',
  Type.Object({ status: Type.Literal('accepted'), detail: Type.String() }, { description: 'The same answer whatever was found' }),
);

// ── Requests ──

export const KeyListQuery = Type.Object(
  {
    ...ListQuery,
    status: Type.Optional(ref(KeyStatus)),
    scope: Type.Optional(ref(KeyScope)),
    user_id: Type.Optional(IdOf({ description: "Only this user's keys (a service account's, say); with scope=workspace only" })),
  },
  { additionalProperties: false },
);

export const RateLimitIn = Type.Object(
  { per_minute: Type.Integer({ minimum: 1, maximum: 1_000_000 }), per_second: Type.Integer({ minimum: 1, maximum: 100_000 }) },
  { additionalProperties: false },
);

/** What String.prototype.trim removes, but the control characters (refused in every text field). */
const TRIMMED = '[ \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]*';
/**
 * The shape of an allowlist entry (src/keys/ip-allowlist.ts: trimmed, then `net.isIP` on the address
 * and at most 3 digits of prefix): an IPv4 or IPv6 address (with a zone) or CIDR, possibly padded with
 * spaces. The server then checks the address and prefix themselves, with the same answer.
 */
export const IP_OR_CIDR_PATTERN = `^${TRIMMED}(?:\\d{1,3}(?:\\.\\d{1,3}){3}|[0-9A-Fa-f.:]*:[0-9A-Fa-f.:]*(?:%[0-9A-Za-z.:-]+)?)(?:/\\d{1,3})?${TRIMMED}$`;
export const IP_OR_CIDR_MESSAGE = 'must be an IPv4 or IPv6 address or CIDR (e.g. 203.0.113.0/24, 2001:db8::/32)';

/** An IP allowlist: IPv4/IPv6 addresses and CIDRs, at most 100; null = anywhere. */
export const AllowedIpsIn = nullable(
  Type.Array(
    Type.String({ minLength: 1, maxLength: 50, pattern: IP_OR_CIDR_PATTERN, description: 'An IPv4 or IPv6 address, or a CIDR', examples: ['203.0.113.0/24'] }),
    {
      maxItems: 100,
      description: 'e.g. ["203.0.113.0/24", "2001:db8::/32"]',
    },
  ),
);

const KeyName = Text({ ...KEY_NAME, pattern: '\\S', description: `${KEY_NAME.minLength}–${KEY_NAME.maxLength} characters after trimming` });
export const KeyCreate = Type.Object(
  {
    name: KeyName,
    expires_in_days: Type.Optional(Type.Integer({ minimum: 1, maximum: 366, description: 'Not with expires_at; within the workspace maximum' })),
    expires_at: Type.Optional(Type.String({ format: 'date-time', description: 'In the future and within the workspace maximum; not with expires_in_days' })),
    restriction: Type.Optional(nullable(Type.Array(ref(Permission), { maxItems: 20 }))),
    rate_limit: Type.Optional(RateLimitIn),
    allowed_ips: Type.Optional(AllowedIpsIn),
    owner_id: Type.Optional(
      IdOf({ description: "Whose key: yourself (the default) or a service account's (keys:admin; an owner-role one's only by an owner)" }),
    ),
  },
  {
    additionalProperties: false,
    not: { required: ['expires_at', 'expires_in_days'], properties: { expires_at: {}, expires_in_days: {} } },
    description: 'Give expires_at or expires_in_days, not both',
  },
);
export const KeyPatch = Type.Object(
  { name: Type.Optional(KeyName), rate_limit: Type.Optional(RateLimitIn), allowed_ips: Type.Optional(AllowedIpsIn) },
  { additionalProperties: false, minProperties: 1 },
);
export const RollBody = Type.Object(
  {
    grace_seconds: Type.Optional(Type.Integer({ minimum: 0, maximum: ROLL_GRACE_SECONDS.maximum, default: ROLL_GRACE_SECONDS.default })),
    revoke_when_idle_minutes: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 1440,
        description: 'Revoke the old key once it has had no traffic for this long (or at the end of the grace period)',
      }),
    ),
  },
  { additionalProperties: false },
);

export const RevokeLeakedBody = Type.Object(
  // Pasted from files and logs: surrounding line breaks and tabs are trimmed, not refused (multiline-text).
  { keys: Type.Array(MultilineText({ maxLength: 256 }), { minItems: 1, maxItems: 1000 }) },
  { additionalProperties: false },
);

export const components = [KeyStatus, KeyFlag, KeyScope, RateLimit, ApiKey, ApiKeyPage, ApiKeyWithSecret, RolledKeyReplay, RolledKey, Me, LeakedReportAccepted];
