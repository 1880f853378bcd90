import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { iso, isoOrNull } from '../../src/dates.js';

/** The list pages' date formatter must write exactly what `Date#toISOString` writes. */
describe('iso()', () => {
  it('equals toISOString for any whole millisecond in years 1970–9999 and beyond', () => {
    fc.assert(
      // A boolean property (fast-check reports the counterexample): an `expect` per run would be most of the cost.
      fc.property(fc.integer({ min: -8_640_000_000_000_000, max: 8_640_000_000_000_000 }), (ms) => iso(ms) === new Date(ms).toISOString()),
      { numRuns: 20_000 },
    );
  });

  it('equals toISOString around the edges it special-cases', () => {
    const edges = [0, 1, 999, 1000, 86_399_999, 86_400_000, 951_782_400_000, 253_402_300_799_999, 253_402_300_800_000, -1, 1.5, 1_795_989_286_648];
    for (const ms of edges) expect(iso(ms)).toBe(new Date(ms).toISOString());
    // Many distinct days in a row (the prefix cache clears itself when full).
    const days = Array.from({ length: 10_000 }, (_, d) => d * 86_400_000 * 3 + d);
    expect(days.filter((ms) => iso(ms) !== new Date(ms).toISOString())).toEqual([]);
    expect(isoOrNull(null)).toBeNull();
  });
});
