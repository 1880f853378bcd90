import { HOUR_MS, MINUTE_MS } from '../store/sql/usage.js';
import type { UsageRow } from '../store/types.js';

export const GRANULARITIES = ['minute', 'hour', 'day'] as const;
export type Granularity = (typeof GRANULARITIES)[number];
export const DAY_MS = 86_400_000;

export const granularityMs: Record<Granularity, number> = { minute: MINUTE_MS, hour: HOUR_MS, day: DAY_MS };
/** Most buckets one answer may hold: two days of minutes, 31 days of hours, 90 days of days. */
export const MAX_BUCKETS: Record<Granularity, number> = { minute: 2 * 1440, hour: 31 * 24, day: 91 };

export interface UsageBucket {
  start: number;
  requests: number;
  ok: number;
  client_errors: number;
  rate_limited: number;
  refused: number;
}

export const floorTo = (ms: number, step: number): number => ms - (((ms % step) + step) % step);

/**
 * Dense buckets of `step` from floor(from) up to `to` (exclusive), each holding the sum of the stored rows
 * that start inside it. A stored row coarser than the step (an hour row read by the minute) lands in the
 * bucket holding its start: minute detail is kept for 48 h only.
 */
export function bucketize(rows: readonly UsageRow[], granularity: Granularity, from: number, to: number): UsageBucket[] {
  const step = granularityMs[granularity];
  const first = floorTo(from, step);
  const buckets: UsageBucket[] = [];
  for (let start = first; start < to; start += step) {
    buckets.push({ start, requests: 0, ok: 0, client_errors: 0, rate_limited: 0, refused: 0 });
  }
  for (const r of rows) {
    const b = buckets[Math.floor((r.start - first) / step)];
    if (!b) continue;
    b.requests += r.requests;
    b.ok += r.ok;
    b.client_errors += r.client_errors;
    b.rate_limited += r.rate_limited;
    b.refused += r.refused;
  }
  return buckets;
}
