import { Type } from 'typebox';
import { RULE_METHODS } from '../../domain.js';
import { HOST_PATTERN, PATH_PATTERN, PATH_PREFIX_PATTERN } from '../../protect/routes.js';
import { PERMISSIONS } from '../../users/permissions.js';
import { Text, Timestamp, component, literals, nullable, page, ref } from './common.js';
import { UserSummary } from './users.js';

/** Keyward's own resources: a custom permission may not use these names. */
const RESERVED = [...new Set(PERMISSIONS.map((p) => p.split(':')[0]))];
/** One of Keyward's permissions, or a custom `resource:action` (lower case) outside Keyward's own resources. */
export const RULE_PERMISSION_PATTERN = `^(?:${PERMISSIONS.join('|')}|(?!(?:${RESERVED.join('|')}):)[a-z][a-z0-9_-]{0,31}:[a-z][a-z0-9_-]{0,31})$`;

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

const example = {
  id: 'api_7Qm2vL9xR4tB8nK3pW6z',
  name: 'Billing API',
  hosts: ['billing.example.com'],
  path_prefix: '/',
  rules: [
    { method: 'GET', path: '/invoices/**', permission: 'invoices:read' },
    { method: 'POST', path: '/invoices', permission: 'invoices:write' },
  ],
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
export const CLIENT_IP_PATTERN = '^(?:\\d{1,3}(?:\\.\\d{1,3}){3}|[0-9A-Fa-f.:]*:[0-9A-Fa-f.:]*)$';

export const VerifyRequest = Type.Object(
  {
    key: Type.String({ minLength: 1, maxLength: 256, description: 'The key a client presented to your backend' }),
    permission: Type.Optional(
      Type.String({
        maxLength: 65,
        pattern: RULE_PERMISSION_PATTERN,
        examples: ['invoices:read'],
        description: 'The permission the request needs (instead of method and path)',
      }),
    ),
    method: Type.Optional(
      Type.String({ minLength: 1, maxLength: 20, pattern: '^[A-Za-z]+$', examples: ['GET'], description: "The client's request method (with `path`)" }),
    ),
    path: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 8000,
        pattern: '^/',
        examples: ['/invoices/1'],
        description: "The client's request path (with `method`): the protected APIs' rules decide",
      }),
    ),
    host: Type.Optional(
      Type.String({ minLength: 1, maxLength: 260, description: "The client's Host (with `method` and `path`); absent: only APIs without hosts match" }),
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
  { additionalProperties: false },
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

export const components = [RuleMethod, ProtectedApi, ProtectedApiPage, Verification];
