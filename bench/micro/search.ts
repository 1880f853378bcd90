/**
 * What one contact search costs in process (the store's `contacts.list`, no HTTP), on the seeded store of
 * 1,000,000 contacts (bench/seed.ts; built on first use, about 2–3 minutes, then reused by this and by the
 * (s1m)/(sc1m) scenarios):
 *
 *   nice npx tsx bench/micro/search.ts
 *
 * For each query, p50 and p90 of single searches (a page of 25, on one connection), "before" and "after"
 * interleaved in one run: "before" reads only the newest `scanFirst` contacts in order before asking the
 * trigram index (`scanMost = scanFirst`, the search of before), "after" reads on up to `scanMost` when the
 * first ones show a common text. Also the next page (the cursor of the first), which starts inside the scan.
 */
import { join } from 'node:path';
import { SEARCH_TUNING, openSqliteStore } from '../../src/store/dialects/sqlite/index.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import type { SqlStore } from '../../src/store/sql-store.js';
import { median } from '../report.js';
import { COMMON_QUERY, RARE_QUERY, STORE_SIZES } from '../scenarios.js';
import { seedStore } from '../seed.js';
import { REPO_ROOT } from '../server.js';

const ROUNDS = 5;
const PER_ROUND = 40;

const percentile = (xs: readonly number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

async function main(): Promise<void> {
  const dataDir = join(REPO_ROOT, 'bench', '.data', 'contacts1m');
  await seedStore({ dataDir, ...STORE_SIZES.contacts1m, log: console.log });
  const store: SqlStore = openSqliteStore({ file: join(dataDir, 'keyward.db') });
  await migrateToLatest(store);
  const workspaceId = (await store.users.owners())[0].workspaceId;
  const after = { ...SEARCH_TUNING };
  const before = { ...SEARCH_TUNING, scanMost: SEARCH_TUNING.scanFirst };

  const common = decodeURIComponent(COMMON_QUERY);
  const rare = decodeURIComponent(RARE_QUERY);
  const firstPage = await store.contacts.list(workspaceId, { q: common, limit: 25 });
  const cases = [
    { label: `common (q=${common}, 20,000 matches), first page`, q: common, after: undefined },
    { label: `common, second page (cursor)`, q: common, after: firstPage.next ?? undefined },
    { label: `rare (q=${rare}, one match)`, q: rare, after: undefined },
  ];
  const variants = [
    { name: 'before', tuning: before },
    { name: 'after', tuning: after },
  ];
  const samples = new Map<string, number[]>();
  for (let round = 0; round < ROUNDS; round++) {
    for (const c of cases) {
      for (const v of round % 2 ? [...variants].reverse() : variants) {
        Object.assign(SEARCH_TUNING, v.tuning);
        const key = `${c.label}|${v.name}`;
        const xs = samples.get(key) ?? [];
        for (let i = 0; i < PER_ROUND + (round === 0 ? 5 : 0); i++) {
          const t0 = process.hrtime.bigint();
          await store.contacts.list(workspaceId, { q: c.q, limit: 25, after: c.after });
          if (round > 0 || i >= 5) xs.push(Number(process.hrtime.bigint() - t0) / 1e6);
        }
        samples.set(key, xs);
      }
    }
  }
  Object.assign(SEARCH_TUNING, after);
  console.log(`SEARCH_TUNING ${JSON.stringify(after)}; ${ROUNDS} interleaved rounds × ${PER_ROUND} searches; ms per search`);
  for (const c of cases) {
    const [b, a] = variants.map((v) => samples.get(`${c.label}|${v.name}`) ?? []);
    const [pb, pa] = [median(b), median(a)];
    console.log(
      `${c.label.padEnd(52)} before p50 ${pb.toFixed(2).padStart(6)} p90 ${percentile(b, 0.9).toFixed(2).padStart(6)}   after p50 ${pa.toFixed(2).padStart(6)} p90 ${percentile(a, 0.9).toFixed(2).padStart(6)}   (${(pa / pb).toFixed(2)} ×)`,
    );
  }
  await store.close();
}

await main();
