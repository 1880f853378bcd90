import type { FallbackRateLimiter, LimiterLogger } from './fallback-limiter.js';
import type { LimitDecision, LimitRule } from './limiter.js';
import { DECIDE_FUNCTION_LUA, evalScript, luaScript, toDecision } from './redis-limiter.js';
import { assertValidRules } from './sliding-window.js';

/**
 * One round trip for an API-key request: the failed-authentication gate of the client address, the
 * auth-state version when there is one, and — only when the gate lets the request through — the key's
 * rate-limit hit. Atomic, like every limiter script. A missing version (Redis restarted, flushed, or
 * evicted it) is set to the caller's random seed, so it can never come back as a value an instance saw
 * before the loss.
 *
 * The gate is peeked, or hit when the caller already knows the request is a guess (a malformed key): a hit
 * is the peek and, when the gate allows, the record of the failure, so one call does what the peek and the
 * later hit did, with the same decision.
 *
 * KEYS[1] = the address's failed-auth history; with a version, KEYS[2] = the version; then (optional) the
 * key's history. ARGV[1] = seed ('' = no version), ARGV[2] = '1' to hit the gate, '0' to peek it,
 * ARGV[3] = number of gate rules g, then g (limit, windowMs) pairs, then the key's pairs.
 * Returns { version ('' without one), gate decision [, key decision] }.
 */
const AUTH_CHECK = luaScript(`${DECIDE_FUNCTION_LUA}
local now = redisNow()
local version, hitAt = '', 2
if ARGV[1] ~= '' then
  hitAt = 3
  version = redis.call('GET', KEYS[2])
  if not version then
    version = ARGV[1]
    redis.call('SET', KEYS[2], version)
  end
end
local g = tonumber(ARGV[3])
local gateLimits, gateWindows = rulesFrom(ARGV, 4, g)
local gate = decide(KEYS[1], ARGV[2] == '1', gateLimits, gateWindows, now)
if #KEYS < hitAt or gate[1] == 0 then return { version, gate } end
local keyLimits, keyWindows = rulesFrom(ARGV, 4 + 2 * g, (#ARGV - 3 - 2 * g) / 2)
return { version, gate, decide(KEYS[hitAt], true, keyLimits, keyWindows, now) }
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
  /** Record a failed attempt on the gate when it allows (the request is already known to be a guess). */
  readonly guess?: boolean;
  /** The per-key limiter's key and rules, when the request is to be counted. */
  readonly hit?: { readonly key: string; readonly rules: readonly LimitRule[] };
}

export interface AuthCheckReply {
  /** The auth-state version, read after the request arrived; absent where there is none (SQLite). */
  readonly version?: string;
  readonly gate: LimitDecision;
  /** Present when a hit was asked for and the gate let the request through. */
  readonly hit?: LimitDecision;
}

export interface RedisGateCheckOptions {
  /** The per-key limiter: the script runs on its connection and shares its fallback. */
  readonly limiter: FallbackRateLimiter;
  /** The failed-authentication limiter: its history is read; it must be on Redis too. */
  readonly failedAuth: FallbackRateLimiter;
}

export interface RedisAuthCheckOptions extends RedisGateCheckOptions {
  /** Where the version lives, e.g. `kw:auth:version`. */
  readonly versionKey: string;
  readonly logger?: LimiterLogger;
  /** Random integer in [min, max) (tests pin it); Math.random by default: these need to differ, not to be secret. */
  readonly randomInt?: (min: number, max: number) => number;
}

/**
 * The request path's single Redis round trip without a shared version (SQLite with Redis): the
 * failed-auth gate and, for a cached key that would be accepted, its hit; for a malformed key, the gate's
 * hit. The key's freshness comes from the store's own check (SQLite's `data_version`).
 */
export class RedisGateCheck {
  constructor(protected readonly options: RedisGateCheckOptions) {}

  /**
   * Undefined when either limiter is not on Redis or the call fails (the limiter then falls back to
   * memory, as for any decision): the caller decides the classic way.
   */
  async run(request: AuthCheckRequest): Promise<AuthCheckReply | undefined> {
    const { limiter, failedAuth } = this.options;
    if (failedAuth.status().backend !== 'redis') return undefined;
    const versionKey = this.versionKey();
    const gateKey = failedAuth.redisKeyPrefix + request.gateKey;
    const keys = versionKey === undefined ? [gateKey] : [gateKey, versionKey];
    const args = [versionKey === undefined ? '' : this.seed(), request.guess ? '1' : '0', String(request.gateRules.length)];
    pushRules(args, request.gateRules);
    if (request.hit) {
      keys.push(limiter.redisKeyPrefix + request.hit.key);
      pushRules(args, request.hit.rules);
    }
    return limiter.onRedis(async (primary) => toReply(await evalScript(primary.client, AUTH_CHECK, keys, args), request));
  }

  /** The version's key; none here. */
  protected versionKey(): string | undefined {
    return undefined;
  }

  protected seed(): string {
    return '';
  }
}

/**
 * The shared half of key authentication with PostgreSQL and Redis (docs/deploy.md, "Verified keys in
 * memory"): `run` is the request path's single Redis round trip, with the auth-state version that
 * validates the key cache; `bump` the writers' announcement of a change, awaited after every commit to
 * keys, users or workspaces (src/store/change-feed.ts).
 */
export class RedisAuthCheck extends RedisGateCheck {
  private readonly random: (min: number, max: number) => number;
  private failures = 0;
  private failing = false;
  declare protected readonly options: RedisAuthCheckOptions;

  constructor(options: RedisAuthCheckOptions) {
    super(options);
    this.random = options.randomInt ?? ((min, max) => min + Math.floor(Math.random() * (max - min)));
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

  protected override versionKey(): string {
    return this.options.versionKey;
  }

  protected override seed(): string {
    return String(this.random(1, 2 ** 40));
  }
}

/** Appends a rule list's (limit, windowMs) pairs, after checking them. */
function pushRules(args: string[], rules: readonly LimitRule[]): void {
  assertValidRules(rules);
  for (const rule of rules) args.push(String(rule.limit), String(rule.windowMs));
}

function toReply(reply: unknown, request: AuthCheckRequest): AuthCheckReply {
  if (!Array.isArray(reply) || reply.length < 2 || (typeof reply[0] !== 'string' && typeof reply[0] !== 'number')) {
    throw new Error('auth-check script returned an unexpected reply');
  }
  const version = reply[0] === '' ? undefined : String(reply[0]);
  const gate = toDecision(reply[1], request.gateRules);
  if (reply.length === 2) return { version, gate };
  if (!request.hit) throw new Error('auth-check script counted a hit nobody asked for');
  return { version, gate, hit: toDecision(reply[2], request.hit.rules) };
}
