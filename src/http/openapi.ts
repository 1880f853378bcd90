import type { SwaggerOptions } from '@fastify/swagger';
import type { RouteOptions } from 'fastify';
import { ERRORS } from '../errors.js';
import type { Permission } from '../users/permissions.js';
import { SESSION_COOKIE } from './auth-hook.js';
import type { AuthMode } from './closed-by-default.js';
import { WWW_AUTHENTICATE } from './problem.js';
import { policyHeader } from './rate-limit-headers.js';
import { COMPONENTS } from './schemas/index.js';
import type { App } from './types.js';

/**
 * /openapi.json: @fastify/swagger builds paths and components from the route schemas; `describe()` then
 * adds what only the route config and the server's wiring know — which operations are public, which
 * credentials each accepts, the problem+json errors and headers each can send — so the document says
 * exactly what the server does. Routes carry their own operationId, summary and description.
 */

type Doc = Record<string, any>;
type Auth = AuthMode;

interface RouteDoc {
  auth: Auth;
  permission?: Permission;
  hasBody: boolean;
  sessionCookie?: 'set' | 'clear';
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** `/api/keys/:id/roll` → `/api/keys/{id}/roll` */
export const openApiPath = (url: string) => url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

export const TAGS = [
  { name: 'contacts', description: "The workspace's contacts: list and search, create, read, update, delete" },
  { name: 'keys', description: 'API keys: create (the plaintext is shown once), list, rename, revoke, roll; report leaked keys; who a key acts as' },
  { name: 'users', description: "The workspace's users and their roles (users:manage)" },
  { name: 'workspace', description: "The workspace's name and key policy" },
  { name: 'audit', description: 'The audit log (audit:read)' },
  { name: 'usage', description: "Per-key usage: one key's requests per minute, hour or day, and the workspace's busiest keys" },
  { name: 'auth', description: 'First-run setup, sign-up, browser sign-in (with its two-factor step), re-authentication and sessions' },
  { name: 'account', description: 'Your own account from a browser session: password, sessions, two-factor sign-in (API keys never reach these)' },
  { name: 'notifications', description: 'In-app notifications about your keys (expiring, expired, revoked, leaked, rolled) and your email preferences' },
  { name: 'webhooks', description: "The workspace's signed webhook endpoints (Standard Webhooks) and their deliveries (webhooks:manage)" },
  {
    name: 'protect',
    description: "Keyward in front of your own APIs: the workspace's protected APIs (owners and admins), forward-auth for reverse proxies, and the verify API",
  },
  { name: 'operations', description: 'Liveness and readiness probes' },
];

/**
 * The examples show a key on the server's default limits (RATE_LIMIT_PER_MINUTE 100, RATE_LIMIT_PER_SECOND 10),
 * written by the function that writes the real header.
 */
const DEFAULT_POLICY = policyHeader([
  { name: 'minute', limit: 100, windowMs: 60_000 },
  { name: 'second', limit: 10, windowMs: 1000 },
]);
const header = (description: string, type: 'string' | 'integer', example: string | number) => ({ description, schema: { type }, example });
const HEADERS: Doc = {
  'WWW-Authenticate': header('The authentication challenge', 'string', WWW_AUTHENTICATE),
  'Retry-After': header('Seconds to wait before trying again', 'integer', 30),
  'Retry-After-Storage': header('`storage_full`: seconds to wait before writing again (sent as `Retry-After`)', 'integer', 30),
  'RateLimit-Policy': header("The key's limits (IETF draft-ietf-httpapi-ratelimit-headers): its per-minute and per-second quotas", 'string', DEFAULT_POLICY),
  RateLimit: header('What is left of each limit and when it resets, in seconds', 'string', '"minute";r=99;t=60, "second";r=9;t=1'),
  'X-RateLimit-Limit': header('The tighter limit right now: its size', 'integer', 10),
  'X-RateLimit-Remaining': header('The tighter limit right now: requests left in its window', 'integer', 9),
  'X-RateLimit-Reset': header('The tighter limit right now: when its window resets, in Unix seconds', 'integer', 1_780_315_261),
  Location: header('The URL of the resource just created', 'string', '/api/contacts/con_9Lr4tW2bV8'),
  'Keyward-Status': header('Forward-auth: the real status of the decision (nginx gets 403 for any but 200, 401 and 403)', 'integer', 200),
  'Keyward-Problem': header(
    'Forward-auth asked by nginx (`X-Original-URI` present), on a refusal: the problem+json body again, as one line of ASCII JSON, since nginx drops the body',
    'string',
    '{"type":"/docs/errors#rate_limited","title":"Rate limit exceeded","status":429,"detail":"Rate limit exceeded","code":"rate_limited"}',
  ),
  'Keyward-User-Id': header("Forward-auth: the key owner's user id (empty unless 200)", 'string', 'usr_3Kd9fT2mQ7vX1pL8nR4w'),
  'Keyward-User-Email': header("Forward-auth: the key owner's email (empty for a service account, and unless 200)", 'string', 'ada@example.com'),
  'Keyward-Workspace-Id': header("Forward-auth: the key's workspace (empty unless 200)", 'string', 'wks_8Hn2cV5bX9mZ4qT7rL1s'),
  'Keyward-Key-Id': header('Forward-auth: the key (empty unless 200)', 'string', 'key_5Gp8wY3nK6tR2vB9xM4c'),
  'Keyward-Permissions': header(
    "Forward-auth: the key's effective permissions, sorted, comma-separated (empty unless 200)",
    'string',
    'contacts:read,invoices:read',
  ),
  'Set-Cookie': header(
    `The session cookie: \`${SESSION_COOKIE}\`, HttpOnly, Secure, SameSite=Lax, Path=/`,
    'string',
    `${SESSION_COOKIE}=…; Max-Age=43200; Path=/; HttpOnly; Secure; SameSite=Lax`,
  ),
  'Set-Cookie-Cleared': header(
    `Clears the session cookie (\`${SESSION_COOKIE}\`; sent as \`Set-Cookie\`)`,
    'string',
    `${SESSION_COOKIE}=; Max-Age=0; Path=/; HttpOnly; Secure; SameSite=Lax`,
  ),
};
const RATE_LIMIT_HEADERS = ['RateLimit-Policy', 'RateLimit', 'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset'];
/**
 * Sent on every response of its kind (401, 429, 201, a sign-in); the rate-limit fields on the answers to a
 * key that got past authentication (its errors included), never on a 401.
 */
/** Forward-auth's headers: on every one of its answers (the identity ones empty on a refusal). */
const FORWARD_HEADERS = ['Keyward-Status', 'Keyward-User-Id', 'Keyward-User-Email', 'Keyward-Workspace-Id', 'Keyward-Key-Id', 'Keyward-Permissions'];
const REQUIRED_HEADERS = new Set(['WWW-Authenticate', 'Retry-After', 'Location', 'Set-Cookie', 'Set-Cookie-Cleared', ...FORWARD_HEADERS]);
const headerRefs = (names: string[]) => Object.fromEntries(names.map((n) => [n, { $ref: `#/components/headers/${n}` }]));

/** The codes the catalog answers with a status, for each error response's description. */
function errorDescription(status: number): string {
  const codes = Object.entries(ERRORS).filter(([, e]) => e.status === status);
  const titles: Record<number, string> = {
    400: 'Bad request',
    401: 'Not authenticated',
    403: 'Forbidden',
    404: 'Not found',
    409: 'Conflict',
    412: 'Precondition failed (If-Match)',
    413: 'Body too large (over 1 MiB)',
    415: 'Body is not application/json',
    429: 'Too many requests',
    503: 'Storage is unavailable or full',
  };
  return `${titles[status] ?? ERRORS.internal_error.title}: ${codes.map(([c]) => `\`${c}\``).join(', ')}`;
}

function problemExample(status: number) {
  const [code, { title }] = Object.entries(ERRORS).find(([, e]) => e.status === status) ?? ['internal_error', ERRORS.internal_error];
  return { type: `/docs/errors#${code}`, title, status, detail: title, code };
}

const problemResponse = (status: number, headers?: Doc) => ({
  description: errorDescription(status),
  ...(headers ? { headers } : {}),
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' }, example: problemExample(status) } },
});

/** A value that matches `schema`: the component's own example when it has one. */
export function sample(schema: Doc, doc: Doc, depth = 0): unknown {
  if (schema.$ref) {
    const target = doc.components.schemas[String(schema.$ref).split('/').pop() as string];
    return target.examples?.[0] ?? sample(target, doc, depth + 1);
  }
  if (schema.examples?.length) return schema.examples[0];
  if (schema.default !== undefined) return schema.default;
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches) return sample(branches.find((b: Doc) => b.type !== 'null') ?? branches[0], doc, depth + 1);
  if (schema.allOf) return Object.assign({}, ...schema.allOf.map((s: Doc) => sample(s, doc, depth + 1)));
  if (Array.isArray(schema.type)) return sample({ ...schema, type: schema.type.find((t: string) => t !== 'null') ?? 'null' }, doc, depth);
  switch (schema.type) {
    case 'object': {
      const skip = new Set<string>(schema.not?.required?.slice(1) ?? []);
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries<Doc>(schema.properties ?? {})) if (!skip.has(k) && depth < 6) out[k] = sample(v, doc, depth + 1);
      return out;
    }
    case 'array':
      return schema.items && depth < 6 ? [sample(schema.items, doc, depth + 1)] : [];
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return true;
    case 'null':
      return null;
    case 'string':
      if (schema.format === 'date-time') return '2026-09-01T12:00:00.000Z';
      if (schema.format === 'email') return 'ada@example.com';
      return 'x'.repeat(Math.max(1, schema.minLength ?? 0, Math.min(8, schema.maxLength ?? 8)));
    default:
      return {};
  }
}

export interface OpenApiOptions {
  version: string;
}

/**
 * Installs the route collector (before any route is registered) and the named components; returns the
 * @fastify/swagger options whose `transformObject` completes the document.
 */
export function openApi(app: App, { version }: OpenApiOptions): { swagger: SwaggerOptions; allowedMethods: (path: string) => string[] | undefined } {
  const routes = new Map<string, RouteDoc>();
  const methodsByPath = new Map<string, Set<string>>();
  app.addHook('onRoute', (route: RouteOptions) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const m of methods) {
      const cfg = (route.config ?? {}) as { auth?: Auth; permission?: Permission; sessionCookie?: 'set' | 'clear' };
      routes.set(`${m.toLowerCase()} ${openApiPath(route.url)}`, {
        auth: cfg.auth ?? 'none',
        permission: cfg.permission,
        hasBody: route.schema?.body !== undefined,
        sessionCookie: cfg.sessionCookie,
      });
      let set = methodsByPath.get(route.url);
      if (!set) methodsByPath.set(route.url, (set = new Set()));
      set.add(m.toUpperCase());
    }
  });
  for (const c of COMPONENTS) app.addSchema(c);

  const describe = (doc: Doc): Doc => {
    doc.tags = TAGS;
    doc.components.headers = Object.fromEntries(Object.entries(HEADERS).map(([k, v]) => [k, REQUIRED_HEADERS.has(k) ? { ...v, required: true } : v]));
    for (const [path, item] of Object.entries<Doc>(doc.paths)) {
      for (const [method, op] of Object.entries<Doc>(item)) {
        const r = routes.get(`${method} ${path}`);
        if (!r) continue;
        const unsafe = !SAFE.has(method.toUpperCase());
        if (r.auth === 'none') op.security = [];
        else if (r.auth === 'api') op.security = [{ apiKey: [] }, { bearer: [] }, unsafe ? { session: [], csrf: [] } : { session: [] }];
        else if (r.auth === 'proxy') op.security = [{ apiKey: [] }, { bearer: [] }];
        else op.security = [unsafe ? { session: [], csrf: [] } : { session: [] }];
        if (r.permission) {
          op['x-required-permission'] = r.permission;
          op.description = `${op.description ?? op.summary}\n\nRequires the \`${r.permission}\` permission.`;
        }
        const responses: Doc = op.responses;
        for (const [status, res] of Object.entries<Doc>(responses)) {
          const code = Number(status);
          if (code >= 400 && res.content?.['application/json']?.schema?.$ref === '#/components/schemas/Problem') {
            responses[status] = problemResponse(code, code === 401 ? headerRefs(['WWW-Authenticate']) : code === 429 ? headerRefs(['Retry-After']) : undefined);
          } else {
            if (r.auth === 'api') res.headers = { ...res.headers, ...headerRefs(RATE_LIMIT_HEADERS) };
            if (code === 201) res.headers = { ...res.headers, ...headerRefs(['Location']) };
            // The cookie is set by a sign-in's 200 (a sign-up's 202 signs nobody in) and cleared by a sign-out's 204.
            if (r.sessionCookie === 'set' && code === 200) res.headers = { ...res.headers, 'Set-Cookie': { $ref: '#/components/headers/Set-Cookie' } };
            if (r.sessionCookie === 'clear' && code === 204)
              res.headers = { ...res.headers, 'Set-Cookie': { $ref: '#/components/headers/Set-Cookie-Cleared' } };
            const media = res.content?.['application/json'];
            if (media?.schema) {
              media.example = sample(media.schema, doc);
              if (res.description === 'Default Response') res.description = describeSuccess(code, media.schema);
            } else if (res.description === 'Default Response') res.description = 'Done; no body';
          }
        }
        const add = (status: number, headers?: Doc) => {
          responses[status] = problemResponse(status, headers);
        };
        // An API key sent twice, or in both headers with different values: 400 ambiguous_api_key.
        if (r.auth === 'api' && !responses[400]) add(400);
        if (r.auth !== 'none') add(401, headerRefs(['WWW-Authenticate']));
        // A key used from outside its allowed_ips: 403 ip_not_allowed, on every operation a key can call.
        if (r.auth === 'api' && !responses[403]) add(403);
        if (r.auth === 'api' || responses[429]) add(429, { ...headerRefs(['Retry-After']), ...(r.auth === 'api' ? headerRefs(RATE_LIMIT_HEADERS) : {}) });
        if (r.hasBody) {
          add(400);
          add(413);
          add(415);
        }
        if (path !== '/healthz' && !responses[503]) add(503, { 'Retry-After': { $ref: '#/components/headers/Retry-After-Storage' } });
        // A key past authentication carries its rate-limit fields on every answer, refusals included.
        if (r.auth === 'api') {
          for (const [status, res] of Object.entries<Doc>(responses)) {
            if (Number(status) >= 400 && Number(status) !== 401) res.headers = { ...headerRefs(RATE_LIMIT_HEADERS), ...res.headers };
          }
        }
        if (r.auth === 'proxy') {
          for (const [status, res] of Object.entries<Doc>(responses)) {
            // The rate-limit fields come with every answer to a key that got as far as its limits (never a 401).
            res.headers = { ...res.headers, ...headerRefs(FORWARD_HEADERS), ...(status === '401' ? {} : headerRefs(RATE_LIMIT_HEADERS)) };
            if (Number(status) >= 400) res.headers = { ...res.headers, ...headerRefs(['Keyward-Problem']) };
          }
        }
        const body = op.requestBody?.content?.['application/json'];
        if (body?.schema) body.example = sample(body.schema, doc);
        op.responses = Object.fromEntries(Object.entries(responses).sort(([a], [b]) => a.localeCompare(b)));
      }
    }
    return doc;
  };

  const swagger = {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Keyward API',
        version,
        description:
          'Contacts API protected by API keys. Send the key in the `X-API-Key` header (or `Authorization: Bearer`). ' +
          'Errors are RFC 9457 `application/problem+json`; each `type` links to a page explaining its code. ' +
          'Keys are rate limited per minute and per second; every answer to a key carries the IETF `RateLimit` fields.',
        license: { name: 'MIT', identifier: 'MIT' },
        contact: { name: 'Keyward', url: 'https://github.com/keyward/keyward' },
      },
      servers: [{ url: '/', description: 'This Keyward server' }],
      components: {
        securitySchemes: {
          apiKey: { type: 'apiKey', in: 'header', name: 'X-API-Key', description: 'An API key, `ak_live_…`, created in Settings → API Keys' },
          bearer: { type: 'http', scheme: 'bearer', description: 'The same API key as `Authorization: Bearer ak_live_…`' },
          session: { type: 'apiKey', in: 'cookie', name: '__Host-keyward_session', description: 'The browser session set by POST /auth/login' },
          csrf: {
            type: 'apiKey',
            in: 'header',
            name: 'X-CSRF-Token',
            description: "With a session, every state-changing call sends the session's csrf_token here",
          },
        },
      },
      security: [{ apiKey: [] }, { bearer: [] }, { session: [] }],
    },
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
    transformObject: ({ openapiObject }: { openapiObject: Doc }) => describe(openapiObject),
  } as SwaggerOptions;
  return { swagger, allowedMethods: (path) => allowedMethods(methodsByPath, path) };
}

function describeSuccess(status: number, schema: Doc): string {
  const name = typeof schema.$ref === 'string' ? schema.$ref.split('/').pop() : undefined;
  const what = name ? ` the ${name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}` : '';
  return status === 201 ? `Created:${what}` : status === 202 ? `Accepted:${what}` : `OK:${what}`;
}

/**
 * The methods a path is served with (for `Allow` on a 405), or undefined when no route matches the path
 * with any method. Route patterns are matched segment by segment (`:id` matches one non-empty segment).
 */
function allowedMethods(index: Map<string, Set<string>>, path: string): string[] | undefined {
  const parts = path.split('/');
  let found: Set<string> | undefined;
  for (const [pattern, methods] of index) {
    const p = pattern.split('/');
    if (pattern.includes('*') || p.length !== parts.length) continue;
    if (p.every((seg, i) => (seg.startsWith(':') ? parts[i] !== '' : seg === parts[i]))) {
      found ??= new Set();
      for (const m of methods) found.add(m);
    }
  }
  return found && [...found].sort();
}
