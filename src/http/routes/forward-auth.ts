import type { FastifyReply, FastifyRequest } from 'fastify';
import type { UserPrincipal } from '../../principal.js';
import type { ProtectedRequest } from '../../protect/routes.js';
import type { Services } from '../../services.js';
import { presentedKey } from '../auth-hook.js';
import { sendKeyRefusal } from '../key-refusal.js';
import type { Metrics } from '../metrics.js';
import { sendFixedProblem } from '../problem.js';
import { setRateLimitHeaders } from '../rate-limit-headers.js';
import { NoContent } from '../schemas/common.js';
import type { App } from '../types.js';
import { problemResponses } from '../types.js';

/** Every method a proxy may ask about (HEAD is served by GET's route). */
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

/** The identity headers: all of them on every answer, empty on a refusal, so a client's own never pass. */
export const IDENTITY_HEADERS = ['keyward-user-id', 'keyward-user-email', 'keyward-workspace-id', 'keyward-key-id', 'keyward-permissions'] as const;
const NO_IDENTITY = Object.fromEntries(IDENTITY_HEADERS.map((h) => [h, '']));
/** What nginx's auth_request passes on as it is; any other status it turns into a 500. */
const NGINX_PASSES = new Set([200, 401, 403]);

/** The first value of a header a proxy sets (a repeated or comma-joined one: its first entry). */
function first(v: string | string[] | undefined): string | undefined {
  const s = Array.isArray(v) ? v[0] : v;
  if (s === undefined) return undefined;
  const comma = s.indexOf(',');
  return (comma >= 0 ? s.slice(0, comma) : s).trim() || undefined;
}

/**
 * The request the proxy asks about: nginx's `X-Original-Method`/`X-Original-URI`, or Caddy's and
 * Traefik's `X-Forwarded-Method`/`X-Forwarded-Uri`/`X-Forwarded-Host`.
 */
function askedRequest(req: FastifyRequest): ProtectedRequest {
  const h = req.headers;
  return {
    method: first(h['x-original-method']) ?? first(h['x-forwarded-method']) ?? req.method,
    uri: (h['x-original-uri'] as string | undefined) ?? (h['x-forwarded-uri'] as string | undefined) ?? '',
    host: first(h['x-forwarded-host']) ?? h.host,
  };
}

const sortedPermissions = new WeakMap<ReadonlySet<string>, string>();
function permissionList(p: UserPrincipal): string {
  let list = sortedPermissions.get(p.permissions);
  if (list === undefined) sortedPermissions.set(p.permissions, (list = [...p.permissions].sort().join(',')));
  return list;
}

/** A JSON text as one header value: every character outside printable ASCII written as \uXXXX (the same JSON). */
const asciiJson = (json: string) => json.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * Every answer: `Keyward-Status` (the real status), the identity headers (empty unless set by an
 * acceptance) and, for nginx (a request carrying `X-Original-URI`), any status but 200, 401 and 403 sent as
 * 403 so that `auth_request` passes it on; the recipe turns it back into the real one. nginx also throws
 * the body of its subrequest away, so a refusal's problem body goes to it in `Keyward-Problem` as well,
 * for the recipe to answer the client with.
 */
async function finishForwardAnswer(req: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> {
  const status = reply.statusCode;
  reply.header('keyward-status', String(status));
  reply.header('cache-control', 'no-store');
  if (status !== 200) reply.headers(NO_IDENTITY);
  if (req.headers['x-original-uri'] !== undefined && status !== 200) {
    if (typeof payload === 'string') reply.header('keyward-problem', asciiJson(payload));
    if (!NGINX_PASSES.has(status)) reply.code(403);
  }
  return payload;
}

const SCHEMA = {
  tags: ['protect'],
  summary: 'Forward-auth for a reverse proxy: is this request to a protected API allowed?',
  description:
    'For nginx `auth_request`, Caddy `forward_auth` and Traefik `ForwardAuth`. The key comes from `X-API-Key` or `Authorization: Bearer`; ' +
    'the request asked about from `X-Original-Method`/`X-Original-URI` (nginx) or `X-Forwarded-Method`/`X-Forwarded-Uri`/`X-Forwarded-Host`. ' +
    "The same decision as Keyward's own API (authentication, allowlist, limits, permission), then the workspace's protected APIs: " +
    '200 with the identity headers, or the problem. Every answer carries `Keyward-Status`; for nginx (`X-Original-URI` present) a status ' +
    'other than 200, 401 and 403 is answered as 403, its real status in `Keyward-Status`. No body is read.',
  response: { 200: NoContent, ...problemResponses([400, 401, 403, 429]) },
};

/** `/auth/forward`, every method: the route authenticates the key itself (auth mode `proxy`, no session). */
export function forwardAuthRoutes(app: App, { protector, clock }: Services, metrics: Metrics): void {
  async function forward(req: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
    const presented = presentedKey(req);
    if (presented === undefined) {
      metrics.authFailed('missing_api_key');
      return sendFixedProblem(reply, 'missing_api_key', 'Send the API key in X-API-Key or Authorization: Bearer');
    }
    const ctx = { ip: req.ip, userAgent: req.headers['user-agent'] ?? null };
    const d = await protector.decide(presented, ctx, { request: askedRequest(req) });
    if (!d.ok) return sendKeyRefusal(reply, d, clock.now(), metrics);
    metrics.keyAuthenticated++;
    setRateLimitHeaders(reply, d.limit.rules, d.limit.decision, clock.now());
    const p = d.principal;
    reply.headers({
      'keyward-user-id': p.user.id,
      'keyward-user-email': p.user.email ?? '',
      'keyward-workspace-id': p.workspace.id,
      'keyward-key-id': p.key?.id ?? '',
      'keyward-permissions': permissionList(p),
    });
    return reply.code(200).send();
  }

  void app.register(async (scope) => {
    // Whatever body a proxy forwards is neither parsed nor refused for its type: read and dropped.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer' }, (_req, _body, done) => done(null, undefined));
    for (const method of METHODS) {
      const operationId = method === 'GET' ? 'forwardAuth' : `forwardAuth${method[0]}${method.slice(1).toLowerCase()}`;
      scope.route({
        method,
        url: '/auth/forward',
        schema: { ...SCHEMA, operationId },
        config: { auth: 'proxy' },
        onSend: finishForwardAnswer,
        handler: forward,
      });
    }
  });
}
