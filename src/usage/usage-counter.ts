import type { Clock } from '../clock.js';
import { MINUTE_MS } from '../store/sql/usage.js';
import type { UsageCounts, UsageRow } from '../store/types.js';

/** How one request with a key ended, for its usage counters. */
export type UsageOutcome = 'ok' | 'client_error' | 'rate_limited' | 'server_error' | 'other' | 'refused';

/** The outcome of an authenticated request from its status code (2xx ok, 429 rate limited, other 4xx, 5xx). */
export function outcomeOf(statusCode: number): UsageOutcome {
  if (statusCode >= 200 && statusCode < 300) return 'ok';
  if (statusCode === 429) return 'rate_limited';
  if (statusCode >= 400 && statusCode < 500) return 'client_error';
  if (statusCode >= 500) return 'server_error';
  return 'other';
}

const zero = (): UsageCounts => ({ requests: 0, ok: 0, client_errors: 0, rate_limited: 0, server_errors: 0, refused: 0 });

interface Open {
  workspaceId: string;
  start: number;
  counts: UsageCounts;
}

/**
 * Per-key, per-minute counters kept in memory and handed to the last-used flush, which writes them with
 * one upsert per key and bucket. The hot path is one Map lookup and an increment: no I/O, no allocation
 * except when a key enters a new minute.
 */
export class UsageCounter {
  private open = new Map<string, Open>();
  private closed: UsageRow[] = [];

  constructor(private readonly clock: Clock) {}

  count(keyId: string, workspaceId: string, outcome: UsageOutcome): void {
    const now = this.clock.now();
    const start = now - (now % MINUTE_MS);
    let o = this.open.get(keyId);
    if (o === undefined || o.start !== start) {
      if (o !== undefined) this.closed.push(toRow(keyId, o));
      o = { workspaceId, start, counts: zero() };
      this.open.set(keyId, o);
    }
    const c = o.counts;
    if (outcome === 'refused') {
      c.refused++;
      return;
    }
    c.requests++;
    if (outcome === 'ok') c.ok++;
    else if (outcome === 'client_error') c.client_errors++;
    else if (outcome === 'rate_limited') c.rate_limited++;
    else if (outcome === 'server_error') c.server_errors++;
  }

  /** Keys (and buckets) with counts not yet taken. */
  get size(): number {
    return this.open.size + this.closed.length;
  }

  /** Takes everything counted so far, as rows to add to storage. */
  drain(): UsageRow[] {
    const rows = this.closed;
    for (const [keyId, o] of this.open) rows.push(toRow(keyId, o));
    this.closed = [];
    this.open = new Map();
    return rows;
  }

  /** Gives back rows a failed flush could not write; they are added again on the next one. */
  restore(rows: readonly UsageRow[]): void {
    this.closed.push(...rows);
  }
}

function toRow(keyId: string, o: Open): UsageRow {
  return { keyId, workspaceId: o.workspaceId, spanMs: MINUTE_MS, start: o.start, ...o.counts };
}
