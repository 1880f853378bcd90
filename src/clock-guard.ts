import type { Clock } from './clock.js';

/** A wall-clock step larger than this, measured against the monotonic clock, counts as a jump. */
export const JUMP_TOLERANCE_MS = 60_000;
/** A jumped wall clock that holds its new time this long (monotonic) is accepted as the right time. */
export const JUMP_SETTLE_MS = 60 * 60_000;

export interface ClockState {
  /** True while the wall clock is off the time the monotonic clock vouches for. */
  jumped: boolean;
  /** Wall clock minus what the monotonic clock expected, in ms (positive: ahead). */
  driftMs: number;
}

/**
 * Tells destructive maintenance (idle revocation, usage retention, expiry events) whether the wall clock
 * can be trusted. It remembers the offset between the wall clock and the monotonic clock; a change of that
 * offset beyond `toleranceMs` is a jump (`faketime`, a mis-set clock, an NTP step), and the jobs pause
 * until the wall clock comes back — or holds its new time for `settleMs`, when it is taken as corrected.
 * Slow drift (NTP slewing) is followed, since each steady check moves the remembered offset.
 * `onChange` is called once per change of state, so a jump is logged once, not once per job run.
 */
export class WallClockGuard {
  private baseline: number;
  private candidate: { offset: number; since: number } | undefined;
  private state: ClockState = { jumped: false, driftMs: 0 };

  constructor(
    private readonly wall: Clock,
    private readonly monotonic: Clock,
    private readonly options: { toleranceMs?: number; settleMs?: number; onChange?: (s: ClockState) => void } = {},
  ) {
    this.baseline = wall.now() - monotonic.now();
  }

  /** True when destructive maintenance may run now. */
  steady(): boolean {
    const { toleranceMs = JUMP_TOLERANCE_MS, settleMs = JUMP_SETTLE_MS } = this.options;
    const mono = this.monotonic.now();
    const offset = this.wall.now() - mono;
    const driftMs = offset - this.baseline;
    if (Math.abs(driftMs) <= toleranceMs) {
      this.baseline = offset;
      this.candidate = undefined;
      return this.enter({ jumped: false, driftMs });
    }
    if (!this.candidate || Math.abs(offset - this.candidate.offset) > toleranceMs) this.candidate = { offset, since: mono };
    else if (mono - this.candidate.since >= settleMs) {
      this.baseline = offset;
      this.candidate = undefined;
      return this.enter({ jumped: false, driftMs });
    }
    return this.enter({ jumped: true, driftMs });
  }

  private enter(next: ClockState): boolean {
    const changed = next.jumped !== this.state.jumped;
    this.state = next;
    if (changed) this.options.onChange?.(next);
    return !next.jumped;
  }
}
