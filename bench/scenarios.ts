/**
 * What `npm run bench` measures: the server configurations (each a separate process with its own
 * baseline `a`), the scenarios driven against them, and the performance targets they must meet.
 *
 * Beside Keyward's servers run two references on the same Fastify (bench/reference-server.ts): R0, one
 * bare route, and R1, a hand-written key check. Every scenario is also reported as a ratio to R0 in the
 * same round ("÷ bare Fastify"), and the targets are ratios to R0: what every request pays before and
 * besides authentication (plugins, hooks, headers, logging) shows there, where a ratio to Keyward's own
 * `/healthz` cancels it out. Servers run at LOG_LEVEL=info, the default a user gets, unless their env says.
 *
 * Why several servers: all load comes from 127.0.0.1, and failed authentications are limited per client
 * IP. A flood of bad keys on the server that also serves the valid-key scenarios would either lock that
 * IP out for a minute (default limit) or leave a huge failure history behind (raised limit), so failures
 * get servers of their own. Each scenario is compared with the `/healthz` baseline of its own server,
 * measured in the same round. The Redis server has a store of its own: two servers writing last-used
 * batches to one SQLite file would wait on each other's write lock, which is not what (i) is about.
 */
import { generateKey } from '../src/keys/key-format.js';
import type { ReferenceMode } from './reference-server.js';
import { type SeededStore, UNLIMITED } from './seed.js';

export type StoreName = 'small' | 'large' | 'medium' | 'contacts10k' | 'contacts1m' | 'pg';
export type KeyChoice = 'hot' | 'overLimit' | 'malformed' | 'unknown' | 'rotate' | 'allowlisted';

/**
 * How many keys the round-robin scenarios (hs, ib) present, one per request. Enough that none of them
 * (default limits: 100/min, 10/s) ever reaches a limit at ~10,000 req/s; few enough to fit the embedded
 * key cache (10,000 entries), so the scenarios compare limiters rather than cache misses.
 */
export const ROTATED_KEYS = 5000;

/** Keys per store, and how many of them (default limits) have their plaintext kept for rotation. */
export const STORE_SIZES: Readonly<Record<StoreName, { keyCount: number; spreadKeys: number; contacts: number }>> = {
  small: { keyCount: 1000, spreadKeys: 0, contacts: 1000 },
  large: { keyCount: 1_000_000, spreadKeys: 20_000, contacts: 1000 },
  medium: { keyCount: 25_000, spreadKeys: 20_000, contacts: 1000 },
  // Contact search: one workspace of 10,000 and of 1,000,000 contacts.
  contacts10k: { keyCount: 1000, spreadKeys: 0, contacts: 10_000 },
  contacts1m: { keyCount: 1000, spreadKeys: 0, contacts: 1_000_000 },
  // PostgreSQL: a schema of the bench's own in the DATABASE_URL database.
  pg: { keyCount: 25_000, spreadKeys: 20_000, contacts: 1000 },
};

/** The PostgreSQL schema the bench seeds and reuses (never the database's default schema). */
export const PG_SCHEMA = 'keyward_bench';

/**
 * The search scenarios' queries: `contact-4321@` matches one contact (the 4,322nd newest, past the newest
 * 500 a search reads first, so the trigram index answers); `company 7` matches every 50th contact (a
 * common text: 200 of 10,000, 20,000 of 1,000,000).
 */
export const RARE_QUERY = 'contact-4321%40';
export const COMMON_QUERY = 'company%207';

export interface ServerPlan {
  readonly name: string;
  readonly store: StoreName;
  readonly description: string;
  readonly env: Readonly<Record<string, string>>;
  readonly redis?: boolean;
  /** Stored in PostgreSQL (DATABASE_URL, schema {@link PG_SCHEMA}) rather than a SQLite file. */
  readonly postgres?: boolean;
  /** Measured through real nginx (deploy/nginx-forward-auth.conf) in front of a tiny upstream: bench/forward-proxy.ts. */
  readonly front?: 'nginx';
  /** Not Keyward: a reference server of bench/reference-server.ts (no `a` baseline of its own). */
  readonly reference?: ReferenceMode;
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
  /**
   * Connections, when not the run's (50): the search scenarios use 1, so that p50 is the latency of one
   * search rather than of a queue of 50.
   */
  readonly connections?: number;
  /** Request headers besides the key (forward-auth: the original method, URI and host). */
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * Sends `If-None-Match` with the ETag the server gave this request once before the run; a server that
   * sends no ETag leaves the scenario unmeasured, reported as "n/a (no ETag)".
   */
  readonly conditional?: boolean;
}

/** The bare Fastify reference: its scenario, which every run includes, is what "÷ bare Fastify" divides by. */
export const BARE = { server: 'R0', id: 'r0' } as const;

export const SERVERS: readonly ServerPlan[] = [
  { name: 'R0', store: 'small', description: 'reference: bare Fastify, one route (bench/reference-server.ts)', env: {}, reference: 'bare' },
  { name: 'R1', store: 'small', description: 'reference: hand-written key check on Fastify (bench/reference-server.ts)', env: {}, reference: 'keycheck' },
  { name: 'S1', store: 'small', description: '1,000 keys, in-memory limiter, default limits', env: {} },
  { name: 'W1', store: 'small', description: 'S1 at LOG_LEVEL=warn (no request log)', env: { LOG_LEVEL: 'warn' } },
  { name: 'S2', store: 'small', description: `1,000 keys, FAILED_AUTH_PER_MINUTE=${UNLIMITED}`, env: { FAILED_AUTH_PER_MINUTE: String(UNLIMITED) } },
  { name: 'S3', store: 'small', description: '1,000 keys, default failed-auth limit (30/min per IP)', env: {} },
  { name: 'S4', store: 'large', description: '1,000,000 keys, in-memory limiter', env: {} },
  { name: 'S5', store: 'medium', description: '25,000 keys, limiter in Redis (REDIS_URL)', env: {}, redis: true },
  { name: 'S6', store: 'contacts10k', description: '10,000 contacts in one workspace', env: {} },
  { name: 'S7', store: 'contacts1m', description: '1,000,000 contacts in one workspace', env: {} },
  {
    name: 'N1',
    store: 'small',
    description: 'nginx (deploy/nginx-forward-auth.conf, one worker) → Keyward (1,000 keys) → a tiny upstream',
    env: {},
    front: 'nginx',
  },
  { name: 'P1', store: 'pg', description: 'PostgreSQL, 25,000 keys, in-memory limiter', env: {}, postgres: true },
  { name: 'P2', store: 'pg', description: 'PostgreSQL, 25,000 keys, limiter in Redis', env: {}, postgres: true, redis: true },
];

/** A scenario row: one request shape against one server, answered `expect` (200 unless said). */
const row = (id: string, server: string, description: string, path: string, key?: KeyChoice, expect = 200): Scenario => ({
  id,
  server,
  description,
  path,
  key,
  expect,
});

/** Every server's own `/healthz` baseline `a`, measured in the same rounds as its scenarios. */
const baseline = (server: string): Scenario => row('a', server, 'baseline', '/healthz');

/** A contact search on one connection (the matches it finds, for the description). */
const search = (id: string, server: string, query: string, matches: string): Scenario => ({
  id,
  server,
  description: `search, ${matches} (q=${decodeURIComponent(query)}), 1 connection`,
  path: `/api/contacts?q=${query}&limit=25`,
  key: 'hot',
  expect: 200,
  connections: 1,
});

export const SCENARIOS: readonly Scenario[] = [
  row(BARE.id, BARE.server, 'bare Fastify: GET / → {"ok":true}, no logger, no plugins (R0)', '/'),
  row('r1', 'R1', 'hand-written key check on Fastify: sha256 → Map → two token buckets → scope (R1)', '/api/me', 'hot'),
  row('a', 'S1', 'GET /healthz, no auth (baseline)', '/healthz'),
  row('b', 'S1', 'GET /api/me, valid key', '/api/me', 'hot'),
  row('c', 'S1', 'GET /api/contacts/{id}', '/api/contacts/{contact}', 'hot'),
  row('d', 'S1', 'GET /api/contacts?limit=25', '/api/contacts?limit=25', 'hot'),
  { ...row('dm', 'S1', '(d) with a matching If-None-Match (304)', '/api/contacts?limit=25', 'hot', 304), conditional: true },
  row('g', 'S1', 'one key far over its limit (429)', '/api/me', 'overLimit', 429),
  {
    id: 'fw',
    server: 'S1',
    description: 'forward-auth decision: /auth/forward as Caddy or Traefik ask it (GET /v1/orders/42, a rule needing contacts:read)',
    path: '/auth/forward',
    key: 'hot',
    headers: { 'x-forwarded-method': 'GET', 'x-forwarded-uri': '/v1/orders/42', 'x-forwarded-host': 'api.bench.test' },
    expect: 200,
  },
  row('bu', 'S1', '(b) with usage counting and an IP allowlist of 10 CIDRs on the key', '/api/me', 'allowlisted'),
  baseline('W1'),
  row('bw', 'W1', '(b) at LOG_LEVEL=warn', '/api/me', 'hot'),
  baseline('S2'),
  row('e', 'S2', 'malformed keys (bad checksum), failed-auth limit raised', '/api/me', 'malformed', 401),
  row('f', 'S2', 'well-formed unknown keys, failed-auth limit raised', '/api/me', 'unknown', 401),
  baseline('S3'),
  row('f2', 'S3', 'unknown keys, default failed-auth limit (cut off: 429)', '/api/me', 'unknown', 429),
  baseline('S4'),
  row('h', 'S4', '(b) with 1,000,000 keys in the store', '/api/me', 'hot'),
  row('hs', 'S4', '(h), but each request presents the next of 5,000 keys (default limits)', '/api/me', 'rotate'),
  baseline('S5'),
  row('ib', 'S5', '(b) with the limiter in Redis: as (hs), 5,000 keys in turn', '/api/me', 'rotate'),
  row('ig', 'S5', '(g) with the limiter in Redis', '/api/me', 'overLimit', 429),
  baseline('S6'),
  row('d10k', 'S6', '(d) in a workspace of 10,000 contacts', '/api/contacts?limit=25', 'hot'),
  search('s10k', 'S6', RARE_QUERY, 'one match in 10,000'),
  search('sc10k', 'S6', COMMON_QUERY, '200 matches in 10,000'),
  baseline('S7'),
  row('d1m', 'S7', '(d) in a workspace of 1,000,000 contacts', '/api/contacts?limit=25', 'hot'),
  search('s1m', 'S7', RARE_QUERY, 'one match in 1,000,000'),
  baseline('P1'),
  row('pb', 'P1', '(b) on PostgreSQL', '/api/me', 'hot'),
  row('pc', 'P1', '(c) on PostgreSQL', '/api/contacts/{contact}', 'hot'),
  row('pd', 'P1', '(d) on PostgreSQL', '/api/contacts?limit=25', 'hot'),
  row('ps', 'P1', `search on PostgreSQL, 20 matches in 1,000 (q=${decodeURIComponent(COMMON_QUERY)})`, `/api/contacts?q=${COMMON_QUERY}&limit=25`, 'hot'),
  row('phs', 'P1', '(pb), each request presenting the next of 5,000 keys', '/api/me', 'rotate'),
  baseline('P2'),
  row('rb', 'P2', '(b) on PostgreSQL + Redis', '/api/me', 'hot'),
  row('rc', 'P2', '(c) on PostgreSQL + Redis', '/api/contacts/{contact}', 'hot'),
  row('rd', 'P2', '(d) on PostgreSQL + Redis', '/api/contacts?limit=25', 'hot'),
  row('rs', 'P2', '(ps) on PostgreSQL + Redis', `/api/contacts?q=${COMMON_QUERY}&limit=25`, 'hot'),
  row('rib', 'P2', '(ib) on PostgreSQL: 5,000 keys in turn, limiter in Redis', '/api/me', 'rotate'),
  search('sc1m', 'S7', COMMON_QUERY, '20,000 matches in 1,000,000'),
  row('a', 'N1', 'nginx → upstream, no key asked (baseline of N1)', '/plain/orders/42'),
  row('nf', 'N1', 'nginx → Keyward (auth_request) → upstream, GET /v1/orders/42 with a key', '/v1/orders/42', 'hot'),
];

/**
 * The servers and scenarios `--only` selects (server names or scenario ids; empty: all) among those the
 * environment allows (Redis, PostgreSQL). A server's baseline `a` and the bare Fastify reference (R0,
 * what "÷ bare Fastify" divides by) always come along.
 */
export function selectScenarios(only: readonly string[], have: { redis: boolean; postgres: boolean }): { servers: ServerPlan[]; scenarios: Scenario[] } {
  const servers = SERVERS.filter((s) => (!s.redis || have.redis) && (!s.postgres || have.postgres));
  const isBare = (sc: Scenario) => sc.id === BARE.id && sc.server === BARE.server;
  const wanted = (sc: Scenario) => only.length === 0 || only.includes(sc.server) || only.includes(sc.id) || isBare(sc);
  const picked = SCENARIOS.filter((sc) => servers.some((s) => s.name === sc.server) && wanted(sc) && sc.id !== 'a');
  const used = servers.filter((s) => picked.some((sc) => sc.server === s.name));
  const scenarios = SCENARIOS.filter((sc) => used.some((s) => s.name === sc.server) && (sc.id === 'a' || picked.includes(sc)));
  return { servers: used, scenarios };
}

/** The key a scenario presents, resolved against its server's store. */
export function headersFor(sc: Scenario, store: SeededStore): { headers: Record<string, string>; rotateKeys?: readonly string[] } {
  const { headers, rotateKeys } = keyHeadersFor(sc, store);
  return { headers: { ...sc.headers, ...headers }, rotateKeys };
}

function keyHeadersFor(sc: Scenario, store: SeededStore): { headers: Record<string, string>; rotateKeys?: readonly string[] } {
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
  /** Median over rounds of (this scenario's req/s ÷ its server's `a` req/s in the same round); NaN without an `a`. */
  readonly rpsRatio: number;
  /** Smallest and largest of the per-round req/s ratios: how much the machine moved. */
  readonly rpsRatioRange: readonly [number, number];
  /** Median over rounds of (req/s ÷ the bare Fastify reference's req/s in the same round); NaN when it did not run. */
  readonly bareRatio: number;
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
  /** Undefined when the scenario did not run, or could not (`measured` then says why, e.g. "n/a (no ETag)"). */
  readonly met: boolean | undefined;
}

/** Scenarios that were selected but could not be measured, by id, with the reason (e.g. "no ETag"). */
export type Unmeasured = ReadonlyMap<string, string>;

const fmt = (x: number) => x.toFixed(2);

/**
 * The performance targets, evaluated on the summaries: throughput as a ratio to the bare Fastify route of
 * the same rounds, latency in ms, and a few relations between scenarios of one server. `met` is undefined
 * when a scenario did not run or could not be measured.
 */
export function checkTargets(summaries: readonly Summary[], unmeasured: Unmeasured = new Map()): TargetCheck[] {
  const s = (id: string, server?: string) => summaries.find((x) => x.id === id && (server === undefined || x.server === server));
  const absent = (id: string) => (unmeasured.has(id) ? `n/a (${unmeasured.get(id)})` : 'not run');
  const bareAtLeast = (id: string, min: number, label: string, server?: string): TargetCheck => {
    const x = s(id, server);
    const ok = x !== undefined && Number.isFinite(x.bareRatio);
    return {
      target: `${label} ≥ ${fmt(min)} × bare Fastify req/s`,
      measured: ok ? `${fmt(x.bareRatio)} ×` : absent(id),
      met: ok ? x.bareRatio >= min : undefined,
    };
  };
  const b = s('b');
  const g = s('g');
  const f2 = s('f2');
  const h = s('h');
  const bu = s('bu');
  const s1m = s('s1m');
  const s10k = s('s10k');
  const sc1m = s('sc1m');
  const fw = s('fw');
  const dm = bareAtLeast('dm', 0.6, '(dm) (d) with a matching If-None-Match (304)');
  const dmShare = s('dm')?.expectedShare;
  return [
    bareAtLeast('bw', 0.75, '(bw) GET /api/me at LOG_LEVEL=warn'),
    bareAtLeast('b', 0.65, '(b) GET /api/me at LOG_LEVEL=info (the default)'),
    bareAtLeast('a', 0.85, '(a) Keyward GET /healthz (S1)', 'S1'),
    bareAtLeast('d', 0.25, '(d) list of 25'),
    dmShare === undefined || dmShare >= 0.99 ? dm : { ...dm, measured: `${dm.measured}, but ${(dmShare * 100).toFixed(1)} % 304`, met: false },
    {
      target: '(sc1m) search, 20,000 matches in 1,000,000: p50 ≤ 3 ms on one connection',
      measured: sc1m ? `${sc1m.p50Ms.toFixed(2)} ms` : 'not run',
      met: sc1m ? sc1m.p50Ms <= 3 : undefined,
    },
    bareAtLeast('pd', 0.12, '(pd) (d) on PostgreSQL'),
    bareAtLeast('rib', 0.28, '(rib) (b) on PostgreSQL + Redis, keys in rotation'),
    bareAtLeast('ib', 0.28, '(ib) (b) with the limiter in Redis, keys in rotation'),
    { target: 'p99 of (b) ≤ 2 × p99 of (a)', measured: b ? `${fmt(b.p99Ratio)} ×` : 'not run', met: b ? b.p99Ratio <= 2 : undefined },
    {
      target: '(f2) default limit: flood from one IP cut off (≥ 99 % 429) and costs no more than (g)',
      measured: f2 && g ? `${(f2.expectedShare * 100).toFixed(2)} % 429; ${fmt(f2.rpsRatio)} vs (g) ${fmt(g.rpsRatio)}` : 'not run',
      met: f2 && g ? f2.expectedShare >= 0.99 && f2.rpsRatio >= g.rpsRatio : undefined,
    },
    {
      target: '(h) within 10 % of (b)',
      measured: h && b ? `${fmt(h.rpsRatio)} vs ${fmt(b.rpsRatio)} (${((h.rpsRatio / b.rpsRatio - 1) * 100).toFixed(1)} %)` : 'not run',
      met: h && b ? Math.abs(h.rpsRatio / b.rpsRatio - 1) <= 0.1 : undefined,
    },
    {
      target: '(bu) usage counting + 10-CIDR allowlist within 5 % of (b)',
      measured: bu && b ? `${fmt(bu.rpsRatio)} vs ${fmt(b.rpsRatio)} (${((bu.rpsRatio / b.rpsRatio - 1) * 100).toFixed(1)} %)` : 'not run',
      met: bu && b ? bu.rpsRatio >= b.rpsRatio * 0.95 : undefined,
    },
    {
      target: '(fw) forward-auth decision ≥ 0.90 × (b) req/s',
      measured: fw && b ? `${fmt(fw.rpsRatio)} vs ${fmt(b.rpsRatio)} (${fmt(fw.rpsRatio / b.rpsRatio)} ×)` : 'not run',
      met: fw && b ? fw.rpsRatio >= 0.9 * b.rpsRatio : undefined,
    },
    {
      target: '(s1m) search over 1,000,000 contacts: p50 ≤ 10 ms, and ≤ 2 × p50 of (s10k)',
      measured: s1m && s10k ? `${s1m.p50Ms.toFixed(2)} ms vs ${s10k.p50Ms.toFixed(2)} ms (${fmt(s1m.p50Ms / s10k.p50Ms)} ×)` : 'not run',
      met: s1m && s10k ? s1m.p50Ms <= 10 && s1m.p50Ms <= 2 * s10k.p50Ms : undefined,
    },
  ];
}

/**
 * A conditional scenario's request headers (dm): the request is asked once for the ETag it then sends in
 * If-None-Match. Undefined when the server sent no ETag (the scenario is then "n/a (no ETag)").
 */
export async function withCurrentTag(url: string, headers: Readonly<Record<string, string>> | undefined): Promise<Record<string, string> | undefined> {
  const res = await fetch(url, { headers });
  await res.arrayBuffer();
  const etag = res.headers.get('etag');
  return etag ? { ...headers, 'if-none-match': etag } : undefined;
}
