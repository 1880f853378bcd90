/**
 * What `npm run bench` measures: the server configurations (each a separate process with its own
 * baseline `a`), the scenarios driven against them, and the targets of issue 7.
 *
 * Why several servers: all load comes from 127.0.0.1, and failed authentications are limited per client
 * IP. A flood of bad keys on the server that also serves the valid-key scenarios would either lock that
 * IP out for a minute (default limit) or leave a huge failure history behind (raised limit), so failures
 * get servers of their own. Each scenario is compared with the `/healthz` baseline of its own server,
 * measured in the same round. The Redis server has a store of its own: two servers writing last-used
 * batches to one SQLite file would wait on each other's write lock, which is not what (i) is about.
 */
import { generateKey } from '../src/keys/key-format.js';
import { type SeededStore, UNLIMITED } from './seed.js';

export type StoreName = 'small' | 'large' | 'medium';
export type KeyChoice = 'hot' | 'overLimit' | 'malformed' | 'unknown' | 'rotate' | 'allowlisted';

/**
 * How many keys the round-robin scenarios (hs, ib) present, one per request. Enough that none of them
 * (default limits: 100/min, 10/s) ever reaches a limit at ~10,000 req/s; few enough to fit the embedded
 * key cache (10,000 entries), so the scenarios compare limiters rather than cache misses.
 */
export const ROTATED_KEYS = 5000;

/** Keys per store, and how many of them (default limits) have their plaintext kept for rotation. */
export const STORE_SIZES: Readonly<Record<StoreName, { keyCount: number; spreadKeys: number }>> = {
  small: { keyCount: 1000, spreadKeys: 0 },
  large: { keyCount: 1_000_000, spreadKeys: 20_000 },
  medium: { keyCount: 25_000, spreadKeys: 20_000 },
};

export interface ServerPlan {
  readonly name: string;
  readonly store: StoreName;
  readonly description: string;
  readonly env: Readonly<Record<string, string>>;
  readonly redis?: boolean;
}

export interface Scenario {
  readonly id: string;
  readonly server: string;
  readonly description: string;
  /** Path, with `{contact}` replaced by a seeded contact id. */
  readonly path: string;
  readonly key?: KeyChoice;
  /** The status every response (after a warm-up) should have. */
  readonly expect: number;
}

export const SERVERS: readonly ServerPlan[] = [
  { name: 'S1', store: 'small', description: '1,000 keys, in-memory limiter, default limits', env: {} },
  { name: 'S2', store: 'small', description: `1,000 keys, FAILED_AUTH_PER_MINUTE=${UNLIMITED}`, env: { FAILED_AUTH_PER_MINUTE: String(UNLIMITED) } },
  { name: 'S3', store: 'small', description: '1,000 keys, default failed-auth limit (30/min per IP)', env: {} },
  { name: 'S4', store: 'large', description: '1,000,000 keys, in-memory limiter', env: {} },
  { name: 'S5', store: 'medium', description: '25,000 keys, limiter in Redis (REDIS_URL)', env: {}, redis: true },
];

export const SCENARIOS: readonly Scenario[] = [
  { id: 'a', server: 'S1', description: 'GET /healthz, no auth (baseline)', path: '/healthz', expect: 200 },
  { id: 'b', server: 'S1', description: 'GET /api/me, valid key', path: '/api/me', key: 'hot', expect: 200 },
  { id: 'c', server: 'S1', description: 'GET /api/contacts/{id}', path: '/api/contacts/{contact}', key: 'hot', expect: 200 },
  { id: 'd', server: 'S1', description: 'GET /api/contacts?limit=25', path: '/api/contacts?limit=25', key: 'hot', expect: 200 },
  { id: 'g', server: 'S1', description: 'one key far over its limit (429)', path: '/api/me', key: 'overLimit', expect: 429 },
  { id: 'bu', server: 'S1', description: '(b) with usage counting and an IP allowlist of 10 CIDRs on the key', path: '/api/me', key: 'allowlisted', expect: 200 },
  { id: 'a', server: 'S2', description: 'baseline', path: '/healthz', expect: 200 },
  { id: 'e', server: 'S2', description: 'malformed keys (bad checksum), failed-auth limit raised', path: '/api/me', key: 'malformed', expect: 401 },
  { id: 'f', server: 'S2', description: 'well-formed unknown keys, failed-auth limit raised', path: '/api/me', key: 'unknown', expect: 401 },
  { id: 'a', server: 'S3', description: 'baseline', path: '/healthz', expect: 200 },
  { id: 'f2', server: 'S3', description: 'unknown keys, default failed-auth limit (cut off: 429)', path: '/api/me', key: 'unknown', expect: 429 },
  { id: 'a', server: 'S4', description: 'baseline', path: '/healthz', expect: 200 },
  { id: 'h', server: 'S4', description: '(b) with 1,000,000 keys in the store', path: '/api/me', key: 'hot', expect: 200 },
  { id: 'hs', server: 'S4', description: '(h), but each request presents the next of 5,000 keys (default limits)', path: '/api/me', key: 'rotate', expect: 200 },
  { id: 'a', server: 'S5', description: 'baseline', path: '/healthz', expect: 200 },
  { id: 'ib', server: 'S5', description: '(b) with the limiter in Redis: as (hs), 5,000 keys in turn', path: '/api/me', key: 'rotate', expect: 200 },
  { id: 'ig', server: 'S5', description: '(g) with the limiter in Redis', path: '/api/me', key: 'overLimit', expect: 429 },
];

/** The key a scenario presents, resolved against its server's store. */
export function headersFor(sc: Scenario, store: SeededStore): { headers: Record<string, string>; rotateKeys?: readonly string[] } {
  const swapLast = (k: string) => k.slice(0, -1) + (k.endsWith('A') ? 'B' : 'A');
  switch (sc.key) {
    case undefined:
      return { headers: {} };
    case 'rotate':
      return { headers: {}, rotateKeys: store.spreadKeys.slice(0, ROTATED_KEYS) };
    case 'hot':
      return { headers: { 'x-api-key': store.hotKey } };
    case 'overLimit':
      return { headers: { 'x-api-key': store.overLimitKey } };
    case 'allowlisted':
      return { headers: { 'x-api-key': store.allowlistedKey } };
    case 'malformed':
      return { headers: { 'x-api-key': swapLast(store.hotKey) } };
    case 'unknown':
      return { headers: { 'x-api-key': generateKey() } };
  }
}

/** A measured scenario, reduced to what the targets need: medians over rounds. */
export interface Summary {
  readonly id: string;
  readonly server: string;
  readonly rps: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** Median over rounds of (this scenario's req/s ÷ its server's `a` req/s in the same round). */
  readonly rpsRatio: number;
  /** Smallest and largest of the per-round req/s ratios: how much the machine moved. */
  readonly rpsRatioRange: readonly [number, number];
  /** Same, for p99 latency. */
  readonly p99Ratio: number;
  /** Server CPU per request (median over rounds), µs: steadier than req/s on a machine whose speed swings. */
  readonly cpuUsPerRequest: number;
  /** Median over rounds of (CPU per request ÷ its server's `a` CPU per request in the same round). */
  readonly cpuRatio: number;
  /** Smallest share of responses with the expected status over the measured runs. */
  readonly expectedShare: number;
}

export interface TargetCheck {
  readonly target: string;
  readonly measured: string;
  readonly met: boolean | undefined;
}

const fmt = (x: number) => x.toFixed(2);

/** The targets of issue 7, evaluated on the summaries; `met` is undefined when a scenario did not run. */
export function checkTargets(byId: ReadonlyMap<string, Summary>): TargetCheck[] {
  const s = (id: string) => byId.get(id);
  const atLeast = (id: string, min: number, label: string): TargetCheck => {
    const x = s(id);
    return { target: `(${label}) ≥ ${fmt(min)} of (a) req/s`, measured: x ? fmt(x.rpsRatio) : 'not run', met: x ? x.rpsRatio >= min : undefined };
  };
  const b = s('b');
  const g = s('g');
  const f2 = s('f2');
  const h = s('h');
  const bu = s('bu');
  const checks: TargetCheck[] = [
    atLeast('b', 0.75, 'b'),
    atLeast('c', 0.65, 'c'),
    { target: 'p99 of (b) ≤ 2 × p99 of (a)', measured: b ? `${fmt(b.p99Ratio)} ×` : 'not run', met: b ? b.p99Ratio <= 2 : undefined },
    atLeast('e', 0.9, 'e'),
    atLeast('g', 0.85, 'g'),
    atLeast('f', 0.6, 'f'),
    {
      target: '(f2) default limit: flood from one IP cut off (≥ 99 % 429) and costs no more than (g)',
      measured: f2 && g ? `${(f2.expectedShare * 100).toFixed(2)} % 429; ${fmt(f2.rpsRatio)} vs (g) ${fmt(g.rpsRatio)}` : 'not run',
      met: f2 && g ? f2.expectedShare >= 0.99 && f2.rpsRatio >= g.rpsRatio : undefined,
    },
    {
      target: '(h) within 10 % of (b)',
      measured: h && b ? `${fmt(h.rpsRatio)} vs ${fmt(b.rpsRatio)} (${(((h.rpsRatio / b.rpsRatio) - 1) * 100).toFixed(1)} %)` : 'not run',
      met: h && b ? Math.abs(h.rpsRatio / b.rpsRatio - 1) <= 0.1 : undefined,
    },
    {
      target: '(bu) usage counting + 10-CIDR allowlist within 5 % of (b) (issue 17)',
      measured: bu && b ? `${fmt(bu.rpsRatio)} vs ${fmt(b.rpsRatio)} (${((bu.rpsRatio / b.rpsRatio - 1) * 100).toFixed(1)} %)` : 'not run',
      met: bu && b ? bu.rpsRatio >= b.rpsRatio * 0.95 : undefined,
    },
    atLeast('ib', 0.4, 'i: b in Redis'),
    atLeast('ig', 0.4, 'i: g in Redis'),
  ];
  return checks;
}
