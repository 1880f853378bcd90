import { Type } from 'typebox';
import { GRANULARITIES } from '../../usage/usage-series.js';
import { Timestamp, component, literals, ref } from './common.js';
import { ApiKey, keyExample } from './keys.js';

export const Granularity = component('Granularity', literals(GRANULARITIES, { description: 'The size of each usage bucket' }));

const usageBucketExample = { start: '2026-06-01T12:00:00.000Z', requests: 42, ok: 40, client_errors: 1, rate_limited: 1, refused: 0 };
export const UsageBucket = component(
  'UsageBucket',
  Type.Object(
    {
      start: Timestamp,
      requests: Type.Integer({ description: 'Every authenticated request, including those refused with 403 or 429' }),
      ok: Type.Integer({ description: '2xx answers' }),
      client_errors: Type.Integer({ description: '4xx answers other than 429 (403 ip_not_allowed among them)' }),
      rate_limited: Type.Integer({ description: '429 answers' }),
      refused: Type.Integer({ description: "401s for the key's revoked or expired state (not in requests)" }),
    },
    { description: "A key's requests in one minute, hour or day, starting at `start`", examples: [usageBucketExample] },
  ),
);
export const KeyUsage = component(
  'KeyUsage',
  Type.Object(
    { granularity: ref(Granularity), from: Timestamp, to: Timestamp, buckets: Type.Array(ref(UsageBucket)) },
    {
      description: "One key's usage between from and to, one bucket per step of the granularity, empty ones included",
      examples: [{ granularity: 'hour', from: '2026-06-01T00:00:00.000Z', to: '2026-06-02T00:00:00.000Z', buckets: [usageBucketExample] }],
    },
  ),
);
const keyUsageTotalsExample = { key: keyExample, requests: 1200, rate_limited: 3 };
// Counts named like UsageBucket's, but totals of one key over a whole period: a different answer, not a bucket.
export const KeyUsageTotals = component(
  'KeyUsageTotals',
  Type.Object(
    {
      key: ref(ApiKey),
      requests: Type.Integer({ description: 'Requests in the period' }),
      rate_limited: Type.Integer({ description: '429 answers in the period' }),
    },
    { description: 'A key and its totals over a period', examples: [keyUsageTotalsExample] },
  ),
);
export const UsageOverview = component(
  'UsageOverview',
  Type.Object(
    {
      from: Timestamp,
      to: Timestamp,
      by_requests: Type.Array(ref(KeyUsageTotals), { description: 'The busiest keys by requests, busiest first' }),
      by_rate_limited: Type.Array(ref(KeyUsageTotals), { description: 'The keys with the most 429 answers, most first' }),
    },
    {
      description: "The workspace's busiest keys in a period",
      examples: [
        { from: '2026-05-02T12:00:00.000Z', to: '2026-06-01T12:00:00.000Z', by_requests: [keyUsageTotalsExample], by_rate_limited: [keyUsageTotalsExample] },
      ],
    },
  ),
);

/** A period bound: strict RFC 3339 (a leap second or an impossible date is refused). */
const DateParam = Type.String({
  format: 'date-time',
  maxLength: 40,
  description: 'RFC 3339 date-time (strict: a leap second or an impossible date is refused)',
});
export const UsagePeriodQuery = Type.Object({ from: Type.Optional(DateParam), to: Type.Optional(DateParam) }, { additionalProperties: false });
export const KeyUsageQuery = Type.Object(
  { from: Type.Optional(DateParam), to: Type.Optional(DateParam), granularity: Type.Optional(ref(Granularity)) },
  { additionalProperties: false },
);

export const components = [Granularity, UsageBucket, KeyUsage, KeyUsageTotals, UsageOverview];
