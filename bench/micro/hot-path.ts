/**
 * Times the pieces of an API-key request in-process, outside HTTP, on the seeded 1,000-key store:
 *
 *   npx tsx bench/micro/hot-path.ts
 *
 * Each line is the median over 7 batches of the mean time per call, so a slow second of the machine moves
 * one batch, not the figure. Run `npm run bench -- --only=S1` first (or any bench) so the store exists.
 */
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { hashKey, isWellFormedKey } from '../../src/keys/key-format.js';
import { KeyCache } from '../../src/keys/key-cache.js';
import { KeyVerifier } from '../../src/keys/key-verifier.js';
import { MemoryRateLimiter } from '../../src/ratelimit/memory-limiter.js';
import type { LimitRule } from '../../src/ratelimit/limiter.js';
import { setRateLimitHeaders } from '../../src/http/rate-limit-headers.js';
import { NO_GRANTS } from '../../src/users/custom-permissions.js';
import { keyPermissions } from '../../src/users/permissions.js';
import { systemClock } from '../../src/clock.js';
import { findByHashQuery } from '../../src/store/sql/keys.js';
import { openSqliteStore } from '../../src/store/dialects/sqlite/index.js';
import { seedStore } from '../seed.js';
import { REPO_ROOT } from '../server.js';
import { median } from '../report.js';
import type { SqlStore } from '../../src/store/sql-store.js';

const BATCHES = 7;

/** Mean ns per call of `fn`, median over batches; `fn` may be async (then every call is awaited). */
async function time(label: string, iterations: number, fn: () => unknown): Promise<number> {
  const perBatch: number[] = [];
  for (let b = 0; b < BATCHES; b++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) {
      const r = fn();
      if (r instanceof Promise) await r;
    }
    perBatch.push(Number(process.hrtime.bigint() - t0) / iterations);
  }
  const ns = median(perBatch);
  console.log(`${(ns / 1000).toFixed(2).padStart(8)} µs  ${label}`);
  return ns;
}

const rulesOf = (perMinute: number, perSecond: number): readonly LimitRule[] => [
  { name: 'minute', limit: perMinute, windowMs: 60_000 },
  { name: 'second', limit: perSecond, windowMs: 1_000 },
];

/** A FastifyReply stand-in that keeps headers the way Fastify does (lower-cased object). */
function stubReply() {
  const headers: Record<string, unknown> = {};
  const reply = {
    headers(h: Record<string, unknown>) {
      for (const k of Object.keys(h)) headers[k.toLowerCase()] = h[k];
      return reply;
    },
    header(k: string, v: unknown) {
      headers[k.toLowerCase()] = v;
      return reply;
    },
  };
  return reply;
}

async function keyIds(store: SqlStore): Promise<string[]> {
  return (await store.keys.list({ workspaceId: (await store.users.owners())[0].workspaceId, now: Date.now(), limit: 1000 })).items.map((k) => k.id);
}

/** The last-used flush of 1,000 distinct keys: what one flush costs when 1,000 keys were used in a second. */
async function lastUsedFlush(store: SqlStore, label: string): Promise<void> {
  const ids = await keyIds(store);
  await time(`last-used flush of ${ids.length} keys in one transaction (${label})`, 1, async () => {
    const at = Date.now();
    const batch = ids.map((keyId) => ({ keyId, at, ip: '127.0.0.1' }));
    await store.transaction((tx) => tx.keys.recordLastUsed(batch));
  });
}

async function main(): Promise<void> {
  const seeded = await seedStore({ dataDir: join(REPO_ROOT, 'bench', '.data', 'small'), keyCount: 1000, spreadKeys: 0, contacts: 1000, log: console.log });
  const store = openSqliteStore({ file: join(seeded.dataDir, 'keyward.db') });
  const key = seeded.hotKey;
  const hash = hashKey(key);
  const verifier = new KeyVerifier(store, systemClock);
  // A second connection, for what the store does not expose: a bare prepare() and PRAGMA data_version.
  const raw = new SQLite(join(seeded.dataDir, 'keyward.db'), { readonly: true });
  const lookupSql = findByHashQuery(store.db, '').compile().sql;
  const dataVersion = raw.prepare('PRAGMA data_version').pluck();
  const auth = (await store.keys.findByHash(hash))!;
  const N = 20_000;
  console.log('key format and storage');
  await time('isWellFormedKey (regex + CRC32 checksum)', N * 10, () => isWellFormedKey(key));
  await time('hashKey (SHA-256 hex, one-shot)', N * 10, () => hashKey(key));
  await time('store.keys.findByHash (one statement prepared once, + row mapping)', N, () => store.keys.findByHash(hash));
  await time('  the same SQL, better-sqlite3 prepare() only (per query before af33391)', N, () => raw.prepare(lookupSql));
  await time('  PRAGMA data_version (prepared): the cross-process check before f5cdb9e', N * 5, () => dataVersion.get());
  await time('  store.externalChangeVersion(): the wal-index header read, nothing committed', N * 5, () => store.externalChangeVersion!());
  await time("verifier.verify without a cache (checksum + hash + src's lookup)", N, () => verifier.verify(key));
  const cache = new KeyCache({ localVersion: () => 0, externalVersion: store.externalChangeVersion! });
  cache.set(hash, auth, cache.generation);
  const cached = new KeyVerifier(store, systemClock, { cache });
  await time('KeyCache.get, hit, alone (waits for its own check: one event-loop turn)', N, () => cache.get(hash));
  const fifty = Array.from({ length: 50 }, () => hash);
  await time('KeyCache.get, hit, 50 at once sharing one check (÷ 50 for one request)', N / 10, () => Promise.all(fifty.map((h) => cache.get(h))));
  await time('verifier.verify with the KeyCache, hit, 50 at once (÷ 50 for one request)', N / 10, () => Promise.all(fifty.map(() => cached.verify(key))));
  await time('store.contacts.get (one statement prepared once)', N, () => store.contacts.get(auth.workspace.id, seeded.contactId));
  await time('store.contacts.list limit 25 (Kysely, each SQL text prepared once)', N / 4, () => store.contacts.list(auth.workspace.id, { limit: 25 }));
  console.log('limits, headers, permissions');
  const gate = new MemoryRateLimiter({ sweepIntervalMs: 0 });
  const limiter = new MemoryRateLimiter({ sweepIntervalMs: 0 });
  const failRules = [{ name: 'failed_auth', limit: 30, windowMs: 60_000 }];
  await time('failedAuthLimiter.peek (no failures recorded; awaited)', N * 10, () => gate.peek('authfail:127.0.0.1', failRules));
  await time('limiter.hit, default 100/min + 10/s, over the limit (awaited)', N * 10, () => limiter.hit('key:g', rulesOf(100, 10)));
  await time('limiter.hit, 1e9/1e9 (never refuses; awaited)', N * 10, () => limiter.hit('key:b', rulesOf(1e9, 1e9)));
  const decision = await limiter.hit('key:c', rulesOf(100, 10));
  await time('setRateLimitHeaders (5 headers, on a stub reply)', N * 10, () =>
    setRateLimitHeaders(stubReply() as never, rulesOf(100, 10), decision, Date.now()),
  );
  await time('keyPermissions (an unrestricted key: one shared set per role)', N * 10, () => keyPermissions('owner', null, NO_GRANTS));
  await time('one await of a resolved promise', N * 10, () => Promise.resolve());
  raw.close();
  await lastUsedFlush(store, 'one prepared UPDATE per key');
  await store.close();
  await gate.close();
  await limiter.close();
}

await main();
