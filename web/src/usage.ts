import { type KeyUsage, type UsageBucket, type UsageOverview, api, ok } from './api';
import type { paths } from './api-types';

type UsageQuery = NonNullable<paths['/api/keys/{id}/usage']['get']['parameters']['query']>;

/** GET /api/keys/{id}/usage and its buckets: the generated API types. */
export type { KeyUsage, UsageBucket };

export interface UsagePeriod {
  id: string;
  label: string;
  granularity: KeyUsage['granularity'];
  spanMs: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** The periods the charts offer: last hour by the minute, a day and 7 days by the hour, 30 days by the day. */
export const PERIODS: UsagePeriod[] = [
  { id: 'hour', label: 'Last hour', granularity: 'minute', spanMs: HOUR },
  { id: 'day', label: 'Last day', granularity: 'hour', spanMs: 24 * HOUR },
  { id: 'week', label: 'Last 7 days', granularity: 'hour', spanMs: 7 * 24 * HOUR },
  { id: 'month', label: 'Last 30 days', granularity: 'day', spanMs: 30 * 24 * HOUR },
];

/**
 * A key's usage over a period ending now, by the server's clock (the server picks the window when no
 * dates are given: the last hour by the minute, 24 hours by the hour, 30 days by the day).
 */
export async function fetchKeyUsage(keyId: string, period: UsagePeriod): Promise<KeyUsage> {
  const usage = (query: UsageQuery) => ok(api.GET('/api/keys/{id}/usage', { params: { path: { id: keyId }, query } }));
  const latest = await usage({ granularity: period.granularity });
  if (period.id !== 'week') return latest;
  const to = Date.parse(latest.to);
  return usage({ granularity: 'hour', from: new Date(to - period.spanMs).toISOString(), to: latest.to });
}

/**
 * The workspace's busiest keys over a period ending now. The last 30 days are the server's default (30
 * days of whole days up to the end of its current one, as the busiest key's chart shows them). For the
 * shorter periods only `from` is sent, from this browser's clock to the minute; `to` stays the server's
 * default (the end of its current day), so whatever it counted last is in, even with a clock that is off.
 */
export function fetchUsageOverview(period: UsagePeriod, now = Date.now()): Promise<UsageOverview> {
  const from = now - period.spanMs;
  const query = period.id === 'month' ? {} : { from: new Date(from - (from % MINUTE)).toISOString() };
  return ok(api.GET('/api/usage/keys', { params: { query } }));
}

export const total = (buckets: UsageBucket[], field: 'requests' | 'rate_limited' | 'ok' | 'client_errors') => buckets.reduce((n, b) => n + b[field], 0);
