import { afterEach, describe, expect, it, vi } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import type { LimitRule } from '../../src/ratelimit/limiter.js';
import { MemoryRateLimiter } from '../../src/ratelimit/memory-limiter.js';

const minute: LimitRule = { name: 'minute', limit: 100, windowMs: 60_000 };
const second: LimitRule = { name: 'second', limit: 10, windowMs: 1_000 };
const rules = [minute, second];

function aLimiter(options: { maxIdleMs?: number; sweepIntervalMs?: number } = {}) {
  const clock = new ManualClock();
  const limiter = new MemoryRateLimiter({ clock, sweepIntervalMs: 0, ...options });
  return { clock, limiter };
}

async function hitKeys(limiter: MemoryRateLimiter, count: number, using = rules): Promise<void> {
  for (let i = 0; i < count; i++) await limiter.hit(`key-${i}`, using);
}

/** A sweep `keptMs` from now evicts nothing; one `thenMs` after that evicts `count` keys. */
function expectKeptThenSwept({ clock, limiter }: ReturnType<typeof aLimiter>, keptMs: number, thenMs: number, count: number): void {
  clock.advance(keptMs);
  expect(limiter.sweep()).toBe(0);
  clock.advance(thenMs);
  expect(limiter.sweep()).toBe(count);
}

describe('MemoryRateLimiter eviction', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps keys for exactly the longest window after their last accepted request', async () => {
    const { clock, limiter } = aLimiter();
    await hitKeys(limiter, 100);
    expectKeptThenSwept({ clock, limiter }, 59_999, 1, 100);
    expect(limiter.size).toBe(0);
  });

  it('measures idleness from the last accepted request, not the first', async () => {
    const { clock, limiter } = aLimiter();
    await limiter.hit('busy', rules);
    clock.advance(50_000);
    await limiter.hit('busy', rules);
    expectKeptThenSwept({ clock, limiter }, 50_000, 10_000, 1);
  });

  it('remembers the longest window a key was checked against when its rules change', async () => {
    const { clock, limiter } = aLimiter();
    await limiter.hit('k', rules);
    await limiter.hit('k', [second]);
    expectKeptThenSwept({ clock, limiter }, 1_000, 59_000, 1);
  });

  it('evicts idle keys a few at a time on ordinary calls, without any timer', async () => {
    const { clock, limiter } = aLimiter();
    await hitKeys(limiter, 100);
    clock.advance(60_000);
    for (let i = 0; i < 60; i++) await limiter.hit('active', [second, { ...minute, limit: 1000 }]);
    expect(limiter.size).toBe(1);
  });

  it('sweeps on an unref’d timer when traffic stops', async () => {
    vi.useFakeTimers();
    const clock = new ManualClock();
    const limiter = new MemoryRateLimiter({ clock, sweepIntervalMs: 5_000 });
    await hitKeys(limiter, 10);
    clock.advance(60_000);
    vi.advanceTimersByTime(5_000);
    expect(limiter.size).toBe(0);
    await limiter.close();
  });

  it('honours maxIdleMs as a longer retention, never a shorter one', async () => {
    const longer = aLimiter({ maxIdleMs: 120_000 });
    await hitKeys(longer.limiter, 5);
    expectKeptThenSwept(longer, 60_000, 60_000, 5);

    const shorter = aLimiter({ maxIdleMs: 1_000 });
    await hitKeys(shorter.limiter, 5);
    shorter.clock.advance(59_999);
    expect(shorter.limiter.sweep()).toBe(0);
  });

  it('decides a key that was evicted exactly like one never seen', async () => {
    const { clock, limiter } = aLimiter();
    for (let i = 0; i < 10; i++) await limiter.hit('k', rules);
    clock.advance(60_000);
    limiter.sweep();
    const fresh = await limiter.hit('k', rules);
    expect(fresh.states.map((state) => state.remaining)).toEqual([99, 9]);
  });
});

describe('MemoryRateLimiter state', () => {
  it('creates no state for a peek', async () => {
    const { limiter } = aLimiter();
    for (let i = 0; i < 50; i++) await limiter.peek(`ip-${i}`, rules);
    expect(limiter.size).toBe(0);
  });

  it('creates no state for a hit without rules', async () => {
    const { limiter } = aLimiter();
    expect((await limiter.hit('k', [])).allowed).toBe(true);
    expect(limiter.size).toBe(0);
  });

  it('counts decisions and keys in its metrics, and forgets everything on close', async () => {
    const { limiter } = aLimiter();
    await hitKeys(limiter, 3);
    expect(limiter.metrics()).toEqual({
      backend: 'memory',
      degraded: false,
      fallbacks: 0,
      memoryDecisions: 3,
      memoryKeys: 3,
    });
    await limiter.close();
    expect(limiter.size).toBe(0);
  });
});
