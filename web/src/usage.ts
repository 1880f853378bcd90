import { type KeyUsage, type UsageBucket, api, seg } from './api';

/** GET /api/keys/{id}/usage and its buckets: the generated API types. */
export type { KeyUsage, UsageBucket };

export interface UsagePeriod {
  id: string;
  label: string;
  granularity: KeyUsage['granularity'];
  spanMs: number;
}

const HOUR = 3_600_000;
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
  const path = `/api/keys/${seg(keyId)}/usage`;
  const latest = await api.get<KeyUsage>(path, { granularity: period.granularity });
  if (period.id !== 'week') return latest;
  const to = Date.parse(latest.to);
  return api.get<KeyUsage>(path, { granularity: 'hour', from: new Date(to - period.spanMs).toISOString(), to: latest.to });
}

export const total = (buckets: UsageBucket[], field: 'requests' | 'rate_limited' | 'ok' | 'client_errors') =>
  buckets.reduce((n, b) => n + b[field], 0);
