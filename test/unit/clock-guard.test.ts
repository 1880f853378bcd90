import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { type ClockState, JUMP_SETTLE_MS, WallClockGuard } from '../../src/clock-guard.js';

const MIN = 60_000;

function guarded() {
  const wall = new ManualClock(Date.UTC(2026, 5, 1));
  const mono = new ManualClock(500);
  const changes: ClockState[] = [];
  const guard = new WallClockGuard(wall, mono, { onChange: (s) => changes.push(s) });
  const pass = (ms: number) => {
    wall.advance(ms);
    mono.advance(ms);
  };
  return { wall, mono, guard, changes, pass };
}

describe('WallClockGuard', () => {
  it('stays steady while both clocks move together, and follows slow drift', () => {
    const { wall, guard, changes, pass } = guarded();
    for (let i = 0; i < 1000; i++) {
      pass(15_000);
      wall.advance(20); // 20 ms of slew per check: 20 s over the run, never a jump
      expect(guard.steady()).toBe(true);
    }
    expect(changes).toEqual([]);
  });

  it('pauses on a jump either way, reports it once, and resumes when the wall clock returns', () => {
    const { wall, guard, changes, pass } = guarded();
    pass(MIN);
    wall.advance(365 * 24 * 60 * MIN);
    for (let i = 0; i < 5; i++) {
      pass(15_000);
      expect(guard.steady()).toBe(false);
    }
    wall.advance(-365 * 24 * 60 * MIN);
    expect(guard.steady()).toBe(true);
    wall.advance(-2 * MIN);
    expect(guard.steady()).toBe(false);
    wall.advance(2 * MIN);
    expect(guard.steady()).toBe(true);
    expect(changes.map((c) => c.jumped)).toEqual([true, false, true, false]);
    expect(changes[0].driftMs).toBeGreaterThan(364 * 24 * 60 * MIN);
  });

  it('accepts a new wall time that holds for the settle period (a corrected clock)', () => {
    const { wall, guard, changes, pass } = guarded();
    wall.advance(3 * 60 * MIN);
    expect(guard.steady()).toBe(false);
    pass(JUMP_SETTLE_MS - 1);
    expect(guard.steady()).toBe(false);
    pass(1);
    expect(guard.steady()).toBe(true);
    pass(MIN);
    expect(guard.steady()).toBe(true);
    expect(changes.map((c) => c.jumped)).toEqual([true, false]);
  });
});
