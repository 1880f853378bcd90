import type { Clock } from '../clock.js';
import type { RequestContext, UserPrincipal } from '../principal.js';
import type { LimitDecision, LimitRule, RateLimiter } from '../ratelimit/limiter.js';
import type { AuthCheckReply, AuthCheckRequest } from '../ratelimit/redis-auth-check.js';
import type { ApiKeyRecord, KeyAuthRecord } from '../store/types.js';
import type { UsageCounter } from '../usage/usage-counter.js';
import { keyPermissions } from '../users/permissions.js';
import { ipAllowed } from './ip-allowlist.js';
import type { KeyService } from './key-service.js';
import type { KeyVerifier, VerifyFailure, VerifyResult } from './key-verifier.js';
import type { LastUsedRecorder } from './last-used.js';
import type { RecentIps } from './recent-ips.js';

const MALFORMED = { ok: false, code: 'malformed_api_key' } as const;

/** A refusal that counts against the address: the presented key is malformed or names no key. */
function isGuess(result: Extract<VerifyResult, { ok: false }>): boolean {
  return result.auth === undefined;
}

/** A key of another workspace than the one asked for is, to the asker, a key that does not exist. */
function within(result: VerifyResult, options: AuthenticateOptions): VerifyResult {
  const ws = options.workspaceId;
  return ws !== undefined && result.auth !== undefined && result.auth.key.workspaceId !== ws ? UNKNOWN : result;
}

/** Whether the key may be used from `ip` (no allowlist: from anywhere). */
function ipAllowedFor(key: ApiKeyRecord, ip: string): boolean {
  return key.allowedIps == null || ipAllowed(key.allowedIps, ip);
}

/**
 * The failed-auth gate, the key's hit and (PostgreSQL) the authentication-state version in one round trip
 * to the shared limiter store (src/ratelimit/redis-auth-check.ts); undefined when that store is not in use.
 */
export interface SharedAuthCheck {
  run(request: AuthCheckRequest): Promise<AuthCheckReply | undefined>;
}

/** A presented key longer than this (in UTF-8 bytes) is refused before any hashing. */
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
 * Everything one authentication decided. Accepted: the principal and its limit state. Refused: the 401 code
 * (missing, malformed, invalid, revoked, expired, owner disabled; or the failed-auth lockout, or the
 * per-key limit) and, for the 429s, when to retry.
 */
export type KeyAuthentication =
  | { readonly ok: true; readonly principal: UserPrincipal; readonly limit: KeyLimit }
  | { readonly ok: false; readonly code: VerifyFailure }
  | { readonly ok: false; readonly code: 'too_many_failed_attempts'; readonly retryAfterMs: number }
  | { readonly ok: false; readonly code: 'ip_not_allowed'; readonly ip: string }
  | { readonly ok: false; readonly code: 'rate_limited'; readonly limit: KeyLimit & { readonly decision: { readonly allowed: false } } };

/**
 * How one authentication is asked for beyond the request's own facts. `failGate`: the failed-auth gate to
 * count guesses against (default: the client address's), e.g. the verifier key's own when a backend
 * verifies keys on its clients' behalf. `workspaceId`: accept only that workspace's keys; any other is
 * answered exactly like an unknown key (a guess, counted against the gate, nothing recorded on the key).
 */
export interface AuthenticateOptions {
  readonly failGate?: string;
  readonly workspaceId?: string;
}
const ASKED_PLAINLY: AuthenticateOptions = {};
const UNKNOWN = { ok: false, code: 'invalid_api_key' } as const;

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
  /** Redis and the key cache: the one-round-trip path (`authenticateShared`). */
  sharedCheck?: SharedAuthCheck;
}

/**
 * The whole decision about a presented API key, in the documented order, with no HTTP in sight: the
 * failed-authentication gate for the client address, length, shape and checksum (no storage read),
 * lookup, status, expiry, owner, the misuse audit of revoked and expired keys, the per-key rate limit,
 * last used (accepted requests only), and the effective permissions (owner's role now ∩ restriction). The HTTP hook only turns
 * the result into headers and a problem body. With Redis and the key cache, the gate, the hit and (on
 * PostgreSQL) the authentication-state version that validates the cache share one Redis round trip
 * (`authenticateShared`); otherwise, and whenever Redis is not in use, each is its own step.
 *
 * Failed attempts count against the client address only; they never consume or reveal the quota of
 * the key they name. Only guesses count (malformed and unknown keys): uses of a key that exists but is
 * revoked, expired or has a disabled owner are refused and audited per key, never against the address.
 */
export class KeyAuthenticator {
  private readonly failRules: readonly LimitRule[];
  private readonly rulesCache = new Map<number, Map<number, readonly LimitRule[]>>();

  constructor(
    private readonly deps: KeyAuthenticatorDeps,
    private readonly options: KeyAuthenticatorOptions,
  ) {
    this.failRules = [{ name: 'failed_auth', limit: options.failedAuthPerMinute, windowMs: 60_000 }];
  }

  async authenticateKey(presented: string, ctx: RequestContext, options: AuthenticateOptions = ASKED_PLAINLY): Promise<KeyAuthentication> {
    const shared = this.deps.sharedCheck;
    if (shared) {
      const decided = await this.authenticateShared(shared, presented, ctx, options);
      if (decided) return decided;
    }
    const failKey = options.failGate ?? `authfail:${ctx.ip}`;
    const gate = await this.deps.failedAuthLimiter.peek(failKey, this.failRules);
    if (!gate.allowed) return { ok: false, code: 'too_many_failed_attempts', retryAfterMs: gate.retryAfterMs };
    const result = tooLong(presented) ? MALFORMED : within(await this.deps.verifier.verify(presented), options);
    if (!result.ok) return this.refuse(result, failKey, ctx);
    const { auth } = result;
    // The allowlist is checked once the key is known (a refusal counts in its usage, audited once a
    // minute) and before the rate limit, so uses from elsewhere spend none of the key's quota.
    if (!ipAllowedFor(auth.key, ctx.ip)) return this.refuseAddress(auth, ctx);
    const rules = this.rulesForKey(auth.key);
    // Synchronous helpers around the one await: this is the embedded mode's hot path.
    return this.decided(auth, ctx, rules, await this.deps.limiter.hit(`key:${auth.key.id}`, rules));
  }

  /**
   * Redis and the key cache: the failed-auth gate, the key's hit and (PostgreSQL) the
   * authentication-state version in one Redis round trip, the key from the in-memory cache when that
   * version (SQLite: the database file's own `data_version`, checked once per event-loop turn) says
   * nothing changed since it was cached. The hit is asked for only when the cached record would be
   * accepted, so a refused key spends no quota (and none at all when the gate refuses: the script then
   * records nothing). A malformed key is counted on the gate in the same call, exactly as the separate
   * peek and failure hit would.
   *
   * When the version moved, the key is read again from the database and decided afresh. The hit the
   * script already counted is not taken back (Redis has no undo that other instances could not observe):
   * if the key is still accepted with the same limits it is simply this request's; if its limits changed,
   * the request is counted again under the new ones; if it is now refused, the count stays on a key that
   * was revoked, disabled or fenced off a moment ago. At most one extra count, and only for a request
   * racing a change to its own key, owner or workspace. Undefined when Redis is not in use: the caller
   * then decides the classic way.
   */
  private async authenticateShared(
    check: SharedAuthCheck,
    presented: string,
    ctx: RequestContext,
    options: AuthenticateOptions,
  ): Promise<KeyAuthentication | undefined> {
    const failKey = options.failGate ?? `authfail:${ctx.ip}`;
    const prepared = tooLong(presented) ? undefined : this.deps.verifier.prepare(presented);
    const cached = prepared?.cached;
    const speculative = cached && this.wouldAccept(cached, ctx, options) ? this.rulesForKey(cached.key) : undefined;
    const hit = cached && speculative ? { key: `key:${cached.key.id}`, rules: speculative } : undefined;
    // A malformed key is a guess before anything is read: the script records it on the gate if the gate allows.
    const reply = await check.run({ gateKey: failKey, gateRules: this.failRules, guess: prepared === undefined, hit });
    if (!reply) return undefined;
    if (!reply.gate.allowed) return { ok: false, code: 'too_many_failed_attempts', retryAfterMs: reply.gate.retryAfterMs };
    if (!prepared) return { ok: false, code: MALFORMED.code };
    const result = within(await this.deps.verifier.verifyWith(prepared, reply.version), options);
    if (!result.ok) return this.refuse(result, failKey, ctx);
    const { auth } = result;
    if (!ipAllowedFor(auth.key, ctx.ip)) return this.refuseAddress(auth, ctx);
    const rules = this.rulesForKey(auth.key);
    const counted = reply.hit && rules === speculative && auth.key.id === cached?.key.id ? reply.hit : undefined;
    return this.decided(auth, ctx, rules, counted ?? (await this.deps.limiter.hit(`key:${auth.key.id}`, rules)));
  }

  /**
   * A failed authentication. Only a guess — a malformed key or one that names no key — counts against
   * the address: a key that exists (revoked, expired, its owner disabled) is a client still holding a
   * dead key, not someone guessing, and counting it would lock every live key sharing the address (a
   * NAT, an office, a proxy) out with it. Revoked and expired keys are audited and counted in usage.
   */
  private async refuse(result: Extract<VerifyResult, { ok: false }>, failKey: string, ctx: RequestContext): Promise<KeyAuthentication> {
    if (isGuess(result)) await this.deps.failedAuthLimiter.hit(failKey, this.failRules);
    if (result.auth && (result.code === 'revoked_api_key' || result.code === 'expired_api_key')) {
      this.deps.usage?.count(result.auth.key.id, result.auth.key.workspaceId, 'refused');
      await this.deps.keys.recordMisuse(result.auth, result.code, ctx);
    }
    return { ok: false, code: result.code };
  }

  /** A verified key used from outside its allowlist: counted in its usage, audited at most once a minute. */
  private async refuseAddress(auth: KeyAuthRecord, ctx: RequestContext): Promise<KeyAuthentication> {
    this.deps.usage?.count(auth.key.id, auth.key.workspaceId, 'client_error');
    await this.deps.keys.recordIpRefusal(auth, ctx);
    return { ok: false, code: 'ip_not_allowed', ip: ctx.ip };
  }

  /** The per-key limit's verdict, and for an accepted key the principal: the owner's role now ∩ the restriction. */
  private decided(auth: KeyAuthRecord, ctx: RequestContext, rules: readonly LimitRule[], decision: LimitDecision): KeyAuthentication {
    const { key, user, workspace } = auth;
    if (!decision.allowed) {
      this.deps.usage?.count(key.id, key.workspaceId, 'rate_limited');
      return { ok: false, code: 'rate_limited', limit: { rules, decision } };
    }
    // "Last used" means accepted: a refused attempt (revoked, expired, disabled owner, outside the
    // allowlist, over the limit) is not a use, or a dead key would show "Last used: just now".
    this.deps.lastUsed.observe(key.id, ctx.ip);
    // New-address detection only once the limiter accepted: a refused request announces nothing.
    this.deps.recentIps?.observe(key, ctx.ip);
    return {
      ok: true,
      principal: {
        via: 'key',
        user,
        workspace,
        key,
        permissions: keyPermissions(user.role, key.restriction, workspace.customPermissions),
        ip: ctx.ip,
        userAgent: ctx.userAgent,
      },
      limit: { rules, decision },
    };
  }

  /** Whether a record would be accepted as it stands (workspace, status, expiry, owner, allowlist). */
  private wouldAccept(auth: KeyAuthRecord, ctx: RequestContext, options: AuthenticateOptions): boolean {
    return within(this.deps.verifier.judge(auth), options).ok && ipAllowedFor(auth.key, ctx.ip);
  }

  private rulesForKey(key: ApiKeyRecord): readonly LimitRule[] {
    const { perMinute, perSecond } = this.options.defaultRateLimit;
    return this.rulesFor(key.rateLimit.perMinute ?? perMinute, key.rateLimit.perSecond ?? perSecond);
  }

  /** One rule pair per distinct limit, so the hot path allocates none (not even a string to look it up by). */
  private rulesFor(perMinute: number, perSecond: number): readonly LimitRule[] {
    let bySecond = this.rulesCache.get(perMinute);
    if (!bySecond) {
      bySecond = new Map();
      this.rulesCache.set(perMinute, bySecond);
    }
    let r = bySecond.get(perSecond);
    if (!r) {
      r = [
        { name: 'minute', limit: perMinute, windowMs: this.options.windows.minuteMs },
        { name: 'second', limit: perSecond, windowMs: this.options.windows.secondMs },
      ];
      bySecond.set(perSecond, r);
    }
    return r;
  }
}
