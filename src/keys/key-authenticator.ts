import type { Clock } from '../clock.js';
import type { RequestContext, UserPrincipal } from '../principal.js';
import type { LimitDecision, LimitRule, RateLimiter } from '../ratelimit/limiter.js';
import { keyPermissions } from '../users/permissions.js';
import type { KeyService } from './key-service.js';
import type { KeyVerifier, VerifyFailure } from './key-verifier.js';
import type { UsageCounter } from '../usage/usage-counter.js';
import { ipAllowed } from './ip-allowlist.js';
import type { LastUsedRecorder } from './last-used.js';
import type { RecentIps } from './recent-ips.js';

/** A presented key longer than this (in UTF-8 bytes) is refused before any hashing (SPEC §3). */
export const MAX_KEY_BYTES = 256;

/** Over MAX_KEY_BYTES in UTF-8? A UTF-16 unit is 1–3 bytes, so byteLength is only needed in between. */
export function tooLong(value: string): boolean {
  if (value.length * 3 <= MAX_KEY_BYTES) return false;
  return value.length > MAX_KEY_BYTES || Buffer.byteLength(value) > MAX_KEY_BYTES;
}

/** The per-key limits in force and where the key stands against them (for the RateLimit headers). */
export interface KeyLimit {
  readonly rules: readonly LimitRule[];
  readonly decision: LimitDecision;
}

/**
 * Everything one authentication decided. Accepted: the principal and its limit state. Refused: the code
 * of SPEC §3 (or the failed-auth lockout, or the per-key limit) and, for the 429s, when to retry.
 */
export type KeyAuthentication =
  | { readonly ok: true; readonly principal: UserPrincipal; readonly limit: KeyLimit }
  | { readonly ok: false; readonly code: VerifyFailure }
  | { readonly ok: false; readonly code: 'too_many_failed_attempts'; readonly retryAfterMs: number }
  | { readonly ok: false; readonly code: 'ip_not_allowed'; readonly ip: string }
  | { readonly ok: false; readonly code: 'rate_limited'; readonly limit: KeyLimit & { readonly decision: { readonly allowed: false } } };

export interface KeyAuthenticatorOptions {
  failedAuthPerMinute: number;
  defaultRateLimit: { perMinute: number; perSecond: number };
  windows: { minuteMs: number; secondMs: number };
}

export interface KeyAuthenticatorDeps {
  clock: Clock;
  verifier: KeyVerifier;
  keys: Pick<KeyService, 'recordMisuse' | 'recordIpRefusal'>;
  /** Per-key limits (memory, or Redis with a memory fallback). */
  limiter: RateLimiter;
  /** Failed authentications per client address. */
  failedAuthLimiter: RateLimiter;
  lastUsed: Pick<LastUsedRecorder, 'observe'>;
  /** Per-key usage counters: refusals are counted here; accepted requests by the caller, by final status. */
  usage?: Pick<UsageCounter, 'count'>;
  /** New-address detection (one Map lookup per request). */
  recentIps?: Pick<RecentIps, 'observe'>;
}

/**
 * The whole decision about a presented API key, in SPEC §3's order, with no HTTP in sight: the
 * failed-authentication gate for the client address, length, shape and checksum (no storage read),
 * lookup, status, expiry, owner, the misuse audit of revoked and expired keys, last used, the per-key
 * rate limit, and the effective permissions (owner's role now ∩ restriction). The HTTP hook only turns
 * the result into headers and a problem body.
 *
 * Failed attempts count against the client address only; they never consume or reveal the quota of
 * the key they name.
 */
export class KeyAuthenticator {
  private readonly failRules: readonly LimitRule[];
  private readonly rulesCache = new Map<string, readonly LimitRule[]>();

  constructor(
    private readonly deps: KeyAuthenticatorDeps,
    private readonly options: KeyAuthenticatorOptions,
  ) {
    this.failRules = [{ name: 'failed_auth', limit: options.failedAuthPerMinute, windowMs: 60_000 }];
  }

  async authenticateKey(presented: string, ctx: RequestContext): Promise<KeyAuthentication> {
    const { verifier, failedAuthLimiter, limiter, lastUsed } = this.deps;
    const failKey = `authfail:${ctx.ip}`;
    const gate = await failedAuthLimiter.peek(failKey, this.failRules);
    if (!gate.allowed) return { ok: false, code: 'too_many_failed_attempts', retryAfterMs: gate.retryAfterMs };
    const result = tooLong(presented) ? ({ ok: false, code: 'malformed_api_key' } as const) : await verifier.verify(presented);
    if (!result.ok) {
      await failedAuthLimiter.hit(failKey, this.failRules);
      if ('auth' in result && result.auth && (result.code === 'revoked_api_key' || result.code === 'expired_api_key')) {
        this.deps.usage?.count(result.auth.key.id, result.auth.key.workspaceId, 'refused');
        await this.deps.keys.recordMisuse(result.auth, result.code, ctx);
      }
      return { ok: false, code: result.code };
    }
    const { key, user, workspace } = result.auth;
    // The allowlist is checked once the key is known (a refusal counts in its usage, audited once a
    // minute) and before the rate limit, so uses from elsewhere spend none of the key's quota.
    if (key.allowedIps != null && !ipAllowed(key.allowedIps, ctx.ip)) {
      this.deps.usage?.count(key.id, key.workspaceId, 'client_error');
      await this.deps.keys.recordIpRefusal(result.auth, ctx);
      return { ok: false, code: 'ip_not_allowed', ip: ctx.ip };
    }
    lastUsed.observe(key.id, ctx.ip);
    this.deps.recentIps?.observe(key, ctx.ip);
    const rules = this.rulesFor(key.rateLimit.perMinute ?? this.options.defaultRateLimit.perMinute, key.rateLimit.perSecond ?? this.options.defaultRateLimit.perSecond);
    const decision = await limiter.hit(`key:${key.id}`, rules);
    if (!decision.allowed) {
      this.deps.usage?.count(key.id, key.workspaceId, 'rate_limited');
      return { ok: false, code: 'rate_limited', limit: { rules, decision } };
    }
    return {
      ok: true,
      principal: { via: 'key', user, workspace, key, permissions: keyPermissions(user.role, key.restriction), ip: ctx.ip, userAgent: ctx.userAgent },
      limit: { rules, decision },
    };
  }

  /** One frozen rule pair per distinct limit, so the hot path allocates none. */
  private rulesFor(perMinute: number, perSecond: number): readonly LimitRule[] {
    const id = `${perMinute}/${perSecond}`;
    let r = this.rulesCache.get(id);
    if (!r) {
      r = [
        { name: 'minute', limit: perMinute, windowMs: this.options.windows.minuteMs },
        { name: 'second', limit: perSecond, windowMs: this.options.windows.secondMs },
      ];
      this.rulesCache.set(id, r);
    }
    return r;
  }
}
