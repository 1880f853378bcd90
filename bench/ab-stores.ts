/**
 * A/B of two checkouts on the store-bound scenarios, end to end: SQLite with the limiter in Redis, and
 * PostgreSQL with the in-memory limiter and with Redis, each against `/healthz` of the same server.
 *
 *   git archive <base-commit> | tar -x -C /tmp/base && ln -s "$PWD/node_modules" /tmp/base/node_modules
 *   REDIS_URL=redis://127.0.0.1:6379 DATABASE_URL=postgres://postgres@127.0.0.1:5432/test \
 *     npx tsx bench/ab-stores.ts --base=/tmp/base [--scenarios=ib,rib,pd] [--duration=6] [--runs=5]
 *
 * Per server setup (S: SQLite + Redis; P1: PostgreSQL, limiter in memory; P2: PostgreSQL + Redis) a base
 * and a candidate server run side by side (both alive at once, on 127.0.0.1), each with a Redis key prefix
 * of its own so their limits never mix. In each round every scenario runs on both, in alternating order,
 * seconds apart (SQLite: each server on its own copy of the store). Per scenario: the medians over rounds of candidate req/s ÷ base req/s (the gain, paired
 * by round), each server's scenario ÷ its own `/healthz` (the issue's ratio), and server CPU µs per request
 * (the steadiest figure on a shared machine). Stores: a small SQLite store and a PostgreSQL schema of this
 * tool's own (`keyward_ab_stores`), 6,000 keys of which 5,000 are presented in turn.
 */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { LoadGenerator } from './load.js';
import { median } from './report.js';
import { type SeededStore, UNLIMITED, seedStore } from './seed.js';
import { seedPostgresStore } from './seed-pg.js';
import { REPO_ROOT, type RunningServer, startServer } from './server.js';

const arg = (name: string, fallback: string) => {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit === undefined ? fallback : hit.slice(name.length + 3);
};

type Setup = 'S' | 'P1' | 'P2';
interface Scenario {
  readonly setup: Setup;
  readonly path: string;
  readonly key: 'none' | 'hot' | 'rotate';
}
const SCENARIOS: Record<string, Scenario> = {
  ib: { setup: 'S', path: '/api/me', key: 'rotate' },
  pb: { setup: 'P1', path: '/api/me', key: 'hot' },
  pc: { setup: 'P1', path: '/api/contacts/{contact}', key: 'hot' },
  pd: { setup: 'P1', path: '/api/contacts?limit=25', key: 'hot' },
  rib: { setup: 'P2', path: '/api/me', key: 'rotate' },
};
const SIZE = { keyCount: 6000, spreadKeys: 5000, contacts: 1000 };

async function main(): Promise<void> {
  const base = arg('base', '');
  if (!base) throw new Error('--base=<checkout of the base commit> is required');
  const redisUrl = process.env.REDIS_URL;
  const databaseUrl = process.env.DATABASE_URL;
  const ids = arg('scenarios', 'ib,rib,pd').split(',');
  const durationS = Number(arg('duration', '6'));
  const runs = Number(arg('runs', '5'));
  const setups = [...new Set(ids.map((id) => SCENARIOS[id]!.setup))];
  if (setups.some((s) => s !== 'P1') && !redisUrl) throw new Error('REDIS_URL is required for ib and rib');
  if (setups.some((s) => s !== 'S') && !databaseUrl) throw new Error('DATABASE_URL is required for the PostgreSQL scenarios');

  const dataDir = join(REPO_ROOT, 'bench', '.data', 'ab-stores');
  const stores = new Map<Setup, SeededStore & { databaseUrl?: string }>();
  if (setups.includes('S')) stores.set('S', await seedStore({ dataDir: join(dataDir, 'sqlite'), ...SIZE, log: console.log }));
  if (setups.some((s) => s !== 'S')) {
    const pg = await seedPostgresStore({ dataDir: join(dataDir, 'pg'), databaseUrl: databaseUrl!, schema: 'keyward_ab_stores', ...SIZE, log: console.log });
    stores.set('P1', pg);
    stores.set('P2', pg);
  }
  const servers = new Map<string, RunningServer>();
  const load = new LoadGenerator();
  const results = new Map<string, { rps: number; cpuUs: number }>();
  const cell = (round: number, side: string, id: string) => `${round}|${side}|${id}`;
  const sides = ['base', 'candidate'] as const;
  try {
    for (const setup of setups) {
      const store = stores.get(setup)!;
      for (const side of sides) {
        const env: Record<string, string> = {
          FAILED_AUTH_PER_MINUTE: String(UNLIMITED),
          // The rotated keys have the default limits: raised so that no key reaches them in a run.
          RATE_LIMIT_PER_MINUTE: '1000',
          ...(setup !== 'P1' ? { REDIS_URL: redisUrl!, REDIS_KEY_PREFIX: `kw:ab:${side}:` } : {}),
          ...(setup !== 'S' ? { DATABASE_URL: store.databaseUrl! } : {}),
        };
        // SQLite: a copy of the store per server, so one server's last-used writes never empty the other's key cache.
        const own = setup === 'S' ? join(dataDir, `sqlite-${side}`) : store.dataDir;
        if (setup === 'S') cpSync(store.dataDir, own, { recursive: true });
        servers.set(`${setup}|${side}`, await startServer({ name: `${setup}-${side}`, dataDir: own, env, root: side === 'base' ? base : undefined }));
      }
    }
    const jobs = ['a', ...ids].flatMap((id) =>
      (id === 'a' ? setups : [SCENARIOS[id]!.setup]).map((setup) => ({ id: id === 'a' ? `a:${setup}` : id, setup, scenario: SCENARIOS[id] })),
    );
    for (let round = 0; round < runs; round++) {
      for (const job of jobs) {
        const store = stores.get(job.setup)!;
        const order = round % 2 === 0 ? sides : ([...sides].reverse() as unknown as typeof sides);
        for (const side of order) {
          const server = servers.get(`${job.setup}|${side}`)!;
          const path = job.scenario?.path ?? '/healthz';
          const key = job.scenario?.key ?? 'none';
          const load0 = {
            url: server.url + path.replace('{contact}', store.contactId),
            connections: 50,
            headers: (key === 'hot' ? { 'x-api-key': store.hotKey } : {}) as Record<string, string>,
            ...(key === 'rotate' ? { rotateKeys: store.spreadKeys } : {}),
          };
          // Warm-up; with keys in turn, long enough that every key has been read and cached before a measured round.
          if (round === 0) await load.run({ ...load0, durationS: key === 'rotate' ? 10 : 2 });
          const cpu0 = server.cpuSeconds();
          const r = await load.run({ ...load0, durationS });
          const cpuUs = ((server.cpuSeconds() - cpu0) * 1e6) / r.requests;
          results.set(cell(round, side, job.id), { rps: r.rps, cpuUs });
          console.log(
            `[round ${round + 1}] ${side.padEnd(9)} ${job.id.padEnd(5)} ${Math.round(r.rps)} req/s CPU ${cpuUs.toFixed(0)} µs/req ${JSON.stringify(r.statuses)}`,
          );
        }
      }
    }
  } finally {
    load.close();
    for (const s of servers.values()) await s.stop();
  }
  const rounds = Array.from({ length: runs }, (_, i) => i);
  const get = (r: number, side: string, id: string) => results.get(cell(r, side, id))!;
  console.log(
    `\n${'scenario'.padEnd(10)}${'gain (cand ÷ base)'.padStart(20)}${'base ÷ own a'.padStart(15)}${'cand ÷ own a'.padStart(15)}${'CPU µs base → cand'.padStart(22)}`,
  );
  for (const id of ids) {
    const a = `a:${SCENARIOS[id]!.setup}`;
    const gain = median(rounds.map((r) => get(r, 'candidate', id).rps / get(r, 'base', id).rps));
    const own = (side: string) => median(rounds.map((r) => get(r, side, id).rps / get(r, side, a).rps));
    const cpu = (side: string) => median(rounds.map((r) => get(r, side, id).cpuUs));
    const gains = rounds.map((r) => get(r, 'candidate', id).rps / get(r, 'base', id).rps);
    console.log(
      `${id.padEnd(10)}${`${gain.toFixed(3)} (${Math.min(...gains).toFixed(2)}–${Math.max(...gains).toFixed(2)})`.padStart(20)}${own('base').toFixed(3).padStart(15)}${own('candidate').toFixed(3).padStart(15)}${`${cpu('base').toFixed(0)} → ${cpu('candidate').toFixed(0)}`.padStart(22)}`,
    );
  }
}

await main();
