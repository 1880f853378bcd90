import { type Static, type TSchema, type TStringOptions, type TUnsafe, Type } from 'typebox';
import { KEY_FLAGS, KEY_NAME, KEY_STATUSES, ROLES, ROLL_GRACE_SECONDS } from '../domain.js';
import { ERROR_CODES, RATE_LIMITS } from '../errors.js';
import { KEY_EVENT_TYPES } from '../notifications/event-types.js';
import { PERMISSIONS } from '../users/permissions.js';

/**
 * Route schemas: they validate input (unknown fields rejected) and generate /openapi.json.
 *
 * Shapes the API returns are registered once as named components (`component()`): a route refers to them
 * by `$ref`, @fastify/swagger lists them under `components.schemas`, and openapi-typescript turns them into
 * `web/src/api-types.ts`. Request schemas stay inline: they are compiled by the app's own Ajv instances.
 */
const COMPONENTS: (TSchema & { $id: string })[] = [];

/** Registers `schema` as the component `id`; returns a `$ref` to it that keeps the static type. */
export function component<T extends TSchema>(id: string, schema: T) {
  COMPONENTS.push({ ...schema, $id: id });
  return Type.Unsafe<Static<T>>({ $ref: `${id}#` });
}

/** Every named component, in the order registered: `app.addSchema` each before any route. */
export const components = (): readonly (TSchema & { $id: string })[] => COMPONENTS;

export const nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
export const literals = <T extends readonly string[]>(values: T, options: { description: string }) =>
  Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });

/** A request string on one line: no control character (format `text`, src/http/text-format.ts). */
export const Text = (options: Omit<TStringOptions, 'format'> = {}) => Type.String({ ...options, format: 'text' });
/** A request string that may span lines: tab, line feed and carriage return, no other control character. */
export const MultilineText = (options: Omit<TStringOptions, 'format'> = {}) => Type.String({ ...options, format: 'multiline-text' });

export const Timestamp = Type.String({ format: 'date-time', description: 'RFC 3339, UTC, with milliseconds' });
const NullableTimestamp = nullable(Timestamp);

const RoleSchema = literals(ROLES, { description: "A user's role: owner and admin hold every permission; member and viewer fewer" });
const PermissionSchema = literals(PERMISSIONS, { description: 'A permission, as resource:action' });
const KeyStatusSchema = literals(KEY_STATUSES, { description: 'Derived at read time from revoked_at and expires_at' });
/** For request schemas (inline, validated by the app's Ajv); responses use the components below. */
export const Role = RoleSchema;
export const PermissionName = PermissionSchema;
export const KeyStatus = KeyStatusSchema;

export const RoleRef = component('Role', RoleSchema);
export const PermissionRef = component('Permission', PermissionSchema);
export const KeyStatusRef = component('KeyStatus', KeyStatusSchema);
export const KeyFlagRef = component('KeyFlag', literals(KEY_FLAGS, { description: 'A hint about a key: rotation due (90 days old), unused for 30 days, expiring within 7 days, revoked as leaked' }));
export const ErrorCodeRef = component('ErrorCode', literals(ERROR_CODES, { description: 'The problem code; each is explained at /docs/errors#<code>' }));

export const Id = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_]+$' });
export const IdParams = Type.Object({ id: Id }, { additionalProperties: false });

export const ListQuery = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 25, description: 'Page size' })),
  cursor: Type.Optional(Text({ maxLength: 200, description: "The previous page's next_cursor" })),
};

export const Problem = component(
  'Problem',
  Type.Object(
    {
      type: Type.String({ format: 'uri-reference', description: 'A page explaining the code: /docs/errors#<code>' }),
      title: Type.String(),
      status: Type.Integer({ minimum: 400, maximum: 599 }),
      detail: Type.String(),
      code: ErrorCodeRef,
      errors: Type.Optional(Type.Array(Type.Object({ path: Type.String(), message: Type.String() }), { description: 'validation_error: what is wrong, per field (JSON Pointer)' })),
      missing_permission: Type.Optional(PermissionRef),
      limit: Type.Optional(Type.String({ description: `rate_limited: the limit reached (${Object.keys(RATE_LIMITS).join(', ')}; docs/errors.md)` })),
      request_id: Type.Optional(Type.String({ description: 'internal_error, storage_unavailable, storage_full: the id to find in the server log' })),
    },
    {
      additionalProperties: true,
      description: 'RFC 9457 problem details',
      examples: [{ type: '/docs/errors#revoked_api_key', title: 'The API key has been revoked', status: 401, detail: 'The API key has been revoked; create a new one in Settings → API Keys', code: 'revoked_api_key' }],
    },
  ),
);

const page = <T extends TSchema>(id: string, item: T, itemName: string) =>
  component(
    id,
    Type.Object(
      {
        data: Type.Array(item),
        next_cursor: Type.Union([Type.String(), Type.Null()], { description: 'Pass as cursor for the next page; null on the last page' }),
      },
      { description: `A page of ${itemName}, newest first` },
    ),
  );

const RateLimitOut = component(
  'RateLimit',
  Type.Object({ per_minute: Type.Integer({ minimum: 1 }), per_second: Type.Integer({ minimum: 1 }) }, { description: "A key's request budget" }),
);
export { RateLimitOut };

const UserSummary = component('UserSummary', Type.Object({ id: Type.String(), email: Type.String(), name: Type.String(), role: RoleRef }));
export const WorkspaceSummary = component('WorkspaceSummary', Type.Object({ id: Type.String(), name: Type.String() }));

export const UserOut = component(
  'User',
  Type.Object(
    { id: Type.String(), email: Type.String(), name: Type.String(), role: RoleRef, disabled: Type.Boolean(), created_at: Timestamp },
    { examples: [{ id: 'usr_7Hq2mK9xP4', email: 'ada@example.com', name: 'Ada Lovelace', role: 'member', disabled: false, created_at: '2026-06-01T12:00:00.000Z' }] },
  ),
);

export const WorkspaceOut = component(
  'Workspace',
  Type.Object(
    {
      id: Type.String(),
      name: Type.String(),
      max_key_lifetime_days: Type.Integer({ minimum: 1, maximum: 3660, description: 'The longest lifetime a new key may have' }),
      require_key_expiry: Type.Boolean({ description: 'Whether every new key must have an expiry' }),
      require_two_factor: Type.Boolean({ description: 'Owners and admins must use two-factor sign-in: those without it enrol at their next sign-in' }),
    },
    { examples: [{ id: 'wsp_3Fk8sQ1zN6', name: 'Acme', max_key_lifetime_days: 365, require_key_expiry: false, require_two_factor: false }] },
  ),
);

const PendingStep = component(
  'PendingSignInStep',
  literals(['two_factor', 'password_change', 'two_factor_enrolment'] as const, {
    description:
      'What the session must do before anything else: two_factor → POST /auth/login/two-factor; password_change → POST /api/me/password; two_factor_enrolment → POST /api/me/two-factor/setup then /enable',
  }),
);

export const SessionOut = component(
  'Session',
  Type.Object(
    {
      user: UserSummary,
      workspace: WorkspaceSummary,
      csrf_token: Type.String({ description: 'Send as X-CSRF-Token on every state-changing call made with this session' }),
      client_ip: Type.String({
        description: "This request's client address as the server sees it (after TRUST_PROXY): the address an IP allowlist is matched against, e.g. to warn before saving a list that would lock it out. IPv4, IPv6, or IPv4-mapped IPv6 (::ffff:…)",
        examples: ['203.0.113.7'],
      }),
      pending: nullable(PendingStep),
    },
    { description: 'The signed-in user; the session itself is the __Host-keyward_session cookie' },
  ),
);

export const AuthStatusOut = component(
  'AuthStatus',
  Type.Object({
    needs_setup: Type.Boolean({ description: 'No user exists yet: POST /auth/setup' }),
    signup: Type.Boolean({ description: 'POST /auth/signup is open' }),
    email: Type.Boolean({ description: 'The server sends email (SMTP_URL): sign-up confirms the address, and "forgot password" links can be asked for' }),
  }),
);

export const Email = Type.String({ format: 'email', maxLength: 320 });
/** Passwords are hashed, never stored or searched as text: any character is allowed. */
export const Password = Type.String({ minLength: 12, maxLength: 1024 });
export const PersonName = Text({ minLength: 1, maxLength: 200, pattern: '\\S' });

export const SetupBody = Type.Object(
  { workspace_name: Text({ minLength: 1, maxLength: 200, pattern: '\\S' }), email: Email, name: PersonName, password: Password },
  { additionalProperties: false },
);
export type SetupBody = Static<typeof SetupBody>;

export const LoginBody = Type.Object(
  {
    email: Text({ minLength: 1, maxLength: 320 }),
    password: Type.String({ minLength: 1, maxLength: 1024 }),
    workspace_id: Type.Optional(Text({ minLength: 1, maxLength: 40, description: 'Which workspace, when the email and password open several (409 workspace_required)' })),
  },
  { additionalProperties: false },
);

const NullableText = (maxLength: number) => Type.Union([Text({ maxLength }), Type.Null()]);
export const ContactIn = {
  name: Text({ minLength: 1, maxLength: 200 }),
  email: Type.Optional(NullableText(320)),
  phone: Type.Optional(NullableText(50)),
  company: Type.Optional(NullableText(200)),
  notes: Type.Optional(Type.Union([MultilineText({ maxLength: 10_000 }), Type.Null()])),
  tags: Type.Optional(Type.Array(Text({ minLength: 1, maxLength: 50 }), { maxItems: 50 })),
};
export const ContactCreate = Type.Object(ContactIn, { additionalProperties: false });
export const ContactPatch = Type.Object(
  { ...ContactIn, name: Type.Optional(ContactIn.name) },
  { additionalProperties: false, minProperties: 1 },
);

export const ContactOut = component(
  'Contact',
  Type.Object(
    {
      id: Type.String(),
      name: Type.String(),
      email: Type.Union([Type.String(), Type.Null()]),
      phone: Type.Union([Type.String(), Type.Null()]),
      company: Type.Union([Type.String(), Type.Null()]),
      notes: Type.Union([Type.String(), Type.Null()]),
      tags: Type.Array(Type.String()),
      created_at: Timestamp,
      updated_at: Timestamp,
    },
    {
      examples: [{ id: 'con_9Lr4tW2bV8', name: 'Grace Hopper', email: 'grace@example.com', phone: null, company: 'Navy', notes: null, tags: ['vip'], created_at: '2026-06-01T12:00:00.000Z', updated_at: '2026-06-01T12:00:00.000Z' }],
    },
  ),
);

export const RateLimitIn = Type.Object(
  { per_minute: Type.Integer({ minimum: 1, maximum: 1_000_000 }), per_second: Type.Integer({ minimum: 1, maximum: 100_000 }) },
  { additionalProperties: false },
);

const keyProperties = {
  id: Type.String(),
  name: Type.String({ minLength: KEY_NAME.minLength, maxLength: KEY_NAME.maxLength }),
  hint: Type.String({ description: 'The first and last characters of the key, to recognise it' }),
  status: KeyStatusRef,
  flags: Type.Array(KeyFlagRef),
  owner: Type.Object({ id: Type.String(), email: Type.String(), name: Type.String() }),
  created_at: Timestamp,
  created_by: Type.String({ description: 'The user who created the key (an admin may create keys on behalf of others)' }),
  expires_at: NullableTimestamp,
  last_used_at: Type.Union([Timestamp, Type.Null()], { description: 'The last accepted request (within 5 s); refused attempts (revoked, expired, outside the allowlist, rate-limited) do not count' }),
  last_used_ip: Type.Union([Type.String(), Type.Null()], { description: 'The client address of that accepted request' }),
  revoked_at: NullableTimestamp,
  revoked_reason: Type.Union([Type.String(), Type.Null()], { description: 'revoked, or leaked when reported through /api/keys/revoke-leaked' }),
  revoked_by: Type.Union([Type.Object({ id: Type.String(), name: Type.String() }), Type.Null()], { description: 'Who revoked the key' }),
  permissions: Type.Array(PermissionRef, { description: "What the key may do now: its owner's role ∩ its restriction" }),
  restriction: Type.Union([Type.Array(PermissionRef), Type.Null()], { description: 'The permissions the key is limited to; null: its owner\'s, less the management ones' }),
  rate_limit: RateLimitOut,
  rolled_from: Type.Union([Type.String(), Type.Null()]),
  replaced_by: Type.Union([Type.String(), Type.Null()]),
  allowed_ips: Type.Union([Type.Array(Type.String()), Type.Null()], { description: 'Addresses and CIDRs the key may be used from; null = anywhere' }),
};
const keyExample = {
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

export const KeyOut = component('ApiKey', Type.Object(keyProperties, { description: 'An API key; never its plaintext or hash', examples: [keyExample] }));

const Granularity = Type.Union([Type.Literal('minute'), Type.Literal('hour'), Type.Literal('day')], { description: 'The size of each bucket' });
const usageBucketExample = { start: '2026-06-01T12:00:00.000Z', requests: 42, ok: 40, client_errors: 1, rate_limited: 1, refused: 0 };
export const UsageBucketOut = component(
  'UsageBucket',
  Type.Object(
    {
      start: Timestamp,
      requests: Type.Integer({ description: 'Every authenticated request, including those refused with 403 or 429' }),
      ok: Type.Integer({ description: '2xx answers' }),
      client_errors: Type.Integer({ description: '4xx answers other than 429 (403 ip_not_allowed among them)' }),
      rate_limited: Type.Integer({ description: '429 answers' }),
      refused: Type.Integer({ description: "401s for the key's revoked or expired state (not in requests)" }),
    },
    { description: "A key's requests in one minute, hour or day, starting at `start`", examples: [usageBucketExample] },
  ),
);
export const KeyUsageOut = component(
  'KeyUsage',
  Type.Object(
    { granularity: Granularity, from: Timestamp, to: Timestamp, buckets: Type.Array(UsageBucketOut) },
    {
      description: "One key's usage between from and to, one bucket per step of the granularity, empty ones included",
      examples: [{ granularity: 'hour', from: '2026-06-01T00:00:00.000Z', to: '2026-06-02T00:00:00.000Z', buckets: [usageBucketExample] }],
    },
  ),
);
const keyUsageTotalsExample = { key: keyExample, requests: 1200, rate_limited: 3 };
export const KeyUsageTotalsOut = component(
  'KeyUsageTotals',
  Type.Object(
    { key: KeyOut, requests: Type.Integer({ description: 'Requests in the period' }), rate_limited: Type.Integer({ description: '429 answers in the period' }) },
    { description: "A key and its totals over a period", examples: [keyUsageTotalsExample] },
  ),
);
export const UsageOverviewOut = component(
  'UsageOverview',
  Type.Object(
    {
      from: Timestamp,
      to: Timestamp,
      by_requests: Type.Array(KeyUsageTotalsOut, { description: 'The busiest keys by requests, busiest first' }),
      by_rate_limited: Type.Array(KeyUsageTotalsOut, { description: 'The keys with the most 429 answers, most first' }),
    },
    {
      description: "The workspace's busiest keys in a period",
      examples: [{ from: '2026-05-02T12:00:00.000Z', to: '2026-06-01T12:00:00.000Z', by_requests: [keyUsageTotalsExample], by_rate_limited: [keyUsageTotalsExample] }],
    },
  ),
);

/** An IP allowlist: IPv4/IPv6 addresses and CIDRs, at most 100; null = anywhere. */
export const AllowedIpsIn = Type.Union(
  [Type.Array(Text({ minLength: 1, maxLength: 50 }), { maxItems: 100, description: 'e.g. ["203.0.113.0/24", "2001:db8::/32"]' }), Type.Null()],
);
export const IssuedKeyOut = component(
  'ApiKeyWithSecret',
  Type.Object(
    { ...keyProperties, key: Type.String({ description: 'The plaintext key, shown this once' }) },
    { description: 'A key as created or rolled: the only response that carries the plaintext', examples: [{ ...keyExample, key: 'ak_live_3fJ2…9QwZ' }] },
  ),
);

/** A roll replayed (Idempotency-Key): the new key without its plaintext, and the old one. */
export const RolledKeyReplayOut = component(
  'RolledKeyReplay',
  Type.Object({ key: KeyOut, previous: KeyOut }, { description: 'A replayed roll: the key it created (its plaintext was in the first answer only) and the old one' }),
);

export const RolledKeyOut = component(
  'RolledKey',
  Type.Object({ key: IssuedKeyOut, previous: KeyOut }, { description: 'The new key (shown once) and the old one, now expiring after the grace period' }),
);

const KeyName = Text({ ...KEY_NAME, pattern: '\\S', description: `${KEY_NAME.minLength}–${KEY_NAME.maxLength} characters after trimming` });
export const KeyCreate = Type.Object(
  {
    name: KeyName,
    expires_in_days: Type.Optional(Type.Integer({ minimum: 1, maximum: 366, description: 'Not with expires_at; within the workspace maximum' })),
    expires_at: Type.Optional(Type.String({ format: 'date-time', description: 'In the future and within the workspace maximum; not with expires_in_days' })),
    restriction: Type.Optional(Type.Union([Type.Array(PermissionSchema, { maxItems: 20 }), Type.Null()])),
    rate_limit: Type.Optional(RateLimitIn),
    allowed_ips: Type.Optional(AllowedIpsIn),
  },
  { additionalProperties: false, not: { required: ['expires_at', 'expires_in_days'], properties: { expires_at: {}, expires_in_days: {} } }, description: 'Give expires_at or expires_in_days, not both' },
);
export const KeyPatch = Type.Object(
  { name: Type.Optional(KeyName), rate_limit: Type.Optional(RateLimitIn), allowed_ips: Type.Optional(AllowedIpsIn) },
  { additionalProperties: false, minProperties: 1 },
);
export const RollBody = Type.Object(
  {
    grace_seconds: Type.Optional(Type.Integer({ minimum: 0, maximum: ROLL_GRACE_SECONDS.maximum, default: ROLL_GRACE_SECONDS.default })),
    revoke_when_idle_minutes: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 1440, description: 'Revoke the old key once it has had no traffic for this long (or at the end of the grace period)' }),
    ),
  },
  { additionalProperties: false },
);

export const AuditOut = component(
  'AuditEvent',
  Type.Object(
    {
      id: Type.String(),
      at: Timestamp,
      action: Type.String({ description: 'What happened, e.g. key.created, key.revoked, user.signed_in' }),
      actor: Type.Object({ type: Type.String(), id: Type.Union([Type.String(), Type.Null()]) }),
      target: Type.Union([Type.Object({ type: Type.String(), id: Type.String() }), Type.Null()]),
      workspace_id: Type.String(),
      ip: Type.Union([Type.String(), Type.Null()]),
      user_agent: Type.Union([Type.String(), Type.Null()]),
      details: Type.Record(Type.String(), Type.Unknown()),
    },
    {
      examples: [{ id: 'aud_2Gm6vH8kR1', at: '2026-06-01T12:00:00.000Z', action: 'key.created', actor: { type: 'user', id: 'usr_7Hq2mK9xP4' }, target: { type: 'key', id: 'key_5Nc1pZ7yD3' }, workspace_id: 'wsp_3Fk8sQ1zN6', ip: '203.0.113.7', user_agent: 'curl/8.5.0', details: { name: 'CI deploys' } }],
    },
  ),
);

export const MeOut = component(
  'Me',
  Type.Object(
    {
      key: Type.Union(
        [Type.Object({ id: Type.String(), name: Type.String(), hint: Type.String(), expires_at: NullableTimestamp, rate_limit: RateLimitOut }), Type.Null()],
        { description: 'The key that authenticated this call; null with a session' },
      ),
      user: UserSummary,
      workspace: WorkspaceSummary,
      permissions: Type.Array(PermissionRef, { description: 'The effective permissions of this call' }),
    },
    { description: 'Who this key (or session) acts as' },
  ),
);

export const LeakedReportAccepted = component(
  'LeakedReportAccepted',
  Type.Object({ status: Type.Literal('accepted'), detail: Type.String() }, { description: 'The same answer whatever was found' }),
);

export const HealthOut = component('Health', Type.Object({ status: Type.Literal('ok') }));
export const ReadinessOut = component(
  'Readiness',
  Type.Object({
    status: literals(['ok', 'degraded', 'unavailable'] as const, { description: 'degraded: the rate limiter fell back to local memory; unavailable: storage does not answer, or refuses writes for want of space' }),
    storage: Type.Object({
      dialect: Type.String(),
      status: literals(['ok', 'unavailable', 'full'] as const, { description: 'Whether storage answered; full: it answers reads but refuses writes for want of space (503 storage_full)' }),
    }),
    rate_limiter: Type.Object({ backend: Type.String(), degraded: Type.Boolean() }),
  }),
);

// ── Notifications, email preferences, webhooks and their deliveries ──

export const KeyEventTypeRef = component('KeyEventType', literals(KEY_EVENT_TYPES, { description: 'A key event a notification, an email or a webhook delivery is about' }));

const notificationExample = {
  id: 'ntf_8Rb3kQ6wL2',
  type: 'key.expiring',
  message: 'Your API key "CI deploys" (ak_live_3f…9QwZ) expires in 7 days',
  key: { id: 'key_5Nc1pZ7yD3', name: 'CI deploys', hint: 'ak_live_3f…9QwZ', expires_at: '2026-08-30T12:00:00.000Z' },
  created_at: '2026-08-23T12:00:00.000Z',
  read_at: null,
};
export const NotificationOut = component(
  'Notification',
  Type.Object(
    {
      id: Type.String(),
      type: Type.String({ description: 'The event: key.expiring, key.expired, key.revoked, key.leaked_revoked, key.rolled, key.new_ip, webhook.disabled, account.password_changed or account.new_sign_in' }),
      message: Type.String({ description: 'What happened, as shown in the app' }),
      key: Type.Union(
        [Type.Object({ id: Type.String(), name: Type.String(), hint: Type.String(), expires_at: NullableTimestamp }), Type.Null()],
        { description: 'The key it is about (never its secret); null when it is about something else' },
      ),
      created_at: Timestamp,
      read_at: NullableTimestamp,
    },
    { description: 'An in-app notification about one of your keys (or a failing webhook endpoint)', examples: [notificationExample] },
  ),
);

export const NotificationPageOut = component(
  'NotificationPage',
  Type.Object(
    {
      data: Type.Array(NotificationOut),
      next_cursor: Type.Union([Type.String(), Type.Null()], { description: 'Pass as cursor for the next page; null on the last page' }),
      unread_count: Type.Integer({ minimum: 0, description: 'How many of your notifications are unread' }),
    },
    { description: 'A page of your notifications, newest first, with the unread count', examples: [{ data: [notificationExample], next_cursor: null, unread_count: 1 }] },
  ),
);

export const NotificationsMarkedOut = component(
  'NotificationsMarkedRead',
  Type.Object({ updated: Type.Integer({ minimum: 0, description: 'How many notifications were unread and are now read' }) }, { examples: [{ updated: 3 }] }),
);

const emailPreferenceExample = Object.fromEntries(KEY_EVENT_TYPES.map((t) => [t, t !== 'key.rolled']));
export const NotificationPreferencesOut = component(
  'NotificationPreferences',
  Type.Object(
    {
      email: Type.Object(Object.fromEntries(KEY_EVENT_TYPES.map((t) => [t, Type.Boolean()])), {
        additionalProperties: false,
        description: 'Per event type: whether you are emailed about it (when the server sends email)',
      }),
    },
    { additionalProperties: false, description: 'Which events you are emailed about', examples: [{ email: emailPreferenceExample }] },
  ),
);

const webhookFields = {
  id: Type.String(),
  url: Type.String({ description: 'Where deliveries are POSTed (https; private addresses refused unless allowed)' }),
  events: Type.Array(KeyEventTypeRef, { description: 'The events this endpoint receives' }),
  enabled: Type.Boolean(),
  disabled_reason: Type.Union([Type.String(), Type.Null()], { description: 'Why the server turned it off (e.g. failing for days); null when enabled or turned off by hand' }),
  failing_since: NullableTimestamp,
  created_at: Timestamp,
};
const webhookExample = {
  id: 'whk_4Tz9cM2nB7',
  url: 'https://hooks.example.com/keyward',
  events: ['key.expiring', 'key.revoked'],
  enabled: true,
  disabled_reason: null,
  failing_since: null,
  created_at: '2026-06-01T12:00:00.000Z',
};
export const WebhookOut = component(
  'Webhook',
  Type.Object(webhookFields, { description: 'A webhook endpoint of the workspace; never its signing secret', examples: [webhookExample] }),
);
export const WebhookWithSecretOut = component(
  'WebhookWithSecret',
  Type.Object(
    { ...webhookFields, secret: Type.String({ description: 'The signing secret (whsec_…), shown this once' }) },
    { description: 'A webhook endpoint as created or with a new secret: the only response that carries the secret', examples: [{ ...webhookExample, secret: 'whsec_MfKQ9r8GKYqXhk…' }] },
  ),
);

const deliveryExample = {
  id: 'msg_2Lp7vX4qR9sT1wY6zA3bC8dE',
  event_id: 'msg_2Lp7vX4qR9sT1wY6zA3bC8dE',
  type: 'key.expiring',
  status: 'delivered',
  attempts: 1,
  response_code: 200,
  error: null,
  duration_ms: 84,
  next_attempt_at: null,
  created_at: '2026-08-23T12:00:00.000Z',
  updated_at: '2026-08-23T12:00:01.000Z',
};
export const WebhookDeliveryOut = component(
  'WebhookDelivery',
  Type.Object(
    {
      id: Type.String({ description: 'The webhook-id header: stable across retries and redeliveries' }),
      event_id: Type.String(),
      type: Type.String({ description: 'The event type, webhook.test or redelivery' }),
      status: literals(['pending', 'delivered', 'failed'] as const, { description: 'pending: waiting for its next attempt' }),
      attempts: Type.Integer({ minimum: 0 }),
      response_code: Type.Union([Type.Integer(), Type.Null()], { description: "The endpoint's last HTTP status" }),
      error: Type.Union([Type.String(), Type.Null()], { description: 'Why the last attempt failed' }),
      duration_ms: Type.Union([Type.Integer(), Type.Null()], { description: 'How long the last attempt took' }),
      next_attempt_at: NullableTimestamp,
      created_at: Timestamp,
      updated_at: Timestamp,
    },
    { description: 'One delivery of an event to a webhook endpoint', examples: [deliveryExample] },
  ),
);

const PAGES = new Map<string, ReturnType<typeof page>>([
  ['Contact#', page('ContactPage', ContactOut, 'contacts')],
  ['ApiKey#', page('ApiKeyPage', KeyOut, 'keys')],
  ['User#', page('UserPage', UserOut, 'users')],
  ['AuditEvent#', page('AuditEventPage', AuditOut, 'audit events')],
  ['Webhook#', page('WebhookPage', WebhookOut, 'webhook endpoints')],
  ['WebhookDelivery#', page('WebhookDeliveryPage', WebhookDeliveryOut, 'webhook deliveries')],
]);

/** The page wrapper component of a listed component: `{ data: [...], next_cursor }`. */
export function listOf<T extends TSchema>(item: T): TUnsafe<{ data: Static<T>[]; next_cursor: string | null }> {
  const p = PAGES.get(String((item as { $ref?: unknown }).$ref));
  if (!p) throw new Error(`No page component for ${String((item as { $ref?: unknown }).$ref)}`);
  return p as unknown as TUnsafe<{ data: Static<T>[]; next_cursor: string | null }>;
}
