import { Type } from 'typebox';
import { RULE_METHODS } from '../../domain.js';
import { HOST_PATTERN, PATH_PATTERN, PATH_PREFIX_PATTERN } from '../../protect/routes.js';
import { PERMISSION_PATTERN } from '../../protect/rule-permission.js';
import { Text, Timestamp, component, literals, nullable, page, ref } from './common.js';
import { UserSummary } from './users.js';

/** `resource:action`, lower case; the server also refuses an action of Keyward's own resources that is not one of its permissions. */
const RULE_PERMISSION_PATTERN = PERMISSION_PATTERN;

export const RuleMethod = component('RuleMethod', literals(RULE_METHODS, { description: 'An HTTP method, or * for any (a GET rule also covers HEAD)' }));

const Rule = Type.Object(
  {
    method: ref(RuleMethod),
    path: Type.String({
      maxLength: 2000,
      pattern: PATH_PATTERN,
      examples: ['/invoices/*'],
      description: 'The whole request path (query excluded): `*` is one segment, a final `**` the rest (zero or more segments)',
    }),
    permission: Type.String({
      maxLength: 65,
      pattern: RULE_PERMISSION_PATTERN,
      examples: ['invoices:read'],
      description: "The permission the request needs: one of Keyward's own, or a custom `resource:action` (lower case)",
    }),
  },
  { additionalProperties: false },
);
const Name = Text({ minLength: 1, maxLength: 200, pattern: '\\S' });
const Hosts = Type.Array(Type.String({ maxLength: 253, pattern: HOST_PATTERN }), {
  maxItems: 20,
  uniqueItems: true,
  description: 'Host names (lower case, no port) that select this API; empty or absent: any host',
});
const PathPrefix = Type.String({
  maxLength: 2000,
  pattern: PATH_PREFIX_PATTERN,
  examples: ['/v1'],
  description: 'The path prefix that selects this API (whole segments), e.g. `/v1`',
});
const Rules = Type.Array(Rule, { minItems: 1, maxItems: 100, description: 'In order: the first rule that matches a request decides; no match → 403' });

/** The documented example of a protected API as it is created: a billing API on its own host that reads invoices with invoices:read and creates one with invoices:write. */
export const BILLING_API_EXAMPLE = {
  name: 'Billing API',
  hosts: ['billing.example.com'],
  path_prefix: '/',
  rules: [
    { method: 'GET', path: '/invoices/**', permission: 'invoices:read' },
    { method: 'POST', path: '/invoices', permission: 'invoices:write' },
  ],
};
const example = {
  id: 'api_7Qm2vL9xR4tB8nK3pW6z',
  ...BILLING_API_EXAMPLE,
  created_at: '2026-06-01T12:00:00.000Z',
  updated_at: '2026-06-01T12:00:00.000Z',
};
export const ProtectedApi = component(
  'ProtectedApi',
  Type.Object(
    {
      id: Type.String(),
      name: Type.String(),
      hosts: Type.Array(Type.String()),
      path_prefix: Type.String(),
      rules: Type.Array(Type.Object({ method: ref(RuleMethod), path: Type.String(), permission: Type.String() })),
      created_at: Timestamp,
      updated_at: Timestamp,
    },
    { description: 'An HTTP API of the workspace that Keyward guards through forward-auth and the verify API', examples: [example] },
  ),
);
export const ProtectedApiPage = page('ProtectedApiPage', ProtectedApi, 'protected APIs');

export const ProtectedApiCreate = Type.Object(
  { name: Name, hosts: Type.Optional(Hosts), path_prefix: PathPrefix, rules: Rules },
  { additionalProperties: false },
);
export const ProtectedApiPatch = Type.Object(
  { name: Type.Optional(Name), hosts: Type.Optional(Hosts), path_prefix: Type.Optional(PathPrefix), rules: Type.Optional(Rules) },
  { additionalProperties: false },
);

// ── The verify API ──

/** An IPv4 or IPv6 address (the server also parses it: an impossible one is a 400 naming `/ip`). */
export const CLIENT_IP_PATTERN = '^(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}|[0-9A-Fa-f.:]*:[0-9A-Fa-f.:]*)$';

export const VerifyRequest = Type.Object(
  {
    key: Text({ minLength: 1, maxLength: 256, description: 'The key a client presented to your backend' }),
    permission: Type.Optional(
      Type.String({
        maxLength: 65,
        pattern: RULE_PERMISSION_PATTERN,
        examples: ['invoices:read'],
        description: 'The permission the request needs (instead of method and path)',
      }),
    ),
    method: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 20,
        pattern: '^[A-Za-z]+$',
        examples: ['GET'],
        description: "The client's request method (with `path`; default GET)",
      }),
    ),
    path: Type.Optional(
      Text({
        minLength: 1,
        maxLength: 8000,
        examples: ['/invoices/1'],
        description: "The client's request path (with `method`): the protected APIs' rules decide",
      }),
    ),
    host: Type.Optional(
      Text({ minLength: 1, maxLength: 260, description: "The client's Host (with `method` and `path`); absent: only APIs without hosts match" }),
    ),
    ip: Type.Optional(
      Type.String({
        maxLength: 64,
        pattern: CLIENT_IP_PATTERN,
        examples: ['203.0.113.7'],
        description: "The client's address (IPv4 or IPv6), for the key's allowlist, last used and new-address alerts; absent: the caller's own",
      }),
    ),
  },
  {
    additionalProperties: false,
    description:
      'Ask about a request (path, with its method, GET unless given, and host: the protected APIs decide), a permission, both (both must hold) or neither (is the key accepted at all)',
  },
);

const RuleState = Type.Object({
  name: Type.String({ description: 'minute or second' }),
  limit: Type.Integer(),
  window_seconds: Type.Integer(),
  remaining: Type.Integer(),
  reset_seconds: Type.Integer({ description: 'Seconds until the window frees room' }),
});
export const Verification = component(
  'Verification',
  Type.Object(
    {
      valid: Type.Boolean(),
      code: Type.Optional(Type.String({ description: 'Why not (when `valid` is false): the problem code the API would answer with' })),
      key: Type.Optional(Type.Object({ id: Type.String(), name: Type.String(), hint: Type.String() })),
      user: Type.Optional(ref(UserSummary)),
      workspace_id: Type.Optional(Type.String()),
      permissions: Type.Array(Type.String(), { description: 'The effective permissions of the verified key (sorted); empty when not valid' }),
      rate_limit: nullable(
        Type.Object({
          limits: Type.Array(RuleState),
          retry_after_seconds: nullable(Type.Integer(), { description: 'When over a limit: seconds until a request would be accepted' }),
        }),
        { description: 'Where the verified key stands against its limits (this verification counted); null when the key was not accepted that far' },
      ),
    },
    { description: 'The decision about a presented key, the same as forward-auth makes' },
  ),
);

// ── Trying a request against the rules ──

export const RouteMatchRequest = Type.Object(
  {
    method: Type.String({ minLength: 1, maxLength: 20, pattern: '^[A-Za-z]+$', examples: ['GET'], description: 'The request method' }),
    path: Text({ minLength: 1, maxLength: 8000, examples: ['/invoices/1'], description: 'The request path (a query is ignored)' }),
    host: Type.Optional(Text({ minLength: 1, maxLength: 260, description: 'The Host the request names; absent: only protected APIs without hosts match' })),
  },
  { additionalProperties: false },
);

export const RouteMatch = component(
  'RouteMatch',
  Type.Object(
    {
      matched: Type.Boolean({ description: 'Whether a rule allows the request; false: forward-auth and the verify API refuse it (403 route_not_allowed)' }),
      code: nullable(Type.String(), { description: 'The refusal when nothing matched (route_not_allowed); null when a rule matched' }),
      protected_api_id: nullable(Type.String(), { description: 'The protected API that decides' }),
      protected_api_name: nullable(Type.String()),
      rule_index: nullable(Type.Integer({ minimum: 0 }), { description: 'The position (from 0) of the first rule that matches' }),
      rule: nullable(Type.Object({ method: ref(RuleMethod), path: Type.String(), permission: Type.String() })),
      permission: nullable(Type.String(), { description: 'The permission the request needs' }),
    },
    {
      description: "Which protected API and rule decide a request, from the workspace's rules as saved now",
      examples: [
        {
          matched: true,
          code: null,
          protected_api_id: example.id,
          protected_api_name: example.name,
          rule_index: 0,
          rule: example.rules[0],
          permission: 'invoices:read',
        },
      ],
    },
  ),
);

export const components = [RuleMethod, ProtectedApi, ProtectedApiPage, Verification, RouteMatch];
