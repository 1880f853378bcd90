/** A source of the current time in epoch milliseconds. Injected everywhere so tests never sleep. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = Object.freeze({ now: () => Date.now() });

/** A clock tests move by hand. */
export class ManualClock implements Clock {
  constructor(private ms: number = Date.UTC(2026, 0, 1)) {}
  now(): number {
    return this.ms;
  }
  set(ms: number): void {
    this.ms = ms;
  }
  advance(ms: number): void {
    this.ms += ms;
  }
}

/**
 * A monotonic source in milliseconds (never steps with the wall clock): `performance.now()` in production;
 * tests inject a ManualClock, so a wall-clock jump is simulated by moving only the wall clock.
 */
export const systemMonotonic: Clock = Object.freeze({ now: () => performance.now() });

/**
 * How far ahead of this instance's clock a time may be and still count as a real one (clocks of several
 * instances disagree a little). A last use further ahead is a clock excursion: it is not stored, and one
 * already stored is replaced by the next real use; a session created further ahead is not honoured.
 */
export const FUTURE_SKEW_MS = 5 * 60_000;
