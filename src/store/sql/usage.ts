import { type Kysely, sql } from 'kysely';
import type { Database, KeyUsageTable } from '../schema.js';
import type { KeyIpRepo, UsageRepo, UsageRow } from '../types.js';
import { num } from './rows.js';
import { sighting } from './seen-from.js';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
const COUNTERS = ['requests', 'ok', 'client_errors', 'rate_limited', 'server_errors', 'refused'] as const;

const toRow = (r: KeyUsageTable): UsageRow => ({
  keyId: r.key_id,
  workspaceId: r.workspace_id,
  spanMs: num(r.span_ms),
  start: num(r.start),
  requests: num(r.requests),
  ok: num(r.ok),
  client_errors: num(r.client_errors),
  rate_limited: num(r.rate_limited),
  server_errors: num(r.server_errors),
  refused: num(r.refused),
});

const fromRow = (r: UsageRow): KeyUsageTable => ({
  key_id: r.keyId,
  workspace_id: r.workspaceId,
  span_ms: r.spanMs,
  start: r.start,
  requests: r.requests,
  ok: r.ok,
  client_errors: r.client_errors,
  rate_limited: r.rate_limited,
  server_errors: r.server_errors,
  refused: r.refused,
});

/** Same order everywhere, so instances upserting overlapping batches lock rows alike and cannot deadlock. */
const byBucket = (a: UsageRow, b: UsageRow) => (a.keyId < b.keyId ? -1 : a.keyId > b.keyId ? 1 : a.spanMs - b.spanMs || a.start - b.start);

/** Rows per INSERT: 10 parameters a row keeps a statement well under both dialects' parameter limits. */
const ROWS_PER_STATEMENT = 200;

/**
 * Adds counters to bucket rows, creating those absent: `count = count + excluded.count` on conflict. One
 * multi-row statement per 200 buckets (a flush of 5,000 active keys is 25 statements, not 5,000 built and
 * compiled one by one). Equal buckets are merged first: PostgreSQL refuses a statement that would update
 * one row twice.
 */
async function upsert(db: Kysely<Database>, rows: readonly UsageRow[]): Promise<void> {
  const merged = new Map<string, UsageRow>();
  for (const r of rows) {
    const id = `${r.keyId} ${r.spanMs} ${r.start}`;
    const m = merged.get(id);
    if (!m) merged.set(id, { ...r });
    else for (const c of COUNTERS) m[c] += r[c];
  }
  const sorted = [...merged.values()].sort(byBucket);
  for (let i = 0; i < sorted.length; i += ROWS_PER_STATEMENT) {
    await db
      .insertInto('key_usage')
      .values(sorted.slice(i, i + ROWS_PER_STATEMENT).map(fromRow))
      .onConflict((oc) =>
        oc
          .columns(['key_id', 'span_ms', 'start'])
          .doUpdateSet(Object.fromEntries(COUNTERS.map((c) => [c, sql`key_usage.${sql.ref(c)} + excluded.${sql.ref(c)}`]))),
      )
      .execute();
  }
}

export function usageRepo(db: Kysely<Database>): UsageRepo {
  return {
    add: (batch) => upsert(db, batch),
    async series(workspaceId, keyId, from, to) {
      const rows = await db
        .selectFrom('key_usage')
        .selectAll()
        .where('key_id', '=', keyId)
        .where('workspace_id', '=', workspaceId)
        .where('start', '>=', from)
        .where('start', '<', to)
        .orderBy('start')
        .execute();
      return rows.map(toRow);
    },
    async top(workspaceId, from, to, by, limit) {
      const rows = await db
        .selectFrom('key_usage')
        .select((eb) => ['key_id', eb.fn.sum<number>('requests').as('requests'), eb.fn.sum<number>('rate_limited').as('rate_limited')])
        .where('workspace_id', '=', workspaceId)
        .where('start', '>=', from)
        .where('start', '<', to)
        .groupBy('key_id')
        .having((eb) => eb.fn.sum(by), '>', 0)
        .orderBy(by, 'desc')
        .orderBy('key_id')
        .limit(limit)
        .execute();
      return rows.map((r) => ({ keyId: r.key_id, requests: num(r.requests), rate_limited: num(r.rate_limited) }));
    },
    async rollUp(before) {
      const gone = await db.deleteFrom('key_usage').where('span_ms', '=', MINUTE_MS).where('start', '<', before).returningAll().execute();
      const hours = new Map<string, UsageRow>();
      for (const m of gone.map(toRow)) {
        const start = m.start - (m.start % HOUR_MS);
        const id = `${m.keyId}\u0000${start}`;
        const h = hours.get(id) ?? { ...m, spanMs: HOUR_MS, start, requests: 0, ok: 0, client_errors: 0, rate_limited: 0, server_errors: 0, refused: 0 };
        for (const c of COUNTERS) h[c] += m[c];
        hours.set(id, h);
      }
      await upsert(db, [...hours.values()]);
      return gone.length;
    },
    async prune(before) {
      const r = await db.deleteFrom('key_usage').where('start', '<', before).executeTakeFirst();
      return Number(r.numDeletedRows);
    },
  };
}

export function keyIpRepo(db: Kysely<Database>): KeyIpRepo {
  return {
    async touch(keyId, ip, at, newIfBefore, keep) {
      const seen = await sighting(db, 'key_ips', keyId, ip, at, newIfBefore);
      if (seen === 'new') {
        await db
          .deleteFrom('key_ips')
          .where('key_id', '=', keyId)
          .where('ip', 'not in', (eb) => eb.selectFrom('key_ips').select('ip').where('key_id', '=', keyId).orderBy('last_seen', 'desc').limit(keep))
          .execute();
      }
      if (seen !== 'recent') return true;
      await db.updateTable('key_ips').set({ last_seen: at }).where('key_id', '=', keyId).where('ip', '=', ip).where('last_seen', '<', at).execute();
      return false;
    },
    async list(keyId) {
      const rows = await db.selectFrom('key_ips').select(['ip', 'last_seen']).where('key_id', '=', keyId).orderBy('last_seen', 'desc').execute();
      return rows.map((r) => ({ ip: r.ip, lastSeen: num(r.last_seen) }));
    },
  };
}
