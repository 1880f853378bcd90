import type { AuthenticateOptions, KeyAuthentication, KeyAuthenticator, KeyLimit } from '../keys/key-authenticator.js';
import type { RequestContext, UserPrincipal } from '../principal.js';
import type { UsageCounter } from '../usage/usage-counter.js';
import { scrubUrl } from '../logger.js';
import { authorize, enforce } from '../users/permissions.js';
import { fail } from '../errors.js';
import { isIP } from 'node:net';
import type { ProtectedRouteCache } from './route-cache.js';
import { type ProtectedRequest, type RouteMatch, matchRoute } from './routes.js';

/** What is asked about a presented key: a request to a protected API, a permission, or (neither) only whether it is accepted. */
export interface ProtectedAsk {
  readonly request?: ProtectedRequest;
  readonly permission?: string;
}

/** What a backend asks the verify API: the key its client presented, what for, and the client's address. */
export interface VerifyInput extends ProtectedAsk {
  readonly key: string;
  readonly ip?: string;
}

/** A refusal after the key was accepted: it carries the principal and its limit state (for the RateLimit fields). */
export type RouteRefusal =
  | { readonly ok: false; readonly code: 'route_not_allowed'; readonly detail: string; readonly principal: UserPrincipal; readonly limit: KeyLimit }
  | {
      readonly ok: false;
      readonly code: 'insufficient_permission';
      readonly detail: string;
      readonly missing: string;
      readonly principal: UserPrincipal;
      readonly limit: KeyLimit;
    };

/** A refusal of the key itself (the API's 401s and 429s, and `ip_not_allowed`). */
export type KeyRefusal = Extract<KeyAuthentication, { ok: false }>;

/**
 * The one decision about a request to a protected API, whichever door it came through (forward-auth or the
 * verify API). Accepted: the principal, its limit state, and the rule that allowed it (none when a
 * permission was asked directly).
 */
export type ProtectDecision =
  | { readonly ok: true; readonly principal: UserPrincipal; readonly limit: KeyLimit; readonly route: RouteMatch | undefined }
  | KeyRefusal
  | RouteRefusal;

export interface ProtectorDeps {
  readonly authenticator: Pick<KeyAuthenticator, 'authenticateKey'>;
  readonly routes: Pick<ProtectedRouteCache, 'routes'>;
  readonly usage: Pick<UsageCounter, 'count'>;
}

/**
 * Decides a request to a protected API as Keyward's own API decides its own: the key's authentication
 * (failed-auth gate, shape, lookup, status, owner, allowlist, the key's limits, last used, new-address
 * detection) by `KeyAuthenticator.authenticateKey`, then the rule the request falls under, then
 * `authorize()` for the rule's permission. An accepted key's decision is counted in its usage like a direct
 * call's answer (ok, or a client error for a refusal); the authenticator counts its own refusals.
 */
export class Protector {
  constructor(private readonly deps: ProtectorDeps) {}

  async decide(presented: string, ctx: RequestContext, ask: ProtectedAsk, options?: AuthenticateOptions): Promise<ProtectDecision> {
    const auth = await this.deps.authenticator.authenticateKey(presented, ctx, options);
    if (!auth.ok) return auth;
    const decision = await this.decideFor(auth.principal, auth.limit, ask);
    const key = auth.principal.key;
    if (key) this.deps.usage.count(key.id, key.workspaceId, decision.ok ? 'ok' : 'client_error');
    return decision;
  }

  /**
   * The verify API: `caller` (a key restricted to `keys:verify`, or an owner's or admin's session) asks about
   * a key its own client presented. Only the caller's workspace's keys are known to it: any other is
   * answered exactly as an unknown key. Guesses count against the caller's own failed-auth gate, never the
   * address it names (which goes to the key's allowlist, last used and new-address detection); past that
   * gate the caller gets the 429 itself.
   */
  async verify(caller: UserPrincipal, input: VerifyInput): Promise<ProtectDecision> {
    enforce(caller, { type: 'keys.verify' });
    const ip = input.ip ?? caller.ip;
    if (isIP(ip) === 0)
      fail('validation_error', 'ip must be an IPv4 or IPv6 address', { errors: [{ path: '/ip', message: 'must be an IPv4 or IPv6 address' }] });
    const failGate = `authfail:verifier:${caller.key?.id ?? caller.user.id}`;
    const d = await this.decide(input.key, { ip, userAgent: null }, input, { failGate, workspaceId: caller.workspace.id });
    if (!d.ok && d.code === 'too_many_failed_attempts') {
      fail('too_many_failed_attempts', 'Too many failed verifications by this credential; try again later', { retryAfterMs: d.retryAfterMs });
    }
    return d;
  }

  private async decideFor(principal: UserPrincipal, limit: KeyLimit, ask: ProtectedAsk): Promise<ProtectDecision> {
    let route: RouteMatch | undefined;
    if (ask.request) {
      route = matchRoute(await this.deps.routes.routes(principal.workspace), ask.request);
      if (!route) {
        const detail = `No rule of this workspace's protected APIs allows ${ask.request.method.toUpperCase()} ${describeTarget(ask.request)}`;
        return { ok: false, code: 'route_not_allowed', detail, principal, limit };
      }
    }
    const permission = route ? route.rule.permission : ask.permission;
    if (permission === undefined) return { ok: true, principal, limit, route };
    const d = authorize(principal, { type: 'protected.request', permission });
    if (!d.ok) return { ok: false, code: 'insufficient_permission', detail: d.detail, missing: permission, principal, limit };
    return { ok: true, principal, limit, route };
  }
}

/** The path asked for, as the refusal names it: no query (it may hold a secret), at most 200 characters. */
function describeTarget(req: ProtectedRequest): string {
  const path = scrubUrl(req.uri.split(/[?#]/)[0]);
  return path.length > 200 ? `${path.slice(0, 200)}…` : path;
}
