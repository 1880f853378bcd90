import type { LimitDecision, LimitRule, RuleState } from './limiter.js';

/**
 * The pure sliding-window decision shared by the in-memory limiter (and mirrored line for line by the
 * Redis Lua script). One ring of the last N accepted timestamps, N = the largest limit, serves every
 * rule: a rule with limit L is satisfied at time t iff fewer than L timestamps are recorded or the L-th
 * most recent one is at least `windowMs` old. That is exactly "fewer than L accepted in (t - windowMs, t]",
 * so the bound holds in *every* window, not just aligned ones.
 */

/** Capacity of a fresh ring. Small on purpose: most keys see a handful of hits. */
const INITIAL_CAPACITY = 4;

/**
 * The accepted-request history of one key: a growable ring of timestamps (ms), oldest overwritten.
 *
 * Backed by a plain array filled with doubles, which V8 stores unboxed (a FixedDoubleArray) just like
 * a Float64Array, but without a typed array's ~170 bytes of ArrayBuffer bookkeeping per instance: with
 * 100,000 quiet keys that is a third of the limiter’s memory (bench/limiter-memory.ts), for ~10 ns more
 * per decision.
 */
export class TimestampRing {
  private times: number[];
  /** Index the next timestamp is written to; the most recent one sits just before it. */
  private head = 0;
  private count = 0;

  constructor(initialCapacity: number = INITIAL_CAPACITY) {
    this.times = new Array<number>(Math.max(1, initialCapacity)).fill(-Infinity);
  }

  /** How many timestamps are held (never more than the largest limit seen). */
  get size(): number {
    return this.count;
  }

  /** Slots currently allocated; grows by doubling, only as far as the largest limit. */
  get capacity(): number {
    return this.times.length;
  }

  /** The most recent timestamp, or -Infinity when empty. */
  get newest(): number {
    return this.count === 0 ? -Infinity : this.recent(1);
  }

  /** The k-th most recent timestamp, k in 1..size (unchecked: this is the hot path). */
  recent(k: number): number {
    let i = this.head - k;
    if (i < 0) i += this.times.length;
    return this.times[i] ?? -Infinity;
  }

  /** Record `t`, keeping at most `maxEntries` (or the current capacity, if larger) timestamps. */
  push(t: number, maxEntries: number): void {
    if (maxEntries < 1) return;
    if (this.count === this.times.length && this.times.length < maxEntries) {
      this.grow(Math.min(this.times.length * 2, maxEntries));
    }
    this.times[this.head] = t;
    this.head = this.head + 1 === this.times.length ? 0 : this.head + 1;
    if (this.count < this.times.length) this.count++;
  }

  /** Number of recorded timestamps strictly after `since`, counting at most `upTo` (binary search). */
  countAfter(since: number, upTo: number): number {
    let lo = 0;
    let hi = Math.min(this.count, upTo);
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.recent(mid) > since) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Unrolls the ring oldest-first into a larger array, so `head === count` until it fills again. */
  private grow(capacity: number): void {
    const next = new Array<number>(capacity).fill(-Infinity);
    for (let k = this.count; k >= 1; k--) next[this.count - k] = this.recent(k);
    this.times = next;
    this.head = this.count;
  }
}

/**
 * Throws a RangeError unless every rule has a positive integer limit and a positive finite window.
 * Invalid rules are a programming error, the only way a limiter call can reject.
 */
export function assertValidRules(rules: readonly LimitRule[]): void {
  for (const rule of rules) {
    if (!Number.isSafeInteger(rule.limit) || rule.limit < 1) {
      throw new RangeError(`rate-limit rule "${rule.name}": limit must be a positive integer`);
    }
    if (!Number.isFinite(rule.windowMs) || rule.windowMs <= 0) {
      throw new RangeError(`rate-limit rule "${rule.name}": windowMs must be positive`);
    }
  }
}

/** The largest limit among `rules`: how many timestamps a key's ring must keep. */
export function maxLimit(rules: readonly LimitRule[]): number {
  let max = 0;
  for (const rule of rules) if (rule.limit > max) max = rule.limit;
  return max;
}

/** The longest window among `rules`: after that long without an accepted hit, a key's history is moot. */
export function longestWindowMs(rules: readonly LimitRule[]): number {
  let max = 0;
  for (const rule of rules) if (rule.windowMs > max) max = rule.windowMs;
  return max;
}

/**
 * Decides one request at `nowMs` against `rules` and, if it is allowed and `record` is set, records it in
 * `ring`. Refused requests are never recorded, so a refusal by one rule spends no budget of another.
 * Pass `ring` undefined for a key with no history (a peek then allocates nothing).
 *
 * Time is clamped to the newest recorded timestamp: a clock stepping backwards must not put the ring out of
 * order, and treating the request as slightly later only ever makes the limiter stricter.
 */
export function decide(ring: TimestampRing | undefined, nowMs: number, rules: readonly LimitRule[], record: boolean): LimitDecision {
  const size = ring === undefined ? 0 : ring.size;
  const t = ring === undefined || nowMs >= ring.newest ? nowMs : ring.newest;
  let violated: LimitRule | undefined;
  let longestWait = 0;
  for (const rule of rules) {
    if (ring === undefined || size < rule.limit) continue;
    const wait = ring.recent(rule.limit) + rule.windowMs - t;
    if (wait > longestWait) {
      longestWait = wait;
      violated = rule;
    }
  }
  if (violated === undefined && record && ring !== undefined) ring.push(t, maxLimit(rules));
  const states = ruleStates(ring, t, rules);
  if (violated === undefined) return { allowed: true, states };
  /** Rounded up so that a client waiting exactly this long (even with fractional clocks) is admitted. */
  const retryAfterMs = Math.max(1, Math.ceil(longestWait));
  return { allowed: false, violated, retryAfterMs, states };
}

/** How each rule stands at `t` given the (already updated) history. */
function ruleStates(ring: TimestampRing | undefined, t: number, rules: readonly LimitRule[]): RuleState[] {
  const states = new Array<RuleState>(rules.length);
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i]!;
    const used = ring === undefined ? 0 : ring.countAfter(t - rule.windowMs, rule.limit);
    const remaining = rule.limit - used;
    /**
     * With the window full, one more request fits once the L-th most recent one leaves it; otherwise
     * the budget next grows when the oldest request still in the window leaves it (0: window empty).
     */
    const resetMs = ring === undefined || used === 0 ? 0 : Math.max(1, Math.ceil(ring.recent(remaining > 0 ? used : rule.limit) + rule.windowMs - t));
    states[i] = { rule, remaining, resetMs };
  }
  return states;
}
