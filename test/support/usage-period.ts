import fc from 'fast-check';
import { type Granularity, MAX_BUCKETS, floorTo, granularityMs } from '../../src/usage/usage-series.js';

const MINUTE_MS = 60_000;

/**
 * A `from`/`to` pair the usage routes accept for `granularity`, which a generator working one parameter
 * at a time almost never makes: `from` before `to`, and at most MAX_BUCKETS buckets from the one holding
 * `from` up to `to` (UsageService's rule, from the same constants); from the shortest period to the
 * longest. `from` falls within `fromMs` (epoch ms). Written in RFC 3339 with `Z` or a whole-minute
 * offset, milliseconds included.
 */
export function usagePeriod(granularity: Granularity, fromMs: { min: number; max: number }): fc.Arbitrary<{ from: string; to: string }> {
  const step = granularityMs[granularity];
  return fc
    .record({ from: fc.integer(fromMs), fromOffset: offsetMin(), toOffset: offsetMin() })
    .chain(({ from, fromOffset, toOffset }) =>
      fc
        .integer({ min: from + 1, max: floorTo(from, step) + MAX_BUCKETS[granularity] * step })
        .map((to) => ({ from: rfc3339(from, fromOffset), to: rfc3339(to, toOffset) })),
    );
}

/** A UTC offset in minutes: mostly none, otherwise anything from -23:59 to +23:59. */
const offsetMin = () => fc.oneof({ arbitrary: fc.constant(0), weight: 2 }, { arbitrary: fc.integer({ min: -(23 * 60 + 59), max: 23 * 60 + 59 }), weight: 1 });

/** `ms` written as local time `offset` minutes east of UTC (`Z` for 0), e.g. 2026-06-01T14:00:00.000+02:00. */
function rfc3339(ms: number, offset: number): string {
  const local = new Date(ms + offset * MINUTE_MS).toISOString().slice(0, -1);
  if (offset === 0) return `${local}Z`;
  const abs = Math.abs(offset);
  return `${local}${offset < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
