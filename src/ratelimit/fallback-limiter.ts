import { Redis } from 'ioredis';
import type { LimitDecision, LimitRule, RateLimiter } from './limiter.js';
import { MemoryRateLimiter, type LimiterMetrics } from './memory-limiter.js';
import { RedisRateLimiter } from './redis-limiter.js';
import { assertValidRules } from './sliding-window.js';

/** The part of a pino logger this module uses (pino's `logger` fits as is). */
export interface LimiterLogger {
  warn(context: Record<string, unknown>, message: string): void;
  info(context: Record<string, unknown>, message: string): void;
}

/** Options for {@link FallbackRateLimiter}. */
export interface FallbackRateLimiterOptions {
  /** The shared limiter; its client should come from {@link createFailFastRedis}. */
  readonly primary: RedisRateLimiter;
  /** Used while Redis is unreachable. Default: a new `MemoryRateLimiter`. */
  readonly fallback?: MemoryRateLimiter;
  readonly logger?: LimiterLogger;
  /**
   * After a fallback, how long (ms) to wait before trying Redis again (a write, not just a PING): the first
   * back-off. Default 1000.
   */
  readonly recheckIntervalMs?: number;
  /** The longest back-off (ms): each failed try, and each fallback soon after a return, doubles it. Default 30,000. */
  readonly maxBackoffMs?: number;
  /** Redis counts as healthy again, and the back-off starts afresh, after this long (ms) without a fallback. Default 60,000. */
  readonly stableMs?: number;
}

const silentLogger: LimiterLogger = { warn: () => {}, info: () => {} };

/**
 * Per-command timeout. An instance must give up on an unreachable Redis within 100 ms in total; timers
 * fire a little late and the fallback decision takes time too, so the timeout itself leaves a 10 ms margin.
 */
export const REDIS_COMMAND_TIMEOUT_MS = 90;

/**
 * An ioredis client for the request path: any failure comes back within 100 ms instead of queueing.
 * - `enableOfflineQueue: false`: while disconnected, commands fail at once rather than wait for a reconnect;
 * - `commandTimeout`: a command without a reply in {@link REDIS_COMMAND_TIMEOUT_MS} (a hung or partitioned
 *   server) fails;
 * - `maxRetriesPerRequest: 0`: commands in flight when the connection drops fail instead of being resent;
 * - reconnect attempts at most 1 s apart, so a returning Redis is noticed quickly.
 */
export function createFailFastRedis(url: string): Redis {
  return new Redis(url, {
    enableOfflineQueue: false,
    commandTimeout: REDIS_COMMAND_TIMEOUT_MS,
    maxRetriesPerRequest: 0,
    connectTimeout: 1000,
    // The ready check is an INFO command under the 90 ms command timeout: on a busy machine it can keep
    // failing and hold every instance on its fallback for many seconds after start. A PING-able socket
    // is ready enough; every later command still fails fast.
    enableReadyCheck: false,
    retryStrategy: (times: number) => Math.min(50 * times, 1000),
  });
}

/**
 * A Redis limiter that never fails a request because of Redis: while Redis is unreachable, slower than
 * the client's command timeout, or refusing writes (OOM at `maxmemory`, READONLY on a replica) decisions
 * come from a per-instance memory limiter; when Redis takes a write again the limiter returns to it.
 *
 * With hysteresis: a Redis that answers PING but refuses writes must not make instances flap. After a
 * fallback the limiter waits a back-off before trying Redis again, and tries with a write (a SET beside
 * its keys), not a PING; each failed try doubles the back-off, and so does a fallback within `stableMs`
 * of the last return, up to `maxBackoffMs`. So there is at most one fallback per back-off period, one
 * warning per change to memory and one info line per return, and `/readyz` changes as rarely. A reconnect
 * ('ready' after the connection dropped) is tried at once, with the same write.
 *
 * During an outage limits hold per instance, not across instances, and the memory history is not carried
 * back to Redis: this is the documented trade-off of "requests never fail because of the limiter store".
 */
export class FallbackRateLimiter implements RateLimiter {
  private readonly primary: RedisRateLimiter;
  private readonly fallback: MemoryRateLimiter;
  private readonly logger: LimiterLogger;
  private readonly recheckIntervalMs: number;
  /** Until the first 'ready', answers come from memory: Redis is not known to be reachable yet. */
  private mode: 'redis' | 'memory' = 'memory';
  private fallbacks = 0;
  private memoryDecisions = 0;
  private probe: NodeJS.Timeout | undefined;
  private probing = false;
  private closed = false;
  private readonly maxBackoffMs: number;
  private readonly stableMs: number;
  private backoffMs: number;
  /** performance.now() of the last return to Redis (-Infinity: never). */
  private returnedAt = -Infinity;
  /** Whether a fallback or a use of Redis has happened yet (before: starting, answering from memory). */
  private started = false;
  /** The first connection is used at once; a reconnect after trouble is tried with a write first. */
  private readonly onReady = (): void => (this.started ? this.tryRedis() : this.useRedis());
  private readonly onError = (error: unknown): void => this.useMemory('redis error', error);
  private readonly onClose = (): void => this.useMemory('redis connection closed');

  constructor({ primary, fallback, logger = silentLogger, recheckIntervalMs = 1000, maxBackoffMs = 30_000, stableMs = 60_000 }: FallbackRateLimiterOptions) {
    this.primary = primary;
    this.fallback = fallback ?? new MemoryRateLimiter();
    this.logger = logger;
    this.recheckIntervalMs = recheckIntervalMs;
    this.maxBackoffMs = Math.max(maxBackoffMs, recheckIntervalMs);
    this.stableMs = stableMs;
    this.backoffMs = recheckIntervalMs;
    const client = primary.client;
    /** An 'error' listener is required anyway: without one ioredis reports every reconnect failure. */
    client.on('error', this.onError);
    client.on('close', this.onClose);
    client.on('ready', this.onReady);
    if (client.status === 'ready') this.useRedis();
  }

  hit(key: string, rules: readonly LimitRule[]): Promise<LimitDecision> {
    return this.decide(key, rules, true);
  }

  peek(key: string, rules: readonly LimitRule[]): Promise<LimitDecision> {
    return this.decide(key, rules, false);
  }

  status(): { readonly backend: 'redis' | 'memory'; readonly degraded: boolean } {
    return { backend: this.mode, degraded: this.mode === 'memory' };
  }

  /**
   * Resolves true once decisions come from Redis, false after `timeoutMs`. Until the first connection the
   * limiter answers from memory, so startup may await this before serving to start in shared mode.
   */
  waitForRedis(timeoutMs = 1000): Promise<boolean> {
    if (this.mode === 'redis') return Promise.resolve(true);
    return new Promise((resolve) => {
      const client = this.primary.client;
      const onReady = (): void => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        client.off('ready', onReady);
        resolve(this.mode === 'redis');
      }, timeoutMs);
      client.once('ready', onReady);
    });
  }

  metrics(): LimiterMetrics {
    return {
      ...this.status(),
      fallbacks: this.fallbacks,
      memoryDecisions: this.memoryDecisions,
      memoryKeys: this.fallback.size,
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    this.stopProbe();
    const client = this.primary.client;
    client.off('ready', this.onReady);
    client.off('close', this.onClose);
    await Promise.all([this.primary.close(), this.fallback.close()]);
    /** Kept until after quit: a late socket error must still have a listener. */
    client.off('error', this.onError);
  }

  /**
   * Never rejects for Redis reasons: a failed or timed-out Redis call is answered from memory. Invalid
   * rules (a programming error) are the only rejection.
   */
  private async decide(key: string, rules: readonly LimitRule[], record: boolean): Promise<LimitDecision> {
    assertValidRules(rules);
    const shared = await this.onRedis((primary) => (record ? primary.hit(key, rules) : primary.peek(key, rules)));
    if (shared !== undefined) return shared;
    this.memoryDecisions++;
    return record ? this.fallback.hit(key, rules) : this.fallback.peek(key, rules);
  }

  /**
   * Runs `call` on the shared store while it is in use; undefined while it is not, or when the call fails
   * or times out, which switches this limiter to memory exactly as a failed decision does. For other
   * scripts that must share the limiter's connection and its fallback (src/ratelimit/redis-auth-check.ts).
   */
  async onRedis<T>(call: (primary: RedisRateLimiter) => Promise<T>): Promise<T | undefined> {
    if (this.mode !== 'redis') return undefined;
    if (this.primary.client.status !== 'ready') {
      this.useMemory('redis not connected');
      return undefined;
    }
    try {
      return await call(this.primary);
    } catch (error) {
      this.useMemory('redis command failed', error);
      return undefined;
    }
  }

  /** The prefix of the keys this limiter writes in Redis. */
  get redisKeyPrefix(): string {
    return this.primary.keyPrefix;
  }

  /** The Redis connection (for a caller that must write beside the limits, e.g. the auth-state version). */
  get redis(): RedisRateLimiter['client'] {
    return this.primary.client;
  }

  private useMemory(reason: string, error?: unknown): void {
    if (this.closed || (this.mode === 'memory' && this.started)) return;
    this.started = true;
    this.mode = 'memory';
    this.fallbacks++;
    // Back again soon after a return: the trouble is not over; wait twice as long before the next try.
    this.backoffMs = performance.now() - this.returnedAt < this.stableMs ? Math.min(this.backoffMs * 2, this.maxBackoffMs) : this.recheckIntervalMs;
    const detail = error instanceof Error ? error.message : undefined;
    this.logger.warn({ reason, error: detail, retryInMs: this.backoffMs }, 'rate limiter: Redis unavailable, using in-memory limits');
    this.scheduleProbe();
  }

  private useRedis(): void {
    if (this.closed || this.mode === 'redis') return;
    // A first connection is told by the server's "Keyward is ready … limiter redis" line; a return after an outage, here.
    const recovered = this.started && this.fallbacks > 0;
    this.started = true;
    this.mode = 'redis';
    this.returnedAt = performance.now();
    this.stopProbe();
    if (recovered) this.logger.info({}, 'rate limiter: using Redis');
  }

  /**
   * Tries Redis with a write (what the limiter needs, and what an OOM or READONLY Redis refuses while it
   * still answers PING): success returns to it; failure doubles the back-off and tries again after it.
   */
  private tryRedis(): void {
    if (this.closed || this.mode === 'redis' || this.probing) return;
    this.stopProbe();
    if (this.primary.client.status !== 'ready') return this.scheduleProbe(); // the 'ready' event tries again
    this.probing = true;
    void this.primary.client
      .set(`${this.primary.keyPrefix}__health`, '1', 'PX', 60_000)
      .then(
        () => this.useRedis(),
        () => {
          this.backoffMs = Math.min(this.backoffMs * 2, this.maxBackoffMs);
          this.scheduleProbe();
        },
      )
      .finally(() => {
        this.probing = false;
      });
  }

  /** The next try after the current back-off; unref'd so it never keeps the process alive. */
  private scheduleProbe(): void {
    if (this.probe !== undefined || this.closed || this.mode === 'redis') return;
    this.probe = setTimeout(() => {
      this.probe = undefined;
      this.tryRedis();
    }, this.backoffMs).unref();
  }

  private stopProbe(): void {
    if (this.probe !== undefined) clearTimeout(this.probe);
    this.probe = undefined;
  }
}
