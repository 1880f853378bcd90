import type { FastifyReply, FastifyRequest } from 'fastify';
import { fail } from '../errors.js';
import type { KeyAuthentication } from '../keys/key-authenticator.js';
import type { UserPrincipal as Principal } from '../principal.js';
import type { Services } from '../services.js';
import type { Permission } from '../users/permissions.js';
import { authenticateSession } from '../users/session-authentication.js';
import type { SessionStage } from '../store/types.js';
import type { AuthMode } from './closed-by-default.js';
import type { Metrics } from './metrics.js';
import { sendKeyRefusal } from './key-refusal.js';
import { sendProblem } from './problem.js';
import { setRateLimitHeaders } from './rate-limit-headers.js';

export const SESSION_COOKIE = '__Host-keyward_session';
/** Keys expiring within this window get `Keyward-Key-Expires` on every response. */
export const KEY_EXPIRES_HEADER_WINDOW_MS = 14 * 86_400_000;

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * Required (closed-by-default.ts): none: public; api: an API key or a session; session: a browser
     * session only; proxy: an API key only, authenticated and answered by the route itself (forward-auth).
     */
    auth?: AuthMode;
    /** Documents the permission the route's service method enforces (OpenAPI); the hook does not check it. */
    permission?: Permission;
    /** A missing body is taken as `{}` (every field of the body schema is optional). */
    emptyBodyAllowed?: boolean;
    /** Sign-in stages besides `active` a session may call this route in: finishing the sign-in. */
    stages?: readonly SessionStage[];
    /** Documents that the route's 2xx sets (`set`) or clears (`clear`) the session cookie (OpenAPI `Set-Cookie`). */
    sessionCookie?: 'set' | 'clear';
  }
  interface FastifyRequest {
    principal: Principal | null;
    sessionId: string | null;
    /** The key that authenticated this request, counted in its usage by final status. */
    usageKey: { id: string; workspaceId: string } | null;
  }
}

/**
 * The session cookie's value, read from the Cookie header only when a session is looked for (session
 * routes, the sign-in routes, and key-or-session routes called without a key): a request that presents an
 * API key never has its cookies parsed. Only this one cookie is read; `@fastify/cookie`, which sets it, is
 * registered with the sign-in routes alone (app.ts), so no other request runs its hooks.
 */
export function sessionCookieOf(request: FastifyRequest): string | undefined {
  const header = request.headers.cookie;
  if (header === undefined) return undefined;
  for (const pair of header.split(';')) {
    const eq = pair.indexOf('=');
    if (eq === -1 || pair.slice(0, eq).trim() !== SESSION_COOKIE) continue;
    const value = pair.slice(eq + 1).trim();
    return value.length > 1 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
  }
  return undefined;
}

/** The key a request presents: from X-API-Key or `Authorization: Bearer`; never the query, a cookie or the body. */
export function presentedKey(request: FastifyRequest): string | undefined {
  const x = request.headers['x-api-key'];
  const authz = request.headers.authorization;
  if (x === undefined && authz === undefined) return undefined;
  const bearer = authz !== undefined && /^bearer\s/i.test(authz) ? authz.slice(7).trim() : undefined;
  if (x === undefined && bearer === undefined) return undefined;
  // Node joins a repeated X-API-Key with ", " and silently drops a repeated Authorization: count raw headers.
  if (authz !== undefined || (typeof x === 'string' && x.includes(','))) {
    const raw = request.raw.rawHeaders;
    let xs = 0;
    let as = 0;
    for (let i = 0; i < raw.length; i += 2) {
      const name = raw[i].toLowerCase();
      if (name === 'x-api-key') xs++;
      else if (name === 'authorization') as++;
    }
    if (xs > 1 || as > 1) fail('ambiguous_api_key', 'Send one API key in one header');
  }
  if (Array.isArray(x)) fail('ambiguous_api_key', 'Send one API key in one header');
  if (typeof x === 'string' && bearer !== undefined && x !== bearer) fail('ambiguous_api_key', 'X-API-Key and Authorization carry different keys');
  return (x as string | undefined) ?? bearer;
}

/**
 * Translates authentication results into HTTP: the key decision is `KeyAuthenticator.authenticateKey`'s
 * (src/keys/key-authenticator.ts), the session one `authenticateSession`'s (src/users/session-authentication.ts);
 * this file only reads the headers, sets the RateLimit fields and sends the problem. Authorization is the services' (`enforce`).
 */
export function buildAuthHook(deps: Services, metrics: Metrics) {
  const { clock, authenticator } = deps;

  async function keyAuth(request: FastifyRequest, reply: FastifyReply, presented: string): Promise<Principal | undefined> {
    const result: KeyAuthentication = await authenticator.authenticateKey(presented, { ip: request.ip, userAgent: request.headers['user-agent'] ?? null });
    if (result.ok) {
      metrics.keyAuthenticated++;
      const now = clock.now();
      setRateLimitHeaders(reply, result.limit.rules, result.limit.decision, now);
      // One comparison for keys far from expiry (or without one); the date is only formatted inside the window.
      const expiresAt = result.principal.key?.expiresAt ?? null;
      if (expiresAt !== null && expiresAt - now <= KEY_EXPIRES_HEADER_WINDOW_MS) reply.header('keyward-key-expires', new Date(expiresAt).toISOString());
      request.usageKey = result.principal.key ?? null;
      return result.principal;
    }
    sendKeyRefusal(reply, result, clock.now(), metrics);
    return undefined;
  }

  async function sessionAuth(
    request: FastifyRequest,
    reply: FastifyReply,
    mode: 'api' | 'session',
    stages: readonly SessionStage[],
  ): Promise<Principal | undefined> {
    const result = await authenticateSession(deps.sessions, {
      sessionId: sessionCookieOf(request),
      csrfToken: request.headers['x-csrf-token'] as string | undefined,
      method: request.method,
      keyAccepted: mode === 'api',
      stages,
      ip: request.ip,
      userAgent: request.headers['user-agent'] ?? null,
    });
    // Checked in onRequest, before the body is parsed: a cross-site form POST is refused with 403, not 415.
    if (!result.ok) {
      sendProblem(reply, result.code, result.detail);
      return undefined;
    }
    request.sessionId = result.sessionId;
    return result.principal;
  }

  /**
   * The onRequest hook for one route, bound to its config when the route is registered (`onRoute` in
   * app.ts, after `declareAuthMode` made sure it has a mode): public routes get none, and no request pays
   * for looking its route's config up.
   */
  return function authHookFor(cfg: { auth?: AuthMode; stages?: readonly SessionStage[] } | undefined) {
    const mode = cfg?.auth;
    const stages = cfg?.stages ?? [];
    if (mode === undefined) throw new Error('A route without config.auth reached the auth hook (declareAuthMode runs first)');
    // `proxy` routes decide about the key themselves (src/protect/decision.ts), answering in their own way.
    if (mode === 'none' || mode === 'proxy') return undefined;
    return async function authHook(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
      const presented = mode === 'api' ? presentedKey(request) : undefined;
      const principal = presented !== undefined ? await keyAuth(request, reply, presented) : await sessionAuth(request, reply, mode, stages);
      if (!principal) return reply;
      request.principal = principal;
      return undefined;
    };
  };
}
