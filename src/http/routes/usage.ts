import { Type } from 'typebox';
import { fail } from '../../errors.js';
import { parseRfc3339 } from '../../dates.js';
import type { UsageService } from '../../usage/usage-service.js';
import { iso, keyJson } from '../present.js';
import { IdParams, KeyOut, Timestamp } from '../schemas.js';
import type { App } from '../types.js';
import { principalOf, problemResponses } from '../types.js';

const tags = ['usage'];
const common = problemResponses([400, 401, 403, 404, 429]);
const auth = { auth: 'api', permission: 'keys:own' } as const;
const DateParam = Type.String({ maxLength: 40, description: 'RFC 3339 date-time (strict: a leap second or an impossible date is refused)' });

const Bucket = Type.Object({
  start: Timestamp,
  requests: Type.Integer({ description: 'Every authenticated request, including those refused with 403 or 429' }),
  ok: Type.Integer({ description: '2xx answers' }),
  client_errors: Type.Integer({ description: '4xx answers other than 429 (403 ip_not_allowed among them)' }),
  rate_limited: Type.Integer({ description: '429 answers' }),
  refused: Type.Integer({ description: "401s for the key's revoked or expired state (not in requests)" }),
});
const KeyUsageOut = Type.Object({
  granularity: Type.Union([Type.Literal('minute'), Type.Literal('hour'), Type.Literal('day')]),
  from: Timestamp,
  to: Timestamp,
  buckets: Type.Array(Bucket),
});
const TopKeyOut = Type.Object({ key: KeyOut, requests: Type.Integer(), rate_limited: Type.Integer() });
const UsageOverviewOut = Type.Object({ from: Timestamp, to: Timestamp, by_requests: Type.Array(TopKeyOut), by_rate_limited: Type.Array(TopKeyOut) });

function dateParam(path: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  return parseRfc3339(text) ?? fail('validation_error', `${path} must be an RFC 3339 date-time`, { errors: [{ path: `/${path}`, message: 'must be an RFC 3339 date-time' }] });
}

const bucketJson = (b: { start: number; requests: number; ok: number; client_errors: number; rate_limited: number; refused: number }) => ({ ...b, start: iso(b.start) });

/** Per-key usage (issue 17): one key's buckets, and the workspace's busiest keys. */
export function usageRoutes(app: App, { usage }: { usage: UsageService }): void {
  app.get('/api/keys/:id/usage', {
    schema: {
      tags,
      summary: "A key's requests per minute, hour or day (its owner, or keys:admin)",
      params: IdParams,
      querystring: Type.Object(
        {
          from: Type.Optional(DateParam),
          to: Type.Optional(DateParam),
          granularity: Type.Optional(Type.Union([Type.Literal('minute'), Type.Literal('hour'), Type.Literal('day')])),
        },
        { additionalProperties: false },
      ),
      response: { 200: KeyUsageOut, ...common },
    },
    config: auth,
  }, async (req) => {
    const q = req.query;
    const r = await usage.keyUsage(principalOf(req), req.params.id, {
      from: dateParam('from', q.from),
      to: dateParam('to', q.to),
      granularity: q.granularity ?? 'minute',
    });
    return { granularity: r.granularity, from: iso(r.from), to: iso(r.to), buckets: r.buckets.map(bucketJson) };
  });

  app.get('/api/usage/keys', {
    schema: {
      tags,
      summary: "The workspace's busiest keys in a period (default: the last 30 days), by requests and by 429s (keys:admin)",
      querystring: Type.Object({ from: Type.Optional(DateParam), to: Type.Optional(DateParam) }, { additionalProperties: false }),
      response: { 200: UsageOverviewOut, ...common },
    },
    config: { auth: 'api', permission: 'keys:admin' },
  }, async (req) => {
    const r = await usage.overview(principalOf(req), { from: dateParam('from', req.query.from), to: dateParam('to', req.query.to) });
    const top = (t: (typeof r.byRequests)[number]) => ({ key: keyJson(t.key), requests: t.requests, rate_limited: t.rate_limited });
    return { from: iso(r.from), to: iso(r.to), by_requests: r.byRequests.map(top), by_rate_limited: r.byRateLimited.map(top) };
  });
}
