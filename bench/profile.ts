/**
 * CPU profiles of servers under load: where does a request's time go, and what does each µs buy?
 *
 *   npx tsx bench/profile.ts --breakdown [--duration=10]      bare Fastify (R0), Keyward /healthz and /api/me
 *   npx tsx bench/profile.ts --breakdown=r0,a,b,W1/a,bw      the same for any scenarios (id or server/id)
 *   npx tsx bench/profile.ts --scenario=b [--duration=10] [--server=S1] [--script=bench/experiments/server.ts]
 *   DATABASE_URL=postgres://… npx tsx bench/profile.ts --scenario=pb     (a PostgreSQL scenario)
 *
 * Each scenario's server starts with `node --cpu-prof` (a fresh process each), is driven by autocannon from
 * the load-generator process (2 s warm-up, then the measured load) and stopped gracefully so the profile
 * is written; only the measured window counts. `--breakdown` prints one table: server CPU µs per request
 * by what it buys (fastify routing, hooks, request/reply, the logger, cookies, security headers, the
 * serializer, the key check, the limiter, storage, node's http, GC …: bench/cpuprofile.ts, categoryOf),
 * one column per scenario and the difference of the last two. `--scenario` prints, for one scenario,
 * that breakdown plus self time by module and function and inclusive time of the functions on the
 * request path. Servers run at the bench's default LOG_LEVEL=info unless their plan says otherwise.
 * Profiles are kept in bench/.profiles/.
 */
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type ProfiledRun, attribute, breakdownTable, top } from './cpuprofile.js';
import { LoadGenerator } from './load.js';
import { PG_SCHEMA, SCENARIOS, SERVERS, STORE_SIZES, type Scenario, headersFor, withCurrentTag } from './scenarios.js';
import { type SeededStore, seedStore } from './seed.js';
import { seedPostgresStore } from './seed-pg.js';
import { REPO_ROOT, type RunningServer, startReferenceServer, startServer } from './server.js';

const arg = (name: string, fallback: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;

/** A scenario by id (`b`) or server and id (`W1/a`); a bare `a` is S1's. */
function scenarioNamed(name: string, server?: string): Scenario {
  const [srv, id] = name.includes('/') ? name.split('/') : [server, name];
  const sc = SCENARIOS.find((s) => s.id === id && (srv === undefined ? id !== 'a' || s.server === 'S1' : s.server === srv));
  if (!sc) throw new Error(`unknown scenario ${name}`);
  return sc;
}

async function storeFor(sc: Scenario): Promise<{ store: SeededStore; databaseUrl?: string }> {
  const plan = SERVERS.find((s) => s.name === sc.server)!;
  const dataDir = join(REPO_ROOT, 'bench', '.data', plan.store);
  const databaseUrl = process.env.DATABASE_URL;
  if (plan.postgres && !databaseUrl) throw new Error(`${plan.name} needs DATABASE_URL`);
  if (plan.postgres && databaseUrl) {
    const store = await seedPostgresStore({ databaseUrl, schema: PG_SCHEMA, dataDir, ...STORE_SIZES[plan.store], log: console.log });
    return { store, databaseUrl: store.databaseUrl };
  }
  return { store: await seedStore({ dataDir, ...STORE_SIZES[plan.store], log: console.log }) };
}

/** Starts the scenario's server under `--cpu-prof`, loads it, stops it, and attributes the loaded window. */
async function profileScenario(sc: Scenario, durationS: number, script?: string): Promise<ProfiledRun & { file: string }> {
  const plan = SERVERS.find((s) => s.name === sc.server)!;
  const { store, databaseUrl } = await storeFor(sc);
  const dir = join(REPO_ROOT, 'bench', '.profiles', `${sc.server}-${sc.id}-${Date.now()}`);
  mkdirSync(dir, { recursive: true });
  const nodeFlags = ['--cpu-prof', `--cpu-prof-dir=${dir}`];
  const env = {
    ...plan.env,
    ...(plan.redis && process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}),
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    ...experimentEnv(),
  };
  const server: RunningServer = plan.reference
    ? await startReferenceServer({ name: plan.name, dataDir: store.dataDir, mode: plan.reference, key: store.hotKey, nodeFlags })
    : await startServer({ name: plan.name, dataDir: store.dataDir, env, nodeFlags, script: script ? [script] : undefined });
  const load = new LoadGenerator();
  const url = server.url + sc.path.replace('{contact}', store.contactId);
  const plain = headersFor(sc, store);
  const headers = sc.conditional ? await withCurrentTag(url, plain.headers) : plain.headers;
  if (!headers) throw new Error(`${sc.server} ${sc.id}: the server sent no ETag`);
  const job = { url, connections: sc.connections ?? 50, ...plain, headers };
  let requests = 0;
  let rps = 0;
  let loadEnded = performance.now();
  try {
    await load.run({ ...job, durationS: 2 });
    const r = await load.run({ ...job, durationS });
    loadEnded = performance.now();
    requests = r.requests;
    rps = r.rps;
    console.log(
      `${sc.server} ${sc.id}: ${Math.round(r.rps)} req/s, p50 ${r.p50Ms.toFixed(2)} ms, p99 ${r.p99Ms.toFixed(2)} ms, statuses ${JSON.stringify(r.statuses)}`,
    );
  } finally {
    load.close();
    await server.stop();
  }
  // The shutdown (draining, the last flushes) ends the profile; the window is the load before it.
  const tailMs = performance.now() - loadEnded;
  // The main thread's profile (thread 0); a worker (e.g. a log transport) writes its own file.
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .sort();
  const file = join(dir, files.find((f) => /\.\d+\.0\.\d+\.cpuprofile$/.test(f)) ?? files[0]);
  const label = `${sc.server} ${sc.path.replace('{contact}', '{id}')}`;
  return { label, attribution: attribute(file, durationS * 1000, tailMs), requests, rps, file };
}

/** BENCH_EXPERIMENT=… and friends are passed through to an experiment server. */
function experimentEnv(): Record<string, string> {
  return Object.fromEntries(Object.entries(process.env).filter(([k, v]) => k.startsWith('BENCH_EXPERIMENT') && v !== undefined)) as Record<string, string>;
}

/** Server CPU per request, µs, by module: compare two scenarios' lines to see where one loses. */
function perRequest(m: ReadonlyMap<string, number>, requests: number, n: number): string[] {
  return [...m]
    .filter(([k]) => k !== '(idle)')
    .sort((x, y) => y[1] - x[1])
    .slice(0, n)
    .map(([k, ms]) => `${((ms * 1000) / requests).toFixed(1).padStart(7)} µs/req  ${k}`);
}

function printAttribution(run: ProfiledRun & { file: string }): void {
  const { attribution: a, requests } = run;
  console.log(
    `\nprofile ${run.file}\nwindow ${a.totalMs.toFixed(0)} ms, busy ${a.busyMs.toFixed(0)} ms, ${((a.busyMs * 1000) / requests).toFixed(1)} µs of server CPU per request\n`,
  );
  console.log(breakdownTable([run]));
  console.log('\nself time by module:');
  console.log(top(a.selfByModule, a.busyMs, 20).join('\n'));
  console.log('\nself time by module, per request:');
  console.log(perRequest(a.selfByModule, requests, 20).join('\n'));
  console.log('\nself time by function:');
  console.log(top(a.selfByFunction, a.busyMs, 40).join('\n'));
  console.log('\ninclusive time by function (request path):');
  console.log(top(a.inclusiveByFunction, a.busyMs, 60, (k) => !k.startsWith('(program)') && !k.startsWith('(garbage')).join('\n'));
}

async function main(): Promise<void> {
  const durationS = Number(arg('duration', '10'));
  const breakdown = process.argv.find((a) => a === '--breakdown' || a.startsWith('--breakdown='));
  if (breakdown) {
    const names = (breakdown.split('=')[1] ?? 'r0,a,b').split(',').filter(Boolean);
    const runs: ProfiledRun[] = [];
    for (const name of names) runs.push(await profileScenario(scenarioNamed(name), durationS));
    console.log(`\n${breakdownTable(runs)}`);
    return;
  }
  const sc = scenarioNamed(arg('scenario', 'b'), process.argv.some((a) => a.startsWith('--server=')) ? arg('server', 'S1') : undefined);
  const script = process.argv.find((a) => a.startsWith('--script='))?.split('=')[1];
  printAttribution(await profileScenario(sc, durationS, script));
}

await main();
