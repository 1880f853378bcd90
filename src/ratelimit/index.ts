import type { Clock } from '../clock.js';
import { createFailFastRedis, FallbackRateLimiter, type LimiterLogger } from './fallback-limiter.js';
import type { LimitRule, RateLimiter } from './limiter.js';
import { MemoryRateLimiter, type LimiterMetrics } from './memory-limiter.js';
import { RedisRateLimiter } from './redis-limiter.js';

export type { LimitDecision, LimitRule, RateLimiter, RuleState } from './limiter.js';
export type { LimiterLogger } from './fallback-limiter.js';
export type { LimiterMetrics, MemoryRateLimiterOptions } from './memory-limiter.js';
export type { RedisRateLimiterOptions } from './redis-limiter.js';
export { FallbackRateLimiter, createFailFastRedis } from './fallback-limiter.js';
export { MemoryRateLimiter } from './memory-limiter.js';
export { RedisRateLimiter } from './redis-limiter.js';

/** A limiter that also reports counters for /metrics. */
export interface ObservableRateLimiter extends RateLimiter {
  status(): { readonly backend: 'redis' | 'memory'; readonly degraded: boolean };
  metrics(): LimiterMetrics;
}

/** Options for {@link createRateLimiter}. */
export interface CreateRateLimiterOptions {
  /** `redis://…`; without it the limiter is in-memory (single instance, the embedded default). */
  readonly redisUrl?: string;
  /** Time source of the in-memory limiter (Redis decisions use Redis `TIME`). */
  readonly clock?: Clock;
  readonly logger?: LimiterLogger;
  /** Prefix of Redis keys; default `kw:rl:`. */
  readonly keyPrefix?: string;
}

/**
 * The limiter for the deployment: in-memory without `redisUrl`; otherwise Redis with an automatic
 * in-memory fallback that answers within 100 ms when Redis is unreachable.
 */
export function createRateLimiter({ redisUrl, clock, logger, keyPrefix }: CreateRateLimiterOptions = {}): ObservableRateLimiter {
  const memory = new MemoryRateLimiter(clock === undefined ? {} : { clock });
  if (redisUrl === undefined || redisUrl === '') return memory;
  const primary = new RedisRateLimiter({
    client: createFailFastRedis(redisUrl),
    ...(keyPrefix === undefined ? {} : { keyPrefix }),
  });
  return new FallbackRateLimiter({ primary, fallback: memory, ...(logger === undefined ? {} : { logger }) });
}

/** Per-key limits as configured (defaults 100 a minute and 10 a second). */
export interface KeyRateLimit {
  readonly perMinute: number;
  readonly perSecond: number;
}

/**
 * The two rules of an API key, named as they appear in the RateLimit headers. Rule arrays are read, never
 * kept, by the limiters, so callers may cache the result per key.
 */
export function keyRateLimitRules({ perMinute, perSecond }: KeyRateLimit): readonly LimitRule[] {
  return Object.freeze([
    Object.freeze({ name: 'minute', limit: perMinute, windowMs: 60_000 }),
    Object.freeze({ name: 'second', limit: perSecond, windowMs: 1_000 }),
  ]);
}

/** `Retry-After` in whole seconds (≥ 1), rounded up so a client that obeys it is admitted. */
export function retryAfterSeconds(retryAfterMs: number): number {
  return Math.max(1, Math.ceil(retryAfterMs / 1000));
}
