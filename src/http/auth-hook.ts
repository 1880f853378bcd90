import type { FastifyReply, FastifyRequest } from 'fastify';
import { fail } from '../errors.js';
import { ipAllowed } from '../keys/ip-allowlist.js';
import type { VerifyResult } from '../keys/key-verifier.js';
import type { Principal } from '../principal.js';
import type { LimitRule } from '../ratelimit/limiter.js';
import { csrfMatches } from '../users/session-service.js';
import { type Permission, keyPermissions, sessionPermissions } from '../users/permissions.js';
import type { AppDeps } from './deps.js';
import type { Metrics } from './metrics.js';
import { sendFixedProblem, sendProblem, setRetryAfter } from './problem.js';
import { setRateLimitHeaders } from './rate-limit-headers.js';

export const SESSION_COOKIE = '__Host-keyward_session';
const MAX_KEY_BYTES = 256;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyContextConfig {
    /** none: public; api: an API key or a session; session: a browser session only. */
    auth?: 'none' | 'api' | 'session';
    permission?: Permission;
    /** A missing body is taken as `{}` (every field of the body schema is optional). */
    emptyBodyAllowed?: boolean;
  }
  interface FastifyRequest {
    principal: Principal | null;
    sessionId: string | null;
    /** The key that authenticated this request, for usage counting by final status (issue 17). */
    usageKey: { id: string; workspaceId: string } | null;
  }
}

/** Over MAX_KEY_BYTES in UTF-8? A UTF-16 unit is 1–3 bytes, so byteLength is only needed in between. */
export function tooLong(value: string): boolean {
  if (value.length * 3 <= MAX_KEY_BYTES) return false;
  return value.length > MAX_KEY_BYTES || Buffer.byteLength(value) > MAX_KEY_BYTES;
}

/** The key a request presents: from X-API-Key or `Authorization: Bearer`; never the query, a cookie or the body. */
function presentedKey(request: FastifyRequest): string | undefined {
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

export function buildAuthHook(deps: AppDeps, metrics: Metrics) {
  const { config, clock, verifier, limiter, failedAuthLimiter, lastUsed, keys: keyService } = deps;
  const failRules: readonly LimitRule[] = [{ name: 'failed_auth', limit: config.failedAuthPerMinute, windowMs: 60_000 }];
  const rulesCache = new Map<string, readonly LimitRule[]>();
  const rulesFor = (perMinute: number, perSecond: number): readonly LimitRule[] => {
    const id = `${perMinute}/${perSecond}`;
    let r = rulesCache.get(id);
    if (!r) {
      r = [
        { name: 'minute', limit: perMinute, windowMs: config.rateLimitMinuteMs },
        { name: 'second', limit: perSecond, windowMs: config.rateLimitSecondMs },
      ];
      rulesCache.set(id, r);
    }
    return r;
  };

  async function keyAuth(request: FastifyRequest, reply: FastifyReply, presented: string): Promise<Principal | undefined> {
    const ip = request.ip;
    const failKey = `authfail:${ip}`;
    const gate = await failedAuthLimiter.peek(failKey, failRules);
    if (!gate.allowed) {
      // Answered here rather than thrown: a locked-out flood must cost no more than a 429 for a valid key.
      setRetryAfter(reply, gate.retryAfterMs);
      sendFixedProblem(reply, 'too_many_failed_attempts', 'Too many failed authentications from this address; try again later');
      return undefined;
    }
    const result: VerifyResult = tooLong(presented) ? { ok: false, code: 'malformed_api_key' } : await verifier.verify(presented);
    if (!result.ok) {
      metrics.authFailed(result.code);
      await failedAuthLimiter.hit(failKey, failRules);
      if (result.auth && (result.code === 'revoked_api_key' || result.code === 'expired_api_key')) {
        deps.usageCounter.count(result.auth.key.id, result.auth.key.workspaceId, 'refused');
        await keyService.recordMisuse(result.auth, result.code, { ip, userAgent: request.headers['user-agent'] ?? null });
      }
      sendFixedProblem(reply, result.code, detailFor(result.code));
      return undefined;
    }
    const { key, user, workspace } = result.auth;
    metrics.keyAuthenticated++;
    request.usageKey = key;
    if (!ipAllowed(key.allowedIps, ip)) {
      await keyService.recordIpRefusal(result.auth, { ip, userAgent: request.headers['user-agent'] ?? null });
      sendProblem(reply, 'ip_not_allowed', `This key may not be used from ${ip}; its owner can change its allowed_ips`);
      return undefined;
    }
    lastUsed.observe(key.id, ip);
    deps.recentIps.observe(key, ip);
    const rules = rulesFor(key.rateLimit.perMinute ?? config.rateLimitPerMinute, key.rateLimit.perSecond ?? config.rateLimitPerSecond);
    const decision = await limiter.hit(`key:${key.id}`, rules);
    setRateLimitHeaders(reply, rules, decision, clock.now());
    if (!decision.allowed) {
      metrics.rateLimited++;
      const v = decision.violated;
      sendFixedProblem(reply, 'rate_limited', `Rate limit exceeded: at most ${v.limit} requests per ${v.windowMs / 1000} s (the "${v.name}" limit)`, {
        limit: v.name,
      });
      return undefined;
    }
    return {
      via: 'key',
      user,
      workspace,
      key,
      permissions: keyPermissions(user.role, key.restriction),
      ip,
      userAgent: request.headers['user-agent'] ?? null,
    };
  }

  async function sessionAuth(request: FastifyRequest, reply: FastifyReply, mode: 'api' | 'session'): Promise<Principal | undefined> {
    const sid = request.cookies?.[SESSION_COOKIE];
    const live = sid ? await deps.sessions.resolve(sid) : undefined;
    if (!live) {
      if (mode === 'session' || sid) sendProblem(reply, 'unauthenticated', 'Sign in first (your session has ended or does not exist)');
      else sendProblem(reply, 'missing_api_key', 'Send your API key in the X-API-Key header, or sign in');
      return undefined;
    }
    // Checked before the body is parsed: a cross-site form POST is refused with 403, not 415.
    if (!SAFE_METHODS.has(request.method) && !csrfMatches(request.headers['x-csrf-token'] as string | undefined, live.session.csrfToken)) {
      sendProblem(reply, 'csrf_failed', 'Missing or invalid X-CSRF-Token header');
      return undefined;
    }
    request.sessionId = sid ?? null;
    return {
      via: 'session',
      user: live.user,
      workspace: { id: live.workspace.id, name: live.workspace.name },
      permissions: sessionPermissions(live.user.role),
      ip: request.ip,
      userAgent: request.headers['user-agent'] ?? null,
    };
  }

  /**
   * The onRequest hook for one route, bound to its config when the route is registered (`onRoute` in
   * app.ts): public routes get none, and no request pays for looking its route's config up.
   */
  return function authHookFor(cfg: { auth?: 'none' | 'api' | 'session'; permission?: Permission } | undefined) {
    const mode = cfg?.auth;
    const permission = cfg?.permission;
    if (mode === undefined || mode === 'none') return undefined;
    return async function authHook(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
      const presented = mode === 'api' ? presentedKey(request) : undefined;
      const principal =
        presented !== undefined ? await keyAuth(request, reply, presented) : await sessionAuth(request, reply, mode);
      if (!principal) return reply;
      if (permission && !principal.permissions.has(permission)) {
        return sendProblem(reply, 'insufficient_permission', permissionDetail(principal, permission), { missing_permission: permission });
      }
      request.principal = principal;
      return undefined;
    };
  };
}

function permissionDetail(p: Principal, perm: Permission): string {
  if (p.via === 'key' && p.key?.restriction === null && (perm.startsWith('keys:') || perm === 'users:manage' || perm === 'audit:read')) {
    return `This requires the ${perm} permission; an API key gets it only when created with a restriction that lists it`;
  }
  return `This requires the ${perm} permission`;
}

function detailFor(code: string): string {
  switch (code) {
    case 'malformed_api_key':
      return 'The API key is malformed (wrong shape or checksum); copy it again from where you stored it';
    case 'invalid_api_key':
      return 'The API key is not valid';
    case 'revoked_api_key':
      return 'The API key has been revoked; create a new one in Settings → API Keys';
    case 'expired_api_key':
      return 'The API key has expired; create a new one in Settings → API Keys';
    default:
      return "The API key's owner has been disabled";
  }
}
