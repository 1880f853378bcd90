import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import type { LimitDecision, LimitRule } from '../../src/ratelimit/limiter.js';
import { MemoryRateLimiter } from '../../src/ratelimit/memory-limiter.js';
import { decide, TimestampRing } from '../../src/ratelimit/sliding-window.js';

/**
 * The rate-limit guarantees as properties (at most N accepted in every sliding window; refused requests do
 * not count), checked against an independent brute force over accepted timestamps.
 * A "window of W ms" is any half-open span [s, s + W): two requests exactly W apart are in different
 * windows, which is what lets a client that waits exactly Retry-After be admitted.
 */

const minute: LimitRule = { name: 'minute', limit: 100, windowMs: 60_000 };
const second: LimitRule = { name: 'second', limit: 10, windowMs: 1_000 };
const rules = [minute, second];
/** A minute boundary, so that offsets like 59_999 land on :59.999. */
const origin = Date.UTC(2026, 0, 1, 12, 0, 0);

/** The most accepted requests in any span of `windowMs`: some worst span starts at an accepted request. */
function busiestWindow(accepted: readonly number[], windowMs: number): number {
  let worst = 0;
  for (const start of accepted) {
    const inside = accepted.filter((t) => t >= start && t < start + windowMs).length;
    if (inside > worst) worst = inside;
  }
  return worst;
}

function withinLimits(accepted: readonly number[]): boolean {
  return busiestWindow(accepted, minute.windowMs) <= minute.limit && busiestWindow(accepted, second.windowMs) <= second.limit;
}

/** The specification itself: accept iff every rule saw fewer than `limit` acceptances in (t - W, t]. */
function referenceAccepts(accepted: readonly number[], t: number): boolean {
  return rules.every((rule) => accepted.filter((a) => a > t - rule.windowMs && a <= t).length < rule.limit);
}

/** Feeds sorted arrival offsets to the pure decision; returns the accepted times and every decision. */
function run(offsets: readonly number[]): { accepted: number[]; decisions: LimitDecision[] } {
  const ring = new TimestampRing();
  const accepted: number[] = [];
  const decisions: LimitDecision[] = [];
  for (const offset of offsets) {
    const t = origin + offset;
    const decision = decide(ring, t, rules, true);
    decisions.push(decision);
    if (decision.allowed) accepted.push(t);
  }
  return { accepted, decisions };
}

const sorted = (values: readonly number[]): number[] => [...values].sort((a, b) => a - b);

/** Random arrival times over three minutes. */
const randomArrivals = fc.array(fc.integer({ min: 0, max: 180_000 }), { maxLength: 1500 }).map(sorted);

/** Bursts at the edges where fixed windows are weakest: :59.999 / :00.000 and .999 / .000. */
const edgeBursts = fc
  .array(
    fc.record({
      at: fc.oneof(fc.constantFrom(59_999, 60_000, 119_999, 120_000, 999, 1_000, 60_999, 61_000), fc.integer({ min: 0, max: 180_000 })),
      size: fc.integer({ min: 1, max: 120 }),
    }),
    { maxLength: 12 },
  )
  .map((bursts) => sorted(bursts.flatMap(({ at, size }) => Array.from({ length: size }, () => at))));

/** Simple ways to get an arrival schedule, including greedy fixed-period clients. */
const schedules = fc.oneof(
  randomArrivals,
  edgeBursts,
  fc
    .record({ periodMs: fc.integer({ min: 1, max: 700 }), start: fc.integer({ min: 0, max: 60_000 }) })
    .map(({ periodMs, start }) => Array.from({ length: 2000 }, (_, i) => start + i * periodMs)),
);

describe('sliding-window limiter properties (100/60 s + 10/1 s)', () => {
  it('never accepts more than 100 in any 60 s span or 10 in any 1 s span', () => {
    fc.assert(
      fc.property(schedules, (offsets) => withinLimits(run(offsets).accepted)),
      { numRuns: 200 },
    );
  });

  it('decides exactly as the brute-force reference (so it never refuses what the limits allow)', () => {
    fc.assert(
      fc.property(fc.oneof(randomArrivals, edgeBursts), (offsets) => {
        const ring = new TimestampRing();
        const accepted: number[] = [];
        for (const offset of offsets) {
          const t = origin + offset;
          const expected = referenceAccepts(accepted, t);
          if (decide(ring, t, rules, true).allowed !== expected) return false;
          if (expected) accepted.push(t);
        }
        return true;
      }),
      { numRuns: 150 },
    );
  });

  it('never refuses a client pacing evenly at 100 a minute', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60_000 }), (start) => {
        const offsets = Array.from({ length: 500 }, (_, i) => start + i * 600);
        return run(offsets).decisions.every((decision) => decision.allowed);
      }),
      { numRuns: 100 },
    );
  });

  it('admits a client that waits exactly retryAfterMs, and not one millisecond earlier', () => {
    fc.assert(
      fc.property(fc.oneof(randomArrivals, edgeBursts), (offsets) => {
        const ring = new TimestampRing();
        for (const offset of offsets) {
          const t = Math.max(origin + offset, ring.newest);
          const decision = decide(ring, t, rules, true);
          if (decision.allowed) continue;
          if (!decide(ring, t + decision.retryAfterMs, rules, false).allowed) return false;
          if (decide(ring, t + decision.retryAfterMs - 1, rules, false).allowed) return false;
        }
        return true;
      }),
      { numRuns: 150 },
    );
  });

  it('keeps the bounds for a greedy client that retries the moment Retry-After allows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 59_999 }), fc.integer({ min: 0, max: 5 }), (start, gapMs) => {
        const ring = new TimestampRing();
        const accepted: number[] = [];
        let t = origin + start;
        while (t < origin + start + 240_000) {
          const decision = decide(ring, t, rules, true);
          if (decision.allowed) accepted.push(t);
          t += decision.allowed ? gapMs : decision.retryAfterMs;
        }
        /** Greedy and exact: exactly the full budget, 100 in every minute of the 4, is used. */
        return withinLimits(accepted) && accepted.length === 400;
      }),
      { numRuns: 50 },
    );
  });

  it('holds through MemoryRateLimiter with a manual clock', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(randomArrivals, edgeBursts), async (offsets) => {
        const clock = new ManualClock(origin);
        const limiter = new MemoryRateLimiter({ clock, sweepIntervalMs: 0 });
        const accepted: number[] = [];
        for (const offset of offsets) {
          clock.set(origin + offset);
          const decision = await limiter.hit('key', rules);
          if (decision.allowed) accepted.push(origin + offset);
        }
        await limiter.close();
        return withinLimits(accepted);
      }),
      { numRuns: 50 },
    );
  });

  it('shows that a naive fixed window fails the same check', () => {
    /** Counts per aligned window: the scheme that allows twice the limit at a window edge. */
    function fixedWindowAccepted(offsets: readonly number[]): number[] {
      const counts = new Map<string, number>();
      const accepted: number[] = [];
      for (const offset of offsets) {
        const t = origin + offset;
        const slots = rules.map((rule) => `${rule.name}:${Math.floor(t / rule.windowMs)}`);
        if (rules.some((rule, i) => (counts.get(slots[i]!) ?? 0) >= rule.limit)) continue;
        for (const slot of slots) counts.set(slot, (counts.get(slot) ?? 0) + 1);
        accepted.push(t);
      }
      return accepted;
    }
    const result = fc.check(
      fc.property(schedules, (offsets) => withinLimits(fixedWindowAccepted(offsets))),
      {
        numRuns: 500,
      },
    );
    expect(result.failed).toBe(true);
  });
});
