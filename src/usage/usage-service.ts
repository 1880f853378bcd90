import type { Clock } from '../clock.js';
import { RFC3339_MIN_MS } from '../dates.js';
import type { WallClockGuard } from '../clock-guard.js';
import { fail } from '../errors.js';
import type { KeyService } from '../keys/key-service.js';
import type { KeyView } from '../keys/key-view.js';
import type { Principal } from '../principal.js';
import { HOUR_MS } from '../store/sql/usage.js';
import type { Store } from '../store/types.js';
import { enforce } from '../users/permissions.js';
import { DAY_MS, type Granularity, MAX_BUCKETS, type UsageBucket, bucketize, floorTo, granularityMs } from './usage-series.js';

/** Minute rows older than this are folded into hour rows. */
export const MINUTE_DETAIL_MS = 48 * HOUR_MS;
/** Usage older than this is deleted. */
export const RETENTION_MS = 90 * DAY_MS;
const DEFAULT_SPAN: Record<Granularity, number> = { minute: HOUR_MS, hour: DAY_MS, day: 30 * DAY_MS };

export interface UsageQuery {
  from?: number;
  to?: number;
  granularity: Granularity;
}

export interface TopKey {
  key: KeyView;
  requests: number;
  rate_limited: number;
}

const invalid = (path: string, message: string) => fail('validation_error', `${path.slice(1)} ${message}`, { errors: [{ path, message }] });

/** Reads per-key usage and keeps it small: rolls minutes up to hours, drops what is past retention. */
export class UsageService {
  constructor(
    private readonly store: Store,
    private readonly keys: KeyService,
    private readonly clock: Clock,
    private readonly options: { guard?: Pick<WallClockGuard, 'steady'> } = {},
  ) {}

  /** One key's usage: its owner, or `keys:admin` in its workspace; anyone else gets 404 (as for the key itself). */
  async keyUsage(p: Principal, keyId: string, q: UsageQuery): Promise<{ granularity: Granularity; from: number; to: number; buckets: UsageBucket[] }> {
    const key = await this.keys.get(p, keyId);
    const { from, to } = this.range(q.from, q.to, q.granularity);
    const rows = await this.store.usage.series(p.workspace.id, key.record.id, floorTo(from, granularityMs[q.granularity]), to);
    return { granularity: q.granularity, from, to, buckets: bucketize(rows, q.granularity, from, to) };
  }

  /** The workspace's busiest keys in a period, by requests and by 429s (`keys:admin`). */
  async overview(
    p: Principal,
    q: { from?: number; to?: number },
    limit = 10,
  ): Promise<{ from: number; to: number; byRequests: TopKey[]; byRateLimited: TopKey[] }> {
    enforce(p, { type: 'usage.overview' });
    const { from, to } = this.range(q.from, q.to, 'day');
    const [byRequests, byRateLimited] = await Promise.all([
      this.store.usage.top(p.workspace.id, from, to, 'requests', limit),
      this.store.usage.top(p.workspace.id, from, to, 'rate_limited', limit),
    ]);
    const views = new Map<string, KeyView>();
    const withKeys = async (rows: typeof byRequests): Promise<TopKey[]> => {
      const out: TopKey[] = [];
      for (const r of rows) {
        const v = views.get(r.keyId) ?? (await this.keys.get(p, r.keyId).catch(() => undefined));
        if (!v) continue;
        views.set(r.keyId, v);
        out.push({ key: v, requests: r.requests, rate_limited: r.rate_limited });
      }
      return out;
    };
    return { from, to, byRequests: await withKeys(byRequests), byRateLimited: await withKeys(byRateLimited) };
  }

  /**
   * The periodic job: folds minute rows older than 48 h (whole hours only) into hour rows and deletes
   * rows older than 90 days. Safe to run on several instances at once (see UsageRepo.rollUp). Does
   * nothing while the wall clock has jumped against the monotonic clock (`guard`).
   */
  async maintain(): Promise<{ rolledUp: number; pruned: number }> {
    if (this.options.guard && !this.options.guard.steady()) return { rolledUp: 0, pruned: 0 };
    const now = this.clock.now();
    return this.store.transaction(async (tx) => ({
      rolledUp: await tx.usage.rollUp(floorTo(now - MINUTE_DETAIL_MS, HOUR_MS)),
      pruned: await tx.usage.prune(now - RETENTION_MS),
    }));
  }

  private range(from: number | undefined, to: number | undefined, granularity: Granularity): { from: number; to: number } {
    const step = granularityMs[granularity];
    // By default up to the end of the current bucket, so what was counted this minute is in the answer.
    const end = to ?? floorTo(this.clock.now(), step) + step;
    const start = from ?? end - DEFAULT_SPAN[granularity];
    if (start >= end) invalid('/from', 'must be before to');
    // Every date answered must be writable in RFC 3339: a default start before year 0000 is refused.
    if (start < RFC3339_MIN_MS) invalid('/from', 'must be on or after 0000-01-01T00:00:00Z');
    if ((end - floorTo(start, step)) / step > MAX_BUCKETS[granularity]) {
      invalid('/from', `the period holds more than ${MAX_BUCKETS[granularity]} ${granularity} buckets; use a coarser granularity`);
    }
    return { from: start, to: end };
  }
}
