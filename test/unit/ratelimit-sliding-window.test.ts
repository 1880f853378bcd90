import { describe, expect, it } from 'vitest';
import type { LimitRule } from '../../src/ratelimit/limiter.js';
import { assertValidRules, decide, maxLimit, TimestampRing } from '../../src/ratelimit/sliding-window.js';

function ringWith(times: readonly number[], maxEntries: number): TimestampRing {
  const ring = new TimestampRing();
  for (const t of times) ring.push(t, maxEntries);
  return ring;
}

function newestFirst(ring: TimestampRing): number[] {
  return Array.from({ length: ring.size }, (_, i) => ring.recent(i + 1));
}

describe('TimestampRing', () => {
  it('starts small and doubles only as far as the largest limit', () => {
    const ring = new TimestampRing();
    expect(ring.capacity).toBe(4);
    for (let t = 1; t <= 5; t++) ring.push(t, 100);
    expect(ring.capacity).toBe(8);
    for (let t = 6; t <= 300; t++) ring.push(t, 100);
    expect(ring.capacity).toBe(100);
    expect(ring.size).toBe(100);
    expect(ring.recent(1)).toBe(300);
    expect(ring.recent(100)).toBe(201);
  });

  it('keeps newest-first order across wrap-around and later growth', () => {
    const ring = ringWith([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 6);
    expect(newestFirst(ring)).toEqual([10, 9, 8, 7, 6, 5]);
    ring.push(11, 20);
    expect(newestFirst(ring)).toEqual([11, 10, 9, 8, 7, 6, 5]);
  });

  it('counts timestamps strictly after a time, up to a cap', () => {
    const ring = ringWith([10, 20, 30, 40], 10);
    expect(ring.countAfter(20, 10)).toBe(2);
    expect(ring.countAfter(5, 10)).toBe(4);
    expect(ring.countAfter(5, 3)).toBe(3);
    expect(ring.countAfter(40, 10)).toBe(0);
  });

  it('reports -Infinity as the newest timestamp when empty', () => {
    expect(new TimestampRing().newest).toBe(-Infinity);
  });
});

describe('decide', () => {
  const perSecond: LimitRule = { name: 'second', limit: 2, windowMs: 1000 };

  it('admits a request exactly one window after the limit-th most recent', () => {
    const ring = new TimestampRing();
    expect(decide(ring, 0, [perSecond], true).allowed).toBe(true);
    expect(decide(ring, 10, [perSecond], true).allowed).toBe(true);
    expect(decide(ring, 999, [perSecond], true)).toMatchObject({ allowed: false, retryAfterMs: 1 });
    expect(decide(ring, 1000, [perSecond], true).allowed).toBe(true);
  });

  it('treats a clock stepping backwards as no earlier than the newest record', () => {
    const ring = new TimestampRing();
    decide(ring, 1000, [perSecond], true);
    expect(decide(ring, 900, [perSecond], true).allowed).toBe(true);
    expect(newestFirst(ring)).toEqual([1000, 1000]);
    expect(decide(ring, 950, [perSecond], true)).toMatchObject({ allowed: false, retryAfterMs: 1000 });
  });

  it('rounds a fractional wait up so that waiting it is enough', () => {
    const ring = ringWith([0.25, 0.5], 2);
    const refused = decide(ring, 1.5, [perSecond], false);
    expect(refused).toMatchObject({ allowed: false, retryAfterMs: 999 });
    expect(decide(ring, 1.5 + 999, [perSecond], false).allowed).toBe(true);
  });

  it('allows everything, and records nothing, without rules', () => {
    const ring = new TimestampRing();
    expect(decide(ring, 0, [], true)).toEqual({ allowed: true, states: [] });
    expect(ring.size).toBe(0);
  });

  it('works without a history for a peek on an unknown key', () => {
    expect(decide(undefined, 0, [perSecond], false)).toEqual({
      allowed: true,
      states: [{ rule: perSecond, remaining: 2, resetMs: 0 }],
    });
  });

  it('keeps limits exact after a key’s limit is lowered', () => {
    const ring = ringWith([0, 1, 2, 3], 4);
    const lowered = decide(ring, 4, [{ name: 'second', limit: 2, windowMs: 1000 }], true);
    expect(lowered).toMatchObject({ allowed: false, retryAfterMs: 998 });
    expect(lowered.states[0]).toMatchObject({ remaining: 0, resetMs: 998 });
  });
});

describe('rule helpers', () => {
  it('finds the largest limit', () => {
    expect(
      maxLimit([
        { name: 'a', limit: 3, windowMs: 1 },
        { name: 'b', limit: 7, windowMs: 1 },
      ]),
    ).toBe(7);
  });

  it('refuses non-positive or non-integer limits and windows', () => {
    expect(() => assertValidRules([{ name: 'a', limit: 1.5, windowMs: 1 }])).toThrow(RangeError);
    expect(() => assertValidRules([{ name: 'a', limit: 1, windowMs: 0 }])).toThrow(RangeError);
    expect(() => assertValidRules([{ name: 'a', limit: 1, windowMs: Number.NaN }])).toThrow(RangeError);
    expect(() => assertValidRules([{ name: 'a', limit: 1, windowMs: 1 }])).not.toThrow();
  });
});
