import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { LimitDecision, LimitRule, RateLimiter, RuleState } from './limiter.js';
import { assertValidRules } from './sliding-window.js';

/** Options for {@link RedisRateLimiter}. */
export interface RedisRateLimiterOptions {
  /**
   * The ioredis client. For request-path use configure it to fail fast (see `createFailFastRedis` in
   * `fallback-limiter.ts`); this class adds no timeouts of its own.
   */
  readonly client: Redis;
  /** Prefix of every key written; default `kw:rl:`. */
  readonly keyPrefix?: string;
  /** Whether `close()` also quits the client (true when the limiter created or owns it). Default true. */
  readonly closeClient?: boolean;
}

/**
 * The whole decision in one script, so that check-and-record is one atomic step across every instance
 * sharing the Redis: no other call can slip between reading the history and writing the new timestamp.
 * It mirrors `decide()` in `sliding-window.ts`: a list holds the last N accepted timestamps, newest first
 * (N = largest limit), and a rule with limit L refuses while the L-th newest is younger than its window.
 *
 * Time comes from Redis `TIME`, not from the instances, so clock skew between instances cannot widen a
 * window. Every write sets a TTL of the longest window: after that, the history cannot refuse anything.
 *
 * KEYS[1] = history list. ARGV[1] = "1" to record when allowed, "0" to peek; then limit, windowMs pairs.
 * Returns { allowed, violated rule index (1-based, 0 = none), wait ms, remaining1, reset1, ... }.
 */
const DECIDE_LUA = `
local key = KEYS[1]
local record = ARGV[1] == '1'
local n = (#ARGV - 1) / 2
local limits, windows = {}, {}
local maxLimit, maxWindow = 0, 0
for i = 1, n do
  limits[i] = tonumber(ARGV[2 * i])
  windows[i] = tonumber(ARGV[2 * i + 1])
  if limits[i] > maxLimit then maxLimit = limits[i] end
  if windows[i] > maxWindow then maxWindow = windows[i] end
end
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local hist = {}
if maxLimit > 0 then hist = redis.call('LRANGE', key, 0, maxLimit - 1) end
local size = #hist
for i = 1, size do hist[i] = tonumber(hist[i]) end
if size > 0 and hist[1] > now then now = hist[1] end
local violated, longest = 0, 0
for i = 1, n do
  if size >= limits[i] then
    local wait = hist[limits[i]] + windows[i] - now
    if wait > longest then longest = wait; violated = i end
  end
end
if violated == 0 and record and maxLimit > 0 then
  redis.call('LPUSH', key, string.format('%.0f', now))
  redis.call('LTRIM', key, 0, maxLimit - 1)
  redis.call('PEXPIRE', key, math.ceil(maxWindow))
  table.insert(hist, 1, now)
  size = size + 1
end
local out = { violated == 0 and 1 or 0, violated, math.ceil(longest) }
for i = 1, n do
  local lo, hi = 0, math.min(size, limits[i])
  local since = now - windows[i]
  while lo < hi do
    local mid = math.floor((lo + hi + 1) / 2)
    if hist[mid] > since then lo = mid else hi = mid - 1 end
  end
  local reset = 0
  if lo >= limits[i] then reset = math.ceil(hist[limits[i]] + windows[i] - now)
  elseif lo > 0 then reset = math.ceil(hist[lo] + windows[i] - now) end
  out[#out + 1] = limits[i] - lo
  out[#out + 1] = reset
end
return out
`;

const DECIDE_SHA = createHash('sha1').update(DECIDE_LUA).digest('hex');

/**
 * An exact sliding-window limiter shared by every instance using the same Redis: one EVALSHA per call
 * (EVAL once when the script cache was flushed). Errors, including timeouts, reject; wrap it in
 * `FallbackRateLimiter` for the request path.
 */
export class RedisRateLimiter implements RateLimiter {
  /** The underlying client, exposed so a wrapper can watch its connection events. */
  readonly client: Redis;
  private readonly keyPrefix: string;
  private readonly closeClient: boolean;

  constructor({ client, keyPrefix = 'kw:rl:', closeClient = true }: RedisRateLimiterOptions) {
    this.client = client;
    this.keyPrefix = keyPrefix;
    this.closeClient = closeClient;
  }

  hit(key: string, rules: readonly LimitRule[]): Promise<LimitDecision> {
    return this.run(key, rules, true);
  }

  /** Reads the history without writing anything, not even a TTL refresh. */
  peek(key: string, rules: readonly LimitRule[]): Promise<LimitDecision> {
    return this.run(key, rules, false);
  }

  status(): { readonly backend: 'redis'; readonly degraded: boolean } {
    return { backend: 'redis', degraded: this.client.status !== 'ready' };
  }

  /** Resolves true when Redis answers a PING (within the client's command timeout). */
  async ping(): Promise<boolean> {
    try {
      return (await this.client.ping()) === 'PONG';
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    if (!this.closeClient) return;
    try {
      await this.client.quit();
    } catch {
      /** Quitting a client whose server is gone fails; the socket is closed either way. */
      this.client.disconnect();
    }
  }

  private async run(key: string, rules: readonly LimitRule[], record: boolean): Promise<LimitDecision> {
    assertValidRules(rules);
    const args: string[] = [record ? '1' : '0'];
    for (const rule of rules) args.push(String(rule.limit), String(rule.windowMs));
    const redisKey = this.keyPrefix + key;
    let reply: unknown;
    try {
      reply = await this.client.evalsha(DECIDE_SHA, 1, redisKey, ...args);
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
      reply = await this.client.eval(DECIDE_LUA, 1, redisKey, ...args);
    }
    return toDecision(reply, rules);
  }
}

/** Turns the script's flat integer array into a decision, refusing anything malformed. */
function toDecision(reply: unknown, rules: readonly LimitRule[]): LimitDecision {
  if (!Array.isArray(reply) || reply.length !== 3 + 2 * rules.length) {
    throw new Error('rate-limit script returned an unexpected reply');
  }
  const numbers = reply.map(Number);
  if (numbers.some((value) => !Number.isFinite(value))) {
    throw new Error('rate-limit script returned a non-numeric reply');
  }
  const states: RuleState[] = rules.map((rule, i) => ({
    rule,
    remaining: numbers[3 + 2 * i]!,
    resetMs: numbers[4 + 2 * i]!,
  }));
  if (numbers[0] === 1) return { allowed: true, states };
  const violated = rules[numbers[1]! - 1];
  if (violated === undefined) throw new Error('rate-limit script refused without naming a rule');
  return { allowed: false, violated, retryAfterMs: Math.max(1, numbers[2]!), states };
}
