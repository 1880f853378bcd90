/**
 * `npm run bench`: load benchmark of the API-key hot path, against the performance targets in bench/scenarios.ts.
 *
 * Seeds two SQLite stores (1,000 and 1,000,000 keys), starts real server processes on 127.0.0.1, and drives
 * them with autocannon from a separate load-generator process: fixed connections, a warm-up, several runs
 * per scenario, variants interleaved round by round, medians, and every scenario as a ratio to the
 * `/healthz` baseline of its own server and to a bare Fastify route (bench/reference-server.ts, R0) in the
 * same round. Servers run at LOG_LEVEL=info (the default) unless a server's plan says otherwise (W1: warn).
 * See docs/benchmarks.md. `--only=cap` runs the capacity model instead (bench/capacity.ts).
 *
 * Options (flag or environment variable): --duration=5 (BENCH_DURATION, seconds per run), --warmup=2
 * (BENCH_WARMUP, seconds before the first run of each scenario), --rewarm=0 (BENCH_REWARM, before later
 * runs), --runs=3 (BENCH_RUNS), --connections=50 (BENCH_CONNECTIONS), --only=S1,S4 or --only=b,h
 * (BENCH_ONLY), --large-keys=1000000 (BENCH_LARGE_KEYS), --reseed (BENCH_RESEED=1), --no-write
 * (BENCH_WRITE=0: leave RESULTS.md alone). The Redis scenarios run when REDIS_URL is set, the PostgreSQL
 * ones (P1, P2) when DATABASE_URL is set: they seed and reuse a schema of their own (`keyward_bench`) there.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LoadGenerator } from './load.js';
import { type Measurement, codeVersion, generatedBlock, resultsTable, summarise, targetsTable, writeResults } from './report.js';
import {
  PG_SCHEMA,
  SCENARIOS,
  SERVERS,
  STORE_SIZES,
  type Scenario,
  headersFor,
  type ServerPlan,
  type StoreName,
  checkTargets,
  selectScenarios,
  withCurrentTag,
} from './scenarios.js';
import { type SeededStore, ensureBenchProtectedApi, seedStore } from './seed.js';
import { startNginxFront } from './forward-proxy.js';
import { seedPostgresStore } from './seed-pg.js';
import { REPO_ROOT, type RunningServer, expectRedisBackend, startReferenceServer, startServer } from './server.js';

interface Options {
  durationS: number;
  warmupS: number;
  rewarmS: number;
  runs: number;
  connections: number;
  only: string[];
  largeKeys: number;
  reseed: boolean;
  write: boolean;
  redisUrl: string | undefined;
  databaseUrl: string | undefined;
  dataDir: string;
}

function options(argv: readonly string[], env: NodeJS.ProcessEnv): Options {
  const flag = (name: string, envName: string): string | undefined => {
    const hit = argv.find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
    return hit ? (hit.split('=')[1] ?? '1') : env[envName];
  };
  const num = (name: string, envName: string, fallback: number) => {
    const raw = flag(name, envName);
    const n = raw === undefined || raw === '' ? fallback : Number(raw);
    if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a non-negative number`);
    return n;
  };
  return {
    durationS: Math.max(1, num('duration', 'BENCH_DURATION', 5)),
    warmupS: num('warmup', 'BENCH_WARMUP', 2),
    rewarmS: num('rewarm', 'BENCH_REWARM', 0),
    runs: Math.max(1, Math.round(num('runs', 'BENCH_RUNS', 3))),
    connections: Math.max(1, Math.round(num('connections', 'BENCH_CONNECTIONS', 50))),
    only: (flag('only', 'BENCH_ONLY') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    largeKeys: Math.max(1000, Math.round(num('large-keys', 'BENCH_LARGE_KEYS', 1_000_000))),
    reseed: argv.includes('--reseed') || env.BENCH_RESEED === '1',
    write: !argv.includes('--no-write') && env.BENCH_WRITE !== '0',
    redisUrl: env.REDIS_URL || undefined,
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.BENCH_DATA_DIR || join(REPO_ROOT, 'bench', '.data'),
  };
}

const log = (line: string) => process.stdout.write(`${line}\n`);

async function seedAll(opts: Options, needed: ReadonlySet<StoreName>): Promise<Map<StoreName, SeededStore>> {
  const stores = new Map<StoreName, SeededStore>();
  const sizes = { ...STORE_SIZES, large: { ...STORE_SIZES.large, keyCount: opts.largeKeys } };
  for (const name of needed) {
    const dataDir = join(opts.dataDir, name);
    if (name === 'pg') {
      if (!opts.databaseUrl) throw new Error('the PostgreSQL scenarios need DATABASE_URL');
      stores.set(name, await seedPostgresStore({ databaseUrl: opts.databaseUrl, schema: PG_SCHEMA, dataDir, ...sizes[name], fresh: opts.reseed, log }));
    } else stores.set(name, await seedStore({ dataDir, ...sizes[name], fresh: opts.reseed, log }));
    // The forward-auth scenarios (fw, nf) ask about a protected API of the small store's workspace.
    if (name === 'small') await ensureBenchProtectedApi(dataDir);
  }
  return stores;
}

async function startAll(plans: readonly ServerPlan[], stores: ReadonlyMap<StoreName, SeededStore>, opts: Options): Promise<Map<string, RunningServer>> {
  const running = new Map<string, RunningServer>();
  for (const plan of plans) {
    const store = stores.get(plan.store)!;
    const env = {
      ...plan.env,
      ...(plan.redis && opts.redisUrl ? { REDIS_URL: opts.redisUrl } : {}),
      ...(plan.postgres && 'databaseUrl' in store ? { DATABASE_URL: String(store.databaseUrl) } : {}),
    };
    const server = plan.reference
      ? await startReferenceServer({ name: plan.name, dataDir: store.dataDir, mode: plan.reference, key: store.hotKey })
      : await startServer({ name: plan.name, dataDir: store.dataDir, env }).then((keyward) => (plan.front === 'nginx' ? startNginxFront(keyward) : keyward));
    running.set(plan.name, server);
    log(`started ${plan.name} (pid ${server.pid}) at ${server.url}: ${plan.description}`);
    if (plan.redis) await expectRedisBackend(server);
  }
  return running;
}

interface Job {
  scenario: Scenario;
  server: RunningServer;
  url: string;
  headers: Record<string, string>;
  rotateKeys?: readonly string[];
}

/**
 * The jobs to run, and the scenarios that cannot run with why: a conditional scenario (dm) asks its request
 * once for the ETag it then sends in If-None-Match, and a server that sends none leaves it "n/a (no ETag)".
 */
async function jobsFor(
  scenarios: readonly Scenario[],
  servers: ReadonlyMap<string, RunningServer>,
  stores: ReadonlyMap<StoreName, SeededStore>,
): Promise<{ jobs: Job[]; unmeasured: Map<string, string> }> {
  const jobs: Job[] = [];
  const unmeasured = new Map<string, string>();
  for (const sc of scenarios) {
    const plan = SERVERS.find((s) => s.name === sc.server)!;
    const store = stores.get(plan.store)!;
    const server = servers.get(sc.server)!;
    const job: Job = { scenario: sc, server, url: server.url + sc.path.replace('{contact}', store.contactId), ...headersFor(sc, store) };
    if (!sc.conditional) {
      jobs.push(job);
      continue;
    }
    const headers = await withCurrentTag(job.url, job.headers);
    if (headers) jobs.push({ ...job, headers });
    else {
      unmeasured.set(sc.id, 'no ETag');
      log(`${sc.server} ${sc.id}: the server sent no ETag; not measured`);
    }
  }
  return { jobs, unmeasured };
}

/** Round r: servers in rotated order, and each server's scenarios rotated too, so no variant always goes first. */
function roundOrder(jobs: readonly Job[], round: number): Job[] {
  const rotate = <T>(xs: readonly T[], by: number) => xs.map((_, i) => xs[(i + by) % xs.length]);
  const servers = rotate([...new Set(jobs.map((j) => j.scenario.server))], round);
  return servers.flatMap((s) =>
    rotate(
      jobs.filter((j) => j.scenario.server === s),
      round,
    ),
  );
}

function progress(round: number, m: Measurement): string {
  const r = m.result;
  const total = Object.values(r.statuses).reduce((a, b) => a + b, 0) || 1;
  const statuses = Object.entries(r.statuses)
    .map(([k, v]) => `${k}:${((v / total) * 100).toFixed(1)}%`)
    .join(' ');
  const errors = r.errors + r.timeouts > 0 ? `  errors ${r.errors} timeouts ${r.timeouts}` : '';
  return `[round ${round + 1}] ${m.scenario.server} ${m.scenario.id.padEnd(2)} ${Math.round(r.rps).toString().padStart(6)} req/s  p50 ${r.p50Ms.toFixed(2)} ms  p99 ${r.p99Ms.toFixed(2)} ms  server CPU ${m.cpuUsPerRequest.toFixed(0)} µs/req  ${statuses}${errors}`;
}

async function measure(jobs: readonly Job[], load: LoadGenerator, opts: Options): Promise<Measurement[]> {
  const out: Measurement[] = [];
  const warmed = new Set<Job>();
  for (let round = 0; round < opts.runs; round++) {
    for (const job of roundOrder(jobs, round)) {
      const base = { url: job.url, connections: job.scenario.connections ?? opts.connections, headers: job.headers, rotateKeys: job.rotateKeys };
      const warmS = warmed.has(job) ? opts.rewarmS : opts.warmupS;
      if (warmS > 0) await load.run({ ...base, durationS: warmS });
      warmed.add(job);
      const cpuBefore = job.server.cpuSeconds();
      const result = await load.run({ ...base, durationS: opts.durationS });
      const cpuUsPerRequest = ((job.server.cpuSeconds() - cpuBefore) * 1e6) / result.requests;
      const m: Measurement = { scenario: job.scenario, round, result, cpuUsPerRequest };
      out.push(m);
      log(progress(round, m));
    }
  }
  return out;
}

function notesFor(opts: Options, stores: ReadonlyMap<StoreName, SeededStore>): string[] {
  const notes: string[] = [];
  if (!opts.redisUrl) notes.push('REDIS_URL was not set: scenarios (i) and P2 did not run.');
  if (!opts.databaseUrl) notes.push('DATABASE_URL was not set: the PostgreSQL scenarios (P1, P2) did not run.');
  for (const [name, s] of stores)
    if (s.seedSeconds > 0) notes.push(`Seeding the ${name} store (${s.keyCount.toLocaleString('en-US')} keys) took ${s.seedSeconds.toFixed(1)} s.`);
  return notes;
}

async function main(): Promise<void> {
  const all = options(process.argv.slice(2), process.env);
  // `cap` is the capacity model (bench/capacity.ts), run after whatever else --only names.
  const capacity = all.only.includes('cap');
  const opts = { ...all, only: all.only.filter((x) => x !== 'cap') };
  if (capacity && opts.only.length === 0) return runCapacityModel();
  const { servers: plans, scenarios } = selectScenarios(opts.only, { redis: Boolean(opts.redisUrl), postgres: Boolean(opts.databaseUrl) });
  const perJob = opts.durationS * opts.runs + opts.warmupS + opts.rewarmS * (opts.runs - 1);
  log(`${scenarios.length} scenario runs × ${opts.runs} rounds on ${plans.length} servers; about ${Math.round((perJob * scenarios.length) / 60)} min of load`);
  const started = performance.now();
  const code = codeVersion(REPO_ROOT);
  const stores = await seedAll(opts, new Set(plans.map((p) => p.store)));
  const load = new LoadGenerator();
  let servers = new Map<string, RunningServer>();
  let measurements: Measurement[];
  let unmeasured = new Map<string, string>();
  try {
    servers = await startAll(plans, stores, opts);
    const planned = await jobsFor(scenarios, servers, stores);
    unmeasured = planned.unmeasured;
    measurements = await measure(planned.jobs, load, opts);
  } finally {
    load.close();
    for (const s of servers.values()) await s.stop();
  }
  const summaries = summarise(measurements);
  const settings = `-c ${opts.connections}, pipelining 1, ${opts.durationS} s runs, ${opts.warmupS} s warm-up before each scenario's first run${opts.rewarmS ? ` and ${opts.rewarmS} s before later runs` : ''}, ${opts.runs} rounds (medians), variants interleaved; Keyward's servers at LOG_LEVEL=info (the default: the request log on) except W1 (warn); "÷ bare Fastify" is req/s ÷ R0's in the same round`;
  log(`\n${resultsTable(summaries, scenarios, unmeasured)}\n\n${targetsTable(checkTargets(summaries, unmeasured))}`);
  log(`\ntotal ${((performance.now() - started) / 1000).toFixed(0)} s`);
  mkdirSync(opts.dataDir, { recursive: true });
  writeFileSync(join(opts.dataDir, 'latest.json'), JSON.stringify({ opts: { ...opts, redisUrl: Boolean(opts.redisUrl) }, measurements }, null, 1));
  if (opts.write && opts.only.length === 0) {
    const command = `${opts.redisUrl ? 'REDIS_URL=… ' : ''}${opts.databaseUrl ? 'DATABASE_URL=… ' : ''}npm run bench${process.argv.slice(2).length ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
    writeResults(
      join(REPO_ROOT, 'bench', 'RESULTS.md'),
      generatedBlock({ summaries, scenarios, command, code, settings, notes: notesFor(opts, stores), unmeasured }),
    );
    log('wrote bench/RESULTS.md');
  }
  if (capacity) await runCapacityModel();
}

async function runCapacityModel(): Promise<void> {
  const { capacityOptions, runCapacity } = await import('./capacity.js');
  const opts = capacityOptions(process.argv.slice(2), process.env);
  await runCapacity(opts, opts.pgCores);
}

await main();
