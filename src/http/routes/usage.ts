import { rfc3339ToMs } from '../../dates.js';
import type { UsageService } from '../../usage/usage-service.js';
import { iso, keyJson } from '../present.js';
import { IdParams, ref } from '../schemas/common.js';
import { KeyUsage, KeyUsageQuery, UsageOverview, UsagePeriodQuery } from '../schemas/usage.js';
import type { App } from '../types.js';
import { apiAuth, operations, principalOf, problemResponses } from '../types.js';

const auth = apiAuth('keys.list');
/** A period bound the validator checked (strict RFC 3339), as Unix milliseconds. */
const dateParam = (text: string | undefined): number | undefined => (text === undefined ? undefined : rfc3339ToMs(text));

const bucketJson = (b: { start: number; requests: number; ok: number; client_errors: number; rate_limited: number; refused: number }) => ({
  ...b,
  start: iso(b.start),
});

const op = operations('usage', {
  getKeyUsage: {
    summary: "A key's requests per minute, hour or day (its owner, or keys:admin)",
    description:
      "One key's requests counted per minute, hour or day between from and to (granularity defaults to minute; the default period ends with the current bucket and spans an hour of minutes, a day of hours or 30 days), split into 2xx, other 4xx, 429 and uses while revoked or expired. Minutes are kept 48 hours, hours and days 90 days. Your own keys; any key of the workspace with keys:admin.",
  },
  listKeyUsage: {
    summary: "The workspace's busiest keys in a period (default: the last 30 days), by requests and by 429s (keys:admin)",
    description: 'The keys of the workspace with the most requests and with the most 429 answers between from and to (default: the last 30 days).',
  },
});

/** The problem responses every one of these operations can send. */
const common = problemResponses([400, 401, 403, 404, 429]);

/** Per-key usage: one key's buckets, and the workspace's busiest keys. */
export function usageRoutes(app: App, { usage }: { usage: UsageService }): void {
  app.get(
    '/api/keys/:id/usage',
    { schema: { ...op.getKeyUsage, params: IdParams, querystring: KeyUsageQuery, response: { 200: ref(KeyUsage), ...common } }, config: auth },
    async (req) => {
      const q = req.query;
      const r = await usage.keyUsage(principalOf(req), req.params.id, {
        from: dateParam(q.from),
        to: dateParam(q.to),
        granularity: q.granularity ?? 'minute',
      });
      return { granularity: r.granularity, from: iso(r.from), to: iso(r.to), buckets: r.buckets.map(bucketJson) };
    },
  );

  app.get(
    '/api/usage/keys',
    {
      schema: { ...op.listKeyUsage, querystring: UsagePeriodQuery, response: { 200: ref(UsageOverview), ...common } },
      config: apiAuth('usage.overview'),
    },
    async (req) => {
      const r = await usage.overview(principalOf(req), { from: dateParam(req.query.from), to: dateParam(req.query.to) });
      const top = (t: (typeof r.byRequests)[number]) => ({ key: keyJson(t.key), requests: t.requests, rate_limited: t.rate_limited });
      return { from: iso(r.from), to: iso(r.to), by_requests: r.byRequests.map(top), by_rate_limited: r.byRateLimited.map(top) };
    },
  );
}
