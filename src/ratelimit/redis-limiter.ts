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
 * It mirrors `decide()` in `sliding-window.ts`: a list holds the accepted timestamps, newest first, and a
 * rule with limit L refuses while the L-th newest is younger than its window.
 *
 * It reads only the entries the decision needs (`LINDEX`: the L-th newest per rule, then a binary search
 * per rule for `remaining`), so its cost does not grow with the limit: a key allowed 100,000 a minute
 * costs what a key allowed 100 does. After recording, the list is cut to the entries that still count in
 * some window (never more than the largest limit): older ones can never refuse again, since time only
 * moves forward.
 *
 * Time comes from Redis `TIME`, not from the instances, so clock skew between instances cannot widen a
 * window. Every write sets a TTL of the longest window: after that, the history cannot refuse anything.
 *
 * `decide(key, record, limits, windows, now)` returns { allowed, violated rule index (1-based, 0 = none),
 * wait ms, remaining1, reset1, ... }. Other scripts (redis-auth-check.ts) call it too.
 */
export const DECIDE_FUNCTION_LUA = `
local function decide(key, record, limits, windows, now)
  local n = #limits
  local maxLimit, maxWindow = 0, 0
  for i = 1, n do
    if limits[i] > maxLimit then maxLimit = limits[i] end
    if windows[i] > maxWindow then maxWindow = windows[i] end
  end
  local size = 0
  if maxLimit > 0 then size = math.min(redis.call('LLEN', key), maxLimit) end
  local seen = {}
  local function at(k)
    local v = seen[k]
    if v == nil then v = tonumber(redis.call('LINDEX', key, k - 1)); seen[k] = v end
    return v
  end
  if size > 0 and at(1) > now then now = at(1) end
  local violated, longest = 0, 0
  for i = 1, n do
    if size >= limits[i] then
      local wait = at(limits[i]) + windows[i] - now
      if wait > longest then longest = wait; violated = i end
    end
  end
  local recorded = violated == 0 and record and maxLimit > 0
  if recorded then
    redis.call('LPUSH', key, string.format('%.0f', now))
    redis.call('PEXPIRE', key, math.ceil(maxWindow))
    local shifted = { now }
    for k, v in pairs(seen) do shifted[k + 1] = v end
    seen = shifted
    size = math.min(size + 1, maxLimit)
  end
  local out = { violated == 0 and 1 or 0, violated, math.ceil(longest) }
  local needed = 0
  for i = 1, n do
    local lo, hi = 0, math.min(size, limits[i])
    local since = now - windows[i]
    while lo < hi do
      local mid = math.floor((lo + hi + 1) / 2)
      if at(mid) > since then lo = mid else hi = mid - 1 end
    end
    if lo > needed then needed = lo end
    local reset = 0
    if lo >= limits[i] then reset = math.ceil(at(limits[i]) + windows[i] - now)
    elseif lo > 0 then reset = math.ceil(at(lo) + windows[i] - now) end
    out[#out + 1] = limits[i] - lo
    out[#out + 1] = reset
  end
  if recorded then redis.call('LTRIM', key, 0, needed - 1) end
  return out
end
local function redisNow()
  local time = redis.call('TIME')
  return tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
end
local function rulesFrom(argv, first, count)
  local limits, windows = {}, {}
  for i = 1, count do
    limits[i] = tonumber(argv[first + 2 * i - 2])
    windows[i] = tonumber(argv[first + 2 * i - 1])
  end
  return limits, windows
end
`;

/** KEYS[1] = history list. ARGV[1] = "1" to record when allowed, "0" to peek; then limit, windowMs pairs. */
const DECIDE_LUA = `${DECIDE_FUNCTION_LUA}
local limits, windows = rulesFrom(ARGV, 2, (#ARGV - 1) / 2)
return decide(KEYS[1], ARGV[1] == '1', limits, windows, redisNow())
`;

const DECIDE = luaScript(DECIDE_LUA);

/**
 * An exact sliding-window limiter shared by every instance using the same Redis: one EVALSHA per call
 * (EVAL once when the script cache was flushed). Errors, including timeouts, reject; wrap it in
 * `FallbackRateLimiter` for the request path.
 */
export class RedisRateLimiter implements RateLimiter {
  /** The underlying client, exposed so a wrapper can watch its connection events. */
  readonly client: Redis;
  /** Prepended to every key this limiter writes. */
  readonly keyPrefix: string;
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
    const reply = await evalScript(this.client, DECIDE, [this.keyPrefix + key], args);
    return toDecision(reply, rules);
  }
}

/** A script and its SHA-1, for EVALSHA. */
export interface LuaScript {
  readonly lua: string;
  readonly sha: string;
}

export function luaScript(lua: string): LuaScript {
  return { lua, sha: createHash('sha1').update(lua).digest('hex') };
}

/** EVALSHA, and EVAL once when Redis's script cache was flushed. */
export async function evalScript(client: Redis, script: LuaScript, keys: readonly string[], args: readonly string[]): Promise<unknown> {
  try {
    return await client.evalsha(script.sha, keys.length, ...keys, ...args);
  } catch (error) {
    if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
    return client.eval(script.lua, keys.length, ...keys, ...args);
  }
}

/** Turns the script's flat integer array into a decision, refusing anything malformed. */
export function toDecision(reply: unknown, rules: readonly LimitRule[]): LimitDecision {
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
