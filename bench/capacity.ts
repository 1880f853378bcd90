/**
 * The capacity model's inputs, measured (docs/capacity.md): `npm run bench:capacity` or
 * `npm run bench -- --only=cap`, with DATABASE_URL and REDIS_URL set.
 *
 * One Keyward instance on PostgreSQL + Redis (the P2 plan: the bench's `keyward_bench` schema, seeded as
 * for P1/P2, the limiter in Redis) answers `GET /api/me` and `GET /api/contacts?limit=25`, each request
 * presenting the next of 5,000 keys (the limiter's normal state: no key near its limit), after a warm-up
 * that presents every key at least twice (so the key cache holds them all). Around each measured run it
 * reads, per API request:
 *
 *   - instance CPU µs: the server process's user + system time (/proc) ÷ requests;
 *   - Redis commands and Redis server CPU µs: `INFO commandstats` and `INFO cpu` before and after. They
 *     count the whole Redis server, the commands a Lua script calls included: what other clients did in
 *     an idle window of the same server just before the run (its rate × the run's length) is subtracted;
 *     the script calls (EVALSHA/EVAL) are the round trips;
 *   - PostgreSQL statements: the instance's own counter (`keyward_storage_queries_total` of /metrics);
 *   - PostgreSQL rows read and written: `pg_stat_user_tables` of the bench schema (nobody else's tables);
 *   - PostgreSQL CPU µs: user + system time of the instance's own backends (/proc of the processes
 *     `pg_stat_activity` lists under this run's application_name), when the database runs on this machine.
 *
 * From those it derives the requests/s one Redis core and one PostgreSQL core sustain, the instances
 * (each about one core) each one serves before it saturates, which saturates first, and what to shard then.
 * Options: --duration=10 (BENCH_DURATION), --warmup=3 (BENCH_WARMUP), --connections=16 (BENCH_CONNECTIONS:
 * fewer than the load bench's 50, since the costs per request hardly depend on it and a long queue delays
 * Redis replies past the limiter's timeout on a busy machine), --pg-cores=4 (BENCH_PG_CORES, for the model).
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Redis } from 'ioredis';
import pg from 'pg';
import { LoadGenerator } from './load.js';
import { PG_SCHEMA, ROTATED_KEYS, SERVERS, STORE_SIZES } from './scenarios.js';
import { seedPostgresStore } from './seed-pg.js';
import { REPO_ROOT, cpuSecondsOf, expectRedisBackend, limiterOnRedis, startServer } from './server.js';

export interface CapacityOptions {
  readonly databaseUrl: string;
  readonly redisUrl: string;
  readonly durationS: number;
  readonly warmupS: number;
  readonly connections: number;
  readonly dataDir: string;
  readonly log: (line: string) => void;
}

/** What one request shape cost, per API request, over one measured run. */
export interface CapacityInputs {
  readonly label: string;
  readonly requests: number;
  readonly rps: number;
  /** Share of answers that were 200 (a 429 would mean a key reached its limit: not the normal state). */
  readonly okShare: number;
  readonly instanceCpuUs: number;
  readonly redisCommands: number;
  /** EVALSHA and EVAL: the round trips (the other commands are mostly what the scripts call). */
  readonly redisScriptCalls: number;
  readonly redisCommandsByName: Readonly<Record<string, number>>;
  readonly redisCpuUs: number;
  /** What the rest of Redis's clients did in the idle window before the run, per second (subtracted above). */
  readonly redisBackground: { readonly commandsPerS: number; readonly cpuShare: number };
  readonly pgStatements: number;
  readonly pgRowsRead: number;
  readonly pgRowsWritten: number;
  /** NaN when the database's processes are not visible here (another machine). */
  readonly pgCpuUs: number;
  /**
   * Times the limiter left Redis for memory during the run, or 1 if it was not back on Redis when the run
   * began (a Redis call slower than the client's timeout, e.g. on an overloaded machine): more than 0 and
   * the Redis figures undercount (and the key cache, which needs Redis to confirm it, is bypassed).
   */
  readonly limiterFallbacks: number;
}

const SHAPES = [
  { label: 'GET /api/me', path: '/api/me' },
  { label: 'GET /api/contacts?limit=25', path: '/api/contacts?limit=25' },
] as const;

const APP_NAME = `keyward-capacity-${process.pid}`;
const REDIS_PREFIX = 'kw-capacity:';

/** Redis's counters: calls per command (without the INFO this bench asks) and CPU seconds. */
async function redisCounters(redis: Redis): Promise<{ calls: Map<string, number>; cpuS: number }> {
  const stats = await redis.info('commandstats');
  const calls = new Map<string, number>();
  for (const m of stats.matchAll(/^cmdstat_([^:]+):calls=(\d+)/gm)) if (m[1] !== 'info') calls.set(m[1], Number(m[2]));
  const cpu = await redis.info('cpu');
  const field = (name: string) => Number(new RegExp(`^${name}:([\\d.]+)`, 'm').exec(cpu)?.[1] ?? Number.NaN);
  return { calls, cpuS: field('used_cpu_sys') + field('used_cpu_user') };
}

type RedisCounters = Awaited<ReturnType<typeof redisCounters>>;

/** Per-command calls and CPU seconds from `a` to `b`, less `background` (per second) × `seconds`. */
function redisDelta(a: RedisCounters, b: RedisCounters, background?: RedisCounters, seconds = 0): RedisCounters {
  const calls = new Map<string, number>();
  for (const [name, n] of b.calls) {
    const d = n - (a.calls.get(name) ?? 0) - (background?.calls.get(name) ?? 0) * seconds;
    if (d > 0) calls.set(name, d);
  }
  return { calls, cpuS: b.cpuS - a.cpuS - (background?.cpuS ?? 0) * seconds };
}

/** What Redis did without this bench's load over `ms`, per second. */
async function redisBackground(redis: Redis, ms: number): Promise<RedisCounters> {
  const a = await redisCounters(redis);
  await new Promise((r) => setTimeout(r, ms));
  const d = redisDelta(a, await redisCounters(redis));
  return { calls: new Map([...d.calls].map(([k, v]) => [k, (v * 1000) / ms])), cpuS: (d.cpuS * 1000) / ms };
}

/** Rows read (sequential + index fetches) and written in the bench schema's tables. */
async function pgRows(db: pg.Client): Promise<{ read: number; written: number }> {
  // Statistics are a snapshot per transaction: clear it, so each reading is current.
  await db.query('select pg_stat_clear_snapshot()');
  const { rows } = await db.query<{ read: string; written: string }>(
    `select coalesce(sum(coalesce(seq_tup_read, 0) + coalesce(idx_tup_fetch, 0)), 0) as read,
            coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0) as written
       from pg_stat_user_tables where schemaname = $1`,
    [PG_SCHEMA],
  );
  return { read: Number(rows[0].read), written: Number(rows[0].written) };
}

/** CPU seconds of the instance's PostgreSQL backends, tracked per process while the run goes on. */
class BackendCpu {
  private readonly first = new Map<number, number>();
  private readonly last = new Map<number, number>();
  constructor(private readonly db: pg.Client) {}

  /** Records every backend of the instance; one that appears after `start` began at 0 (it is new). */
  async sample(started: boolean): Promise<void> {
    const { rows } = await this.db.query<{ pid: number }>('select pid from pg_stat_activity where application_name = $1', [APP_NAME]);
    for (const { pid } of rows) {
      const s = cpuSecondsOf(pid);
      if (!this.first.has(pid)) this.first.set(pid, started ? 0 : s);
      this.last.set(pid, s);
    }
  }

  seconds(): number {
    let total = 0;
    for (const [pid, end] of this.last) total += end - (this.first.get(pid) ?? 0);
    return total;
  }
}

async function metric(url: string, name: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  return Number(new RegExp(`^${name} (\\d+)`, 'm').exec(text)?.[1] ?? Number.NaN);
}

/** Measures every request shape on one fresh instance (P2's plan) and returns its inputs. */
export async function measureCapacity(opts: CapacityOptions): Promise<CapacityInputs[]> {
  const plan = SERVERS.find((s) => s.name === 'P2')!;
  const store = await seedPostgresStore({
    databaseUrl: opts.databaseUrl,
    schema: PG_SCHEMA,
    dataDir: join(opts.dataDir, plan.store),
    ...STORE_SIZES[plan.store],
    log: opts.log,
  });
  const url = new URL(store.databaseUrl);
  url.searchParams.set('application_name', APP_NAME);
  // Redis keys of its own: no other deployment on this Redis moves its auth-state version (emptying its key cache).
  const env = { ...plan.env, REDIS_URL: opts.redisUrl, REDIS_KEY_PREFIX: REDIS_PREFIX, DATABASE_URL: url.toString() };
  const server = await startServer({ name: 'CAP', dataDir: store.dataDir, env });
  const redis = new Redis(opts.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  const db = new pg.Client({ connectionString: opts.databaseUrl });
  const load = new LoadGenerator();
  const out: CapacityInputs[] = [];
  try {
    await expectRedisBackend(server);
    await redis.connect();
    await db.connect();
    opts.log(`capacity: instance pid ${server.pid} at ${server.url} (PostgreSQL schema ${PG_SCHEMA}, limiter in Redis), ${opts.durationS} s per request shape`);
    for (const shape of SHAPES) {
      const job = { url: server.url + shape.path, connections: opts.connections, headers: {}, rotateKeys: store.spreadKeys.slice(0, ROTATED_KEYS) };
      // Every key presented twice at least: the key cache holds them all, as in a steady state.
      for (let sent = 0, first = true; first || sent < 2 * ROTATED_KEYS; first = false) {
        sent += (await load.run({ ...job, durationS: Math.max(1, opts.warmupS) })).requests;
      }
      // Backends flush their table statistics when idle, at most once a second: let the warm-up's land,
      // and meanwhile see what Redis does for its other clients.
      const background = await redisBackground(redis, 2000);
      // A fallback during the warm-up (a Redis call slower than the client's timeout) must be over.
      const onRedis = await limiterOnRedis(server.url, 60, 500);
      const backends = new BackendCpu(db);
      await backends.sample(false);
      const before = {
        cpu: server.cpuSeconds(),
        redis: await redisCounters(redis),
        statements: await metric(server.url, 'keyward_storage_queries_total'),
        fallbacks: await metric(server.url, 'keyward_rate_limiter_fallbacks_total'),
        rows: await pgRows(db),
      };
      const sampler = setInterval(() => void backends.sample(true).catch(() => {}), 250);
      const r = await load.run({ ...job, durationS: opts.durationS });
      clearInterval(sampler);
      await backends.sample(true);
      const cpu = server.cpuSeconds();
      const redisAfter = await redisCounters(redis);
      const statements = await metric(server.url, 'keyward_storage_queries_total');
      const fallbacks = await metric(server.url, 'keyward_rate_limiter_fallbacks_total');
      await new Promise((res) => setTimeout(res, 1500));
      const rows = await pgRows(db);
      const per = (x: number) => x / r.requests;
      const redisUsed = redisDelta(before.redis, redisAfter, background, r.seconds);
      const byName = Object.fromEntries([...redisUsed.calls].map(([name, n]) => [name, per(n)]));
      const inputs: CapacityInputs = {
        label: shape.label,
        requests: r.requests,
        rps: r.rps,
        okShare: (r.statuses['200'] ?? 0) / r.requests,
        instanceCpuUs: per((cpu - before.cpu) * 1e6),
        redisCommands: Object.values(byName).reduce((a, b) => a + b, 0),
        redisScriptCalls: (byName.evalsha ?? 0) + (byName.eval ?? 0),
        redisCommandsByName: byName,
        redisCpuUs: per(redisUsed.cpuS * 1e6),
        redisBackground: { commandsPerS: [...background.calls.values()].reduce((a, b) => a + b, 0), cpuShare: background.cpuS },
        pgStatements: per(statements - before.statements),
        pgRowsRead: per(rows.read - before.rows.read),
        pgRowsWritten: per(rows.written - before.rows.written),
        pgCpuUs: per(backends.seconds() * 1e6),
        limiterFallbacks: fallbacks - before.fallbacks + (onRedis ? 0 : 1),
      };
      out.push(inputs);
      const left = inputs.limiterFallbacks > 0 ? `; the limiter left Redis ${inputs.limiterFallbacks} time(s): its Redis figures undercount` : '';
      opts.log(`  ${shape.label}: ${Math.round(r.rps)} req/s, ${(inputs.okShare * 100).toFixed(1)} % 200${left}`);
    }
  } finally {
    load.close();
    redis.disconnect();
    await db.end().catch(() => {});
    await server.stop();
  }
  return out;
}

const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : 'n/a');
const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : 'n/a');
const int = (x: number) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en-US') : 'n/a');

/** The measured inputs, one column per request shape. */
export function inputsTable(inputs: readonly CapacityInputs[]): string {
  const row = (name: string, f: (i: CapacityInputs) => string) => `| ${name} | ${inputs.map(f).join(' | ')} |`;
  return [
    `| per API request | ${inputs.map((i) => i.label).join(' | ')} |`,
    `|---|${'---:|'.repeat(inputs.length)}`,
    row('instance CPU µs', (i) => f1(i.instanceCpuUs)),
    row('Redis round trips (EVALSHA/EVAL)', (i) => f2(i.redisScriptCalls)),
    row('Redis commands, those scripts call included', (i) => {
      const byName = Object.entries(i.redisCommandsByName).sort((a, b) => b[1] - a[1]);
      return `${f2(i.redisCommands)} (${byName.map(([k, v]) => `${k} ${f2(v)}`).join(', ')})`;
    }),
    row('Redis server CPU µs', (i) => f1(i.redisCpuUs)),
    row('PostgreSQL statements', (i) => f2(i.pgStatements)),
    row('PostgreSQL rows read', (i) => f2(i.pgRowsRead)),
    row('PostgreSQL rows written', (i) => f2(i.pgRowsWritten)),
    row('PostgreSQL backend CPU µs', (i) => f1(i.pgCpuUs)),
    row('(limiter fell back to memory during the run)', (i) => (i.limiterFallbacks > 0 ? `**${i.limiterFallbacks} time(s): Redis figures invalid**` : 'no')),
    row('(req/s of the one instance, % 200)', (i) => `${int(i.rps)}, ${(i.okShare * 100).toFixed(1)} %`),
    row('(Redis background subtracted: commands/s, CPU)', (i) => `${int(i.redisBackground.commandsPerS)}, ${(i.redisBackground.cpuShare * 100).toFixed(1)} %`),
  ].join('\n');
}

/** The instances one Redis core and one PostgreSQL core serve, and which runs out first. */
export interface CapacityModel {
  readonly label: string;
  /** Requests/s one instance core sustains (1e6 ÷ instance CPU µs). */
  readonly instanceRps: number;
  readonly redisCoreRps: number;
  readonly pgCoreRps: number;
  /** Instances (each one core, fully busy) one Redis serves before its one core is full. */
  readonly instancesPerRedis: number;
  /** Instances one PostgreSQL core serves. */
  readonly instancesPerPgCore: number;
}

export function capacityModel(i: CapacityInputs): CapacityModel {
  const instanceRps = 1e6 / i.instanceCpuUs;
  const redisCoreRps = 1e6 / i.redisCpuUs;
  const pgCoreRps = 1e6 / i.pgCpuUs;
  return { label: i.label, instanceRps, redisCoreRps, pgCoreRps, instancesPerRedis: redisCoreRps / instanceRps, instancesPerPgCore: pgCoreRps / instanceRps };
}

/**
 * The model as text: per request shape, what one core of each sustains and, for `pgCores` PostgreSQL
 * cores, which saturates first as instances are added, with what to shard then.
 */
export function modelReport(inputs: readonly CapacityInputs[], pgCores: number): string {
  const lines = [`| model (each instance ~1 core, busy) | ${inputs.map((i) => i.label).join(' | ')} |`, `|---|${'---:|'.repeat(inputs.length)}`];
  const models = inputs.map(capacityModel);
  const row = (name: string, f: (m: CapacityModel) => string) => lines.push(`| ${name} | ${models.map(f).join(' | ')} |`);
  row('req/s one instance core sustains', (m) => int(m.instanceRps));
  row('req/s one Redis core sustains (Redis runs commands on one core)', (m) => int(m.redisCoreRps));
  row('req/s one PostgreSQL core sustains', (m) => int(m.pgCoreRps));
  row('instances one Redis serves', (m) => f1(m.instancesPerRedis));
  row(`instances ${pgCores} PostgreSQL cores serve`, (m) => f1(m.instancesPerPgCore * pgCores));
  for (const n of [1, 4, 16, 64]) {
    row(`N = ${n}: req/s, Redis core busy, PostgreSQL cores busy`, (m) => {
      const rps = n * m.instanceRps;
      return `${int(rps)}, ${((rps / m.redisCoreRps) * 100).toFixed(0)} %, ${f1(rps / m.pgCoreRps)}`;
    });
  }
  const verdicts = models.map((m, i) => {
    if (inputs[i].limiterFallbacks > 0)
      return `- ${m.label}: the limiter left Redis during the run (a slow or overloaded Redis or machine), no verdict: run again.`;
    const redisN = m.instancesPerRedis;
    const pgN = m.instancesPerPgCore * pgCores;
    if (!(redisN > 0 && pgN > 0 && Number.isFinite(redisN) && Number.isFinite(pgN)))
      return `- ${m.label}: a figure is missing or not positive (see the inputs), no verdict.`;
    return redisN <= pgN
      ? `- ${m.label}: **Redis saturates first**, at about ${f1(redisN)} instances (${int(m.redisCoreRps)} req/s); PostgreSQL (${pgCores} cores) would carry ${f1(pgN)}. Then shard the limiter: Redis Cluster with the rate-limit keys hashed by workspace (a \`{workspace}\` hash tag in the key prefix), so each shard holds whole workspaces.`
      : `- ${m.label}: **PostgreSQL saturates first**, at about ${f1(pgN)} instances (${int(m.pgCoreRps * pgCores)} req/s on ${pgCores} cores); Redis would carry ${f1(redisN)}. Then add read replicas for the reads (key lookups on a cache miss, lists), or more cores; writes (last-used batches, audit) stay on the primary.`;
  });
  return [...lines, '', ...verdicts].join('\n');
}

export async function runCapacity(opts: CapacityOptions, pgCores = 4): Promise<void> {
  const started = performance.now();
  const inputs = await measureCapacity(opts);
  opts.log(
    `\nMeasured inputs (one instance, -c ${opts.connections}, ${opts.durationS} s per shape, ${ROTATED_KEYS.toLocaleString('en-US')} keys in turn):\n\n${inputsTable(inputs)}`,
  );
  opts.log(`\nDerived model (PostgreSQL with ${pgCores} cores; --pg-cores=N to change):\n\n${modelReport(inputs, pgCores)}`);
  opts.log(`\ncapacity: ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

/** Options from flags and the environment (as bench/run.ts reads them). */
export function capacityOptions(argv: readonly string[], env: NodeJS.ProcessEnv): CapacityOptions & { pgCores: number } {
  const flag = (name: string, envName: string, fallback: number) => {
    const raw = argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? env[envName];
    const n = raw === undefined || raw === '' ? fallback : Number(raw);
    if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a non-negative number`);
    return n;
  };
  if (!env.DATABASE_URL || !env.REDIS_URL) throw new Error('the capacity model needs DATABASE_URL and REDIS_URL (PostgreSQL + Redis)');
  return {
    databaseUrl: env.DATABASE_URL,
    redisUrl: env.REDIS_URL,
    durationS: Math.max(1, flag('duration', 'BENCH_DURATION', 10)),
    warmupS: flag('warmup', 'BENCH_WARMUP', 3),
    connections: Math.max(1, Math.round(flag('connections', 'BENCH_CONNECTIONS', 16))),
    pgCores: Math.max(1, Math.round(flag('pg-cores', 'BENCH_PG_CORES', 4))),
    dataDir: env.BENCH_DATA_DIR || join(REPO_ROOT, 'bench', '.data'),
    log: (line) => process.stdout.write(`${line}\n`),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const opts = capacityOptions(process.argv.slice(2), process.env);
  await runCapacity(opts, opts.pgCores);
}
