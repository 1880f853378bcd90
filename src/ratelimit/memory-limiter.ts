import { systemClock, type Clock } from '../clock.js';
import type { LimitDecision, LimitRule, RateLimiter } from './limiter.js';
import { assertValidRules, decide, longestWindowMs, TimestampRing } from './sliding-window.js';

/** Options for {@link MemoryRateLimiter}; every field is optional. */
export interface MemoryRateLimiterOptions {
  /** Source of time; inject a `ManualClock` in tests. Default: the system clock. */
  readonly clock?: Clock;
  /**
   * Keep an idle key at least this long (ms) after its last accepted request. A key is never evicted
   * sooner than its longest window, whatever this says: forgetting a request still inside a window would
   * let the key exceed its limit. Default 0 (evict as soon as the longest window has passed).
   */
  readonly maxIdleMs?: number;
  /**
   * Interval (ms) of a full sweep of idle keys on an unref'd timer, so memory is returned even when traffic
   * stops. 0 disables the timer; a small amortised sweep on every call still bounds the state.
   * Default 60,000.
   */
  readonly sweepIntervalMs?: number;
}

/** Counters for /metrics and /readyz, the same shape for every limiter the factory returns. */
export interface LimiterMetrics {
  readonly backend: 'redis' | 'memory';
  readonly degraded: boolean;
  /** Times a Redis-backed limiter left Redis for memory (one per outage); always 0 here. */
  readonly fallbacks: number;
  /** Decisions answered from process memory. */
  readonly memoryDecisions: number;
  /** Keys the in-memory limiter currently tracks. */
  readonly memoryKeys: number;
}

/** Idle keys examined per call: enough to finish a pass before the map can double, cheap enough to ignore. */
const SWEEP_STEP = 2;

/** A key's history plus when it may be forgotten; one object per key to keep 100k keys small. */
class KeyHistory extends TimestampRing {
  /** Epoch ms after which every recorded request has left every window this key was checked against. */
  evictableAtMs = 0;
}

/**
 * A single-process exact sliding-window limiter (see `sliding-window.ts`). State is bounded: a key is
 * dropped once its longest window has passed without an accepted request, by an amortised sweep on every
 * call plus a periodic full sweep. Rules may differ per key and per call.
 */
export class MemoryRateLimiter implements RateLimiter {
  private readonly clock: Clock;
  private readonly minIdleMs: number;
  private readonly histories = new Map<string, KeyHistory>();
  private decisions = 0;
  private sweepCursor: Iterator<[string, KeyHistory]> | undefined;
  private readonly timer: NodeJS.Timeout | undefined;

  constructor({ clock = systemClock, maxIdleMs = 0, sweepIntervalMs = 60_000 }: MemoryRateLimiterOptions = {}) {
    this.clock = clock;
    this.minIdleMs = maxIdleMs;
    if (sweepIntervalMs > 0) {
      /** unref'd: a limiter must never keep the process alive on its own. */
      this.timer = setInterval(() => this.sweep(), sweepIntervalMs).unref();
    }
  }

  /** Number of keys currently tracked (for tests and metrics). */
  get size(): number {
    return this.histories.size;
  }

  async hit(key: string, rules: readonly LimitRule[]): Promise<LimitDecision> {
    return this.decideNow(key, rules, true);
  }

  async peek(key: string, rules: readonly LimitRule[]): Promise<LimitDecision> {
    return this.decideNow(key, rules, false);
  }

  status(): { readonly backend: 'memory'; readonly degraded: false } {
    return { backend: 'memory', degraded: false };
  }

  metrics(): LimiterMetrics {
    return { ...this.status(), fallbacks: 0, memoryDecisions: this.decisions, memoryKeys: this.size };
  }

  /** Drops every key whose history can no longer affect a decision; returns how many were dropped. */
  sweep(): number {
    const now = this.clock.now();
    let evicted = 0;
    for (const [key, history] of this.histories) {
      if (history.evictableAtMs <= now) {
        this.histories.delete(key);
        evicted++;
      }
    }
    return evicted;
  }

  async close(): Promise<void> {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.histories.clear();
    this.sweepCursor = undefined;
  }

  /**
   * Synchronous core of hit/peek. A peek on an unknown key creates nothing, so the failed-authentication
   * gate (peek per IP on every request) cannot grow memory by itself.
   */
  private decideNow(key: string, rules: readonly LimitRule[], record: boolean): LimitDecision {
    assertValidRules(rules);
    this.decisions++;
    const now = this.clock.now();
    this.sweepSome(now);
    let history = this.histories.get(key);
    if (history !== undefined && history.evictableAtMs <= now) {
      this.histories.delete(key);
      history = undefined;
    }
    if (!record || rules.length === 0) return decide(history, now, rules, false);
    const isNew = history === undefined;
    const ring = history ?? new KeyHistory();
    const decision = decide(ring, now, rules, true);
    if (decision.allowed) {
      /** Keep the key until its newest request has left the longest window it was ever checked against. */
      const idleMs = Math.max(longestWindowMs(rules), this.minIdleMs);
      ring.evictableAtMs = Math.max(ring.evictableAtMs, ring.newest + idleMs);
      if (isNew) this.histories.set(key, ring);
    }
    return decision;
  }

  /** Amortised eviction: examine a few keys per call, resuming where the last call stopped. */
  private sweepSome(now: number): void {
    for (let i = 0; i < SWEEP_STEP; i++) {
      this.sweepCursor ??= this.histories.entries();
      const next = this.sweepCursor.next();
      if (next.done === true) {
        this.sweepCursor = undefined;
        return;
      }
      const [key, history] = next.value;
      if (history.evictableAtMs <= now) this.histories.delete(key);
    }
  }
}
