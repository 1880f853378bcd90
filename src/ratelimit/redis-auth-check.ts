import type { FallbackRateLimiter, LimiterLogger } from './fallback-limiter.js';
import type { LimitDecision, LimitRule } from './limiter.js';
import { DECIDE_FUNCTION_LUA, evalScript, luaScript, toDecision } from './redis-limiter.js';
import { assertValidRules } from './sliding-window.js';

/**
 * One round trip for an API-key request: the failed-authentication gate of the client address (peeked),
 * the auth-state version, and — only when the gate lets the request through — the key's rate-limit hit.
 * Atomic, like every limiter script. A missing version (Redis restarted, flushed, or evicted it) is set to
 * the caller's random seed, so it can never come back as a value an instance saw before the loss.
 *
 * KEYS[1] = the address's failed-auth history, KEYS[2] = the version, KEYS[3] (optional) = the key's
 * history. ARGV[1] = seed, ARGV[2] = number of gate rules g, then g (limit, windowMs) pairs, then the
 * key's pairs. Returns { version, gate decision [, key decision] }.
 */
const AUTH_CHECK = luaScript(`${DECIDE_FUNCTION_LUA}
local now = redisNow()
local version = redis.call('GET', KEYS[2])
if not version then
  version = ARGV[1]
  redis.call('SET', KEYS[2], version)
end
local g = tonumber(ARGV[2])
local gateLimits, gateWindows = rulesFrom(ARGV, 3, g)
local gate = decide(KEYS[1], false, gateLimits, gateWindows, now)
if #KEYS < 3 or gate[1] == 0 then return { version, gate } end
local keyLimits, keyWindows = rulesFrom(ARGV, 3 + 2 * g, (#ARGV - 2 - 2 * g) / 2)
return { version, gate, decide(KEYS[3], true, keyLimits, keyWindows, now) }
`);

/**
 * Moves the version by a random step (seeding it when missing): readers compare versions for equality
 * only, so a step lost with a Redis failover cannot be replayed onto a value some instance already saw.
 * Seeds below 2^40 and steps below 2^20 keep it exact as a JavaScript number for 2^33 changes.
 */
const BUMP = luaScript(`
if redis.call('EXISTS', KEYS[1]) == 0 then redis.call('SET', KEYS[1], ARGV[1]) end
redis.call('INCRBY', KEYS[1], ARGV[2])
return 1
`);

/** Attempts at moving the version after a commit before giving up (each bounded by the client's 90 ms). */
const BUMP_ATTEMPTS = 3;

export interface AuthCheckRequest {
  /** The failed-authentication limiter's key for the client address (e.g. `authfail:192.0.2.1`). */
  readonly gateKey: string;
  readonly gateRules: readonly LimitRule[];
  /** The per-key limiter's key and rules, when the request is to be counted. */
  readonly hit?: { readonly key: string; readonly rules: readonly LimitRule[] };
}

export interface AuthCheckReply {
  /** The auth-state version, read after the request arrived. */
  readonly version: string;
  readonly gate: LimitDecision;
  /** Present when a hit was asked for and the gate let the request through. */
  readonly hit?: LimitDecision;
}

export interface RedisAuthCheckOptions {
  /** The per-key limiter: the script runs on its connection and shares its fallback. */
  readonly limiter: FallbackRateLimiter;
  /** The failed-authentication limiter: its history is read; it must be on Redis too. */
  readonly failedAuth: FallbackRateLimiter;
  /** Where the version lives, e.g. `kw:auth:version`. */
  readonly versionKey: string;
  readonly logger?: LimiterLogger;
  /** Random integer in [min, max) (tests pin it); Math.random by default: these need to differ, not to be secret. */
  readonly randomInt?: (min: number, max: number) => number;
}

/**
 * The shared half of key authentication with PostgreSQL and Redis (docs/deploy.md, "Verified keys in
 * memory"): `run` is the request path's single Redis round trip, `bump` the writers' announcement of a
 * change, awaited after every commit to keys, users or workspaces (src/store/change-feed.ts).
 */
export class RedisAuthCheck {
  private readonly random: (min: number, max: number) => number;
  private failures = 0;
  private failing = false;

  constructor(private readonly options: RedisAuthCheckOptions) {
    this.random = options.randomInt ?? ((min, max) => min + Math.floor(Math.random() * (max - min)));
  }

  /**
   * Undefined when either limiter is not on Redis or the call fails (the limiter then falls back to
   * memory, as for any decision): the caller decides the classic way, with the database's version.
   */
  async run(request: AuthCheckRequest): Promise<AuthCheckReply | undefined> {
    const { limiter, failedAuth, versionKey } = this.options;
    if (failedAuth.status().backend !== 'redis') return undefined;
    assertValidRules(request.gateRules);
    const keys = [failedAuth.redisKeyPrefix + request.gateKey, versionKey];
    const args = [this.seed(), String(request.gateRules.length)];
    for (const rule of request.gateRules) args.push(String(rule.limit), String(rule.windowMs));
    if (request.hit) {
      assertValidRules(request.hit.rules);
      keys.push(limiter.redisKeyPrefix + request.hit.key);
      for (const rule of request.hit.rules) args.push(String(rule.limit), String(rule.windowMs));
    }
    return limiter.onRedis(async (primary) => toReply(await evalScript(primary.client, AUTH_CHECK, keys, args), request));
  }

  /**
   * Moves the version; never rejects. After `BUMP_ATTEMPTS` failures the change stays committed and
   * unannounced here: this instance reads fresh anyway (its own change feed moved), other instances
   * notice within the database poll (`AuthVersionPoll`), or at once if they cannot reach Redis either.
   */
  async bump(): Promise<void> {
    const client = this.options.limiter.redis;
    let lastError: unknown;
    for (let attempt = 0; attempt < BUMP_ATTEMPTS && client.status === 'ready'; attempt++) {
      try {
        await evalScript(client, BUMP, [this.options.versionKey], [this.seed(), String(this.random(1, 2 ** 20))]);
        if (this.failing) this.options.logger?.info({}, 'auth-state version: Redis updated again');
        this.failing = false;
        return;
      } catch (error) {
        lastError = error;
      }
    }
    this.failures++;
    if (this.failing) return;
    this.failing = true;
    const detail = lastError instanceof Error ? lastError.message : `redis ${client.status}`;
    this.options.logger?.warn(
      { error: detail },
      'auth-state version: could not update Redis after a commit; other instances see the change with their next database poll',
    );
  }

  /** Commits whose announcement in Redis failed (for /metrics). */
  get bumpFailures(): number {
    return this.failures;
  }

  private seed(): string {
    return String(this.random(1, 2 ** 40));
  }
}

function toReply(reply: unknown, request: AuthCheckRequest): AuthCheckReply {
  if (!Array.isArray(reply) || reply.length < 2 || (typeof reply[0] !== 'string' && typeof reply[0] !== 'number')) {
    throw new Error('auth-check script returned an unexpected reply');
  }
  const gate = toDecision(reply[1], request.gateRules);
  if (reply.length === 2) return { version: String(reply[0]), gate };
  if (!request.hit) throw new Error('auth-check script counted a hit nobody asked for');
  return { version: String(reply[0]), gate, hit: toDecision(reply[2], request.hit.rules) };
}
