/**
 * CPU profile of one server under one scenario's load: where does a request's time go?
 *
 *   npx tsx bench/profile.ts --scenario=b [--duration=10] [--server=S1] [--script=bench/experiments/server.ts]
 *   DATABASE_URL=postgres://… npx tsx bench/profile.ts --scenario=pb     (a PostgreSQL scenario)
 *
 * Starts the scenario's server with `node --cpu-prof`, drives the scenario with autocannon from the
 * load-generator process (2 s warm-up, then the measured load), stops the server gracefully so the
 * profile is written, and prints self time by module and function and inclusive time of the functions
 * on the request path, over the measured window only. Profiles are kept in bench/.profiles/.
 */
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { attribute, top } from './cpuprofile.js';
import { LoadGenerator } from './load.js';
import { PG_SCHEMA, SCENARIOS, SERVERS, STORE_SIZES, headersFor } from './scenarios.js';
import { seedStore } from './seed.js';
import { seedPostgresStore } from './seed-pg.js';
import { REPO_ROOT, startServer } from './server.js';

const arg = (name: string, fallback: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;

async function main(): Promise<void> {
  const id = arg('scenario', 'b');
  const durationS = Number(arg('duration', '10'));
  const sc = SCENARIOS.find((s) => s.id === id && s.server === arg('server', s.server))!;
  if (!sc) throw new Error(`unknown scenario ${id}`);
  const plan = SERVERS.find((s) => s.name === sc.server)!;
  const dataDir = join(REPO_ROOT, 'bench', '.data', plan.store);
  const databaseUrl = process.env.DATABASE_URL;
  if (plan.postgres && !databaseUrl) throw new Error(`${plan.name} needs DATABASE_URL`);
  const store =
    plan.postgres && databaseUrl
      ? await seedPostgresStore({ databaseUrl, schema: PG_SCHEMA, dataDir, ...STORE_SIZES[plan.store], log: console.log })
      : await seedStore({ dataDir, ...STORE_SIZES[plan.store], log: console.log });
  const dir = join(REPO_ROOT, 'bench', '.profiles', `${id}-${Date.now()}`);
  mkdirSync(dir, { recursive: true });
  const script = process.argv.find((a) => a.startsWith('--script='))?.split('=')[1];
  const env = {
    ...plan.env,
    ...(plan.redis && process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}),
    ...('databaseUrl' in store ? { DATABASE_URL: String(store.databaseUrl) } : {}),
    ...experimentEnv(),
  };
  const server = await startServer({
    name: plan.name,
    dataDir: store.dataDir,
    env,
    nodeFlags: ['--cpu-prof', `--cpu-prof-dir=${dir}`],
    script: script ? [script] : undefined,
  });
  const load = new LoadGenerator();
  const job = { url: server.url + sc.path.replace('{contact}', store.contactId), connections: sc.connections ?? 50, ...headersFor(sc, store) };
  let requests = 0;
  let loadEnded = performance.now();
  try {
    await load.run({ ...job, durationS: 2 });
    const r = await load.run({ ...job, durationS });
    loadEnded = performance.now();
    requests = r.requests;
    console.log(
      `${sc.server} ${id}: ${Math.round(r.rps)} req/s, p50 ${r.p50Ms.toFixed(2)} ms, p99 ${r.p99Ms.toFixed(2)} ms, statuses ${JSON.stringify(r.statuses)}`,
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
  printAttribution(file, durationS * 1000, requests, tailMs);
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

function printAttribution(file: string, windowMs: number, requests: number, tailMs: number): void {
  const a = attribute(file, windowMs, tailMs);
  console.log(
    `\nprofile ${file}\nwindow ${a.totalMs.toFixed(0)} ms, busy ${a.busyMs.toFixed(0)} ms, ${((a.busyMs * 1000) / requests).toFixed(1)} µs of server CPU per request\n\nself time by module:`,
  );
  console.log(top(a.selfByModule, a.busyMs, 20).join('\n'));
  console.log('\nself time by module, per request:');
  console.log(perRequest(a.selfByModule, requests, 20).join('\n'));
  console.log('\nself time by function:');
  console.log(top(a.selfByFunction, a.busyMs, 40).join('\n'));
  console.log('\ninclusive time by function (request path):');
  console.log(top(a.inclusiveByFunction, a.busyMs, 60, (k) => !k.startsWith('(program)') && !k.startsWith('(garbage')).join('\n'));
}

await main();
