/**
 * A/B of hot-path candidates end to end: one server per variant of `bench/experiments/server.ts` (all on
 * the seeded 1,000-key store, all alive at once).
 *
 *   npx tsx bench/ab.ts [--variants=,tree:/tmp/base,nocache] [--scenarios=b,c] [--duration=3] [--runs=7]
 *
 * Variants are BENCH_EXPERIMENT flag sets joined by `+` (see experiments/server.ts); the empty variant is
 * the unmodified server (the baseline). A variant `tree:<dir>` is the plain server of another checkout
 * (e.g. `git worktree add /tmp/base HEAD~1` with node_modules linked), to compare commits end to end. Scenarios a–g as in bench/scenarios.ts, with the failed-auth limit
 * raised on every server (so e and f measure the refusal, not the lockout) unless f2 is asked for: then
 * the default limit stays and f2 measures the lockout — run f2 with `a` only, since the lockout then
 * applies to every keyed request from 127.0.0.1.
 *
 * Order is scenario-major: in each round, one scenario runs on every variant back to back (variants in a
 * rotated order), so a variant is compared with the baseline seconds apart. Per scenario the tables show
 * medians over rounds of: variant req/s ÷ baseline req/s (the gain), scenario ÷ the same server's `a`
 * (the ratio the issue's targets use), and server CPU µs per request (steady even when the machine's speed
 * swings, as it does between seconds on a shared 2-core VM).
 */
import { join } from 'node:path';
import { generateKey } from '../src/keys/key-format.js';
import { LoadGenerator } from './load.js';
import { median } from './report.js';
import { type SeededStore, UNLIMITED, seedStore } from './seed.js';
import { REPO_ROOT, type RunningServer, startServer } from './server.js';

const arg = (name: string, fallback: string) => {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit === undefined ? fallback : hit.slice(name.length + 3);
};

type KeyKind = 'none' | 'hot' | 'overLimit' | 'malformed' | 'unknown';
const PATHS: Record<string, { path: string; key: KeyKind }> = {
  a: { path: '/healthz', key: 'none' },
  b: { path: '/api/me', key: 'hot' },
  c: { path: '/api/contacts/{contact}', key: 'hot' },
  d: { path: '/api/contacts?limit=25', key: 'hot' },
  e: { path: '/api/me', key: 'malformed' },
  f: { path: '/api/me', key: 'unknown' },
  g: { path: '/api/me', key: 'overLimit' },
  f2: { path: '/api/me', key: 'unknown' },
  /** /healthz's path with /api/me's response (see experiments/server.ts): (b) minus the key work. */
  as: { path: '/bench/shaped', key: 'none' },
};

function keyFor(kind: KeyKind, store: SeededStore): Record<string, string> {
  const pick: Record<KeyKind, string | undefined> = {
    none: undefined,
    hot: store.hotKey,
    overLimit: store.overLimitKey,
    malformed: store.hotKey.slice(0, -1) + (store.hotKey.endsWith('A') ? 'B' : 'A'),
    unknown: generateKey(),
  };
  const key = pick[kind];
  return key === undefined ? {} : { 'x-api-key': key };
}

/** req/s and server CPU µs per request, by round, variant and scenario. */
type Results = Map<string, { rps: number; cpuUs: number }>;
const cell = (round: number, variant: string, scenario: string) => `${round}|${variant}|${scenario}`;

function printTable(results: Results, variants: readonly string[], scenarios: readonly string[], runs: number): void {
  const rounds = Array.from({ length: runs }, (_, i) => i);
  const name = (v: string) => v || 'baseline';
  const get = (r: number, v: string, s: string) => results.get(cell(r, v, s))!;
  console.log(`\n${'variant'.padEnd(20)}${scenarios.map((s) => `${s}: gain / ÷a / CPU µs`.padStart(26)).join('')}`);
  for (const v of variants) {
    const cols = scenarios.map((s) => {
      const gain = median(rounds.map((r) => get(r, v, s).rps / get(r, '', s).rps));
      const own = median(rounds.map((r) => get(r, v, s).rps / get(r, v, 'a').rps));
      const cpu = median(rounds.map((r) => get(r, v, s).cpuUs));
      return `${gain.toFixed(2)} / ${own.toFixed(2)} / ${cpu.toFixed(0)}`.padStart(26);
    });
    console.log(`${name(v).padEnd(20)}${cols.join('')}`);
  }
}

async function main(): Promise<void> {
  const variants = arg('variants', ',nocache').split(',');
  if (variants[0] !== '') variants.unshift('');
  const scenarios = [
    'a',
    ...arg('scenarios', 'b')
      .split(',')
      .filter((s) => s !== 'a'),
  ];
  const durationS = Number(arg('duration', '3'));
  const runs = Number(arg('runs', '7'));
  const store = await seedStore({ dataDir: join(REPO_ROOT, 'bench', '.data', 'small'), keyCount: 1000, spreadKeys: 0, contacts: 1000, log: console.log });
  const servers = new Map<string, RunningServer>();
  const load = new LoadGenerator();
  const results: Results = new Map();
  try {
    const failedAuth: Record<string, string> = scenarios.includes('f2') ? {} : { FAILED_AUTH_PER_MINUTE: String(UNLIMITED) };
    for (const v of variants) {
      const env = { BENCH_EXPERIMENT: v.replaceAll('+', ','), ...failedAuth };
      const tree = v.startsWith('tree:') ? v.slice(5) : undefined;
      const script = tree ? ['src/cli/main.ts', 'serve'] : ['bench/experiments/server.ts'];
      servers.set(v, await startServer({ name: v || 'baseline', dataDir: store.dataDir, env, script, root: tree }));
    }
    for (let round = 0; round < runs; round++) {
      for (const id of scenarios) {
        for (let i = 0; i < variants.length; i++) {
          const v = variants[(i + round) % variants.length];
          const server = servers.get(v)!;
          const { path, key } = PATHS[id];
          const job = { url: server.url + path.replace('{contact}', store.contactId), connections: 50, headers: keyFor(key, store) };
          if (round === 0) await load.run({ ...job, durationS: 2 });
          const cpu0 = server.cpuSeconds();
          const r = await load.run({ ...job, durationS });
          const cpuUs = ((server.cpuSeconds() - cpu0) * 1e6) / r.requests;
          results.set(cell(round, v, id), { rps: r.rps, cpuUs });
          console.log(
            `[round ${round + 1}] ${(v || 'baseline').padEnd(18)} ${id.padEnd(2)} ${Math.round(r.rps)} req/s p99 ${r.p99Ms.toFixed(1)} ms CPU ${cpuUs.toFixed(0)} µs/req ${JSON.stringify(r.statuses)}`,
          );
        }
      }
    }
  } finally {
    load.close();
    for (const s of servers.values()) await s.stop();
  }
  printTable(results, variants, scenarios, runs);
}

await main();
