/**
 * What one contact search costs in process (the store's `contacts.list`, no HTTP), over 1,000,000 contacts
 * (`Contact i`, `contact-i@example.test`, `Company i % 50`, as bench/seed.ts writes them), beside an
 * unsearched page of 25, the cost a common-word search should approach:
 *
 *   nice npx tsx bench/micro/search.ts                                           # SQLite
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test nice npx tsx bench/micro/search.ts   # and PostgreSQL
 *
 * SQLite: the seeded store of the (s1m)/(sc1m) scenarios (bench/.data/contacts1m, built on first use in
 * 2–3 minutes, then reused). PostgreSQL: a schema of its own (`keyward_search_bench`), filled by one
 * INSERT … SELECT and ANALYZEd on first use (about a minute), then reused.
 *
 * p50 and p90 of single searches on one connection, variants interleaved round by round. On SQLite,
 * "before" reads only the newest `scanFirst` contacts in order before asking the trigram index
 * (`scanMost = scanFirst`, the search of before); "after" reads on up to `scanMost` when those show a
 * common text. PostgreSQL has one variant: the planner's choice.
 */
import { join } from 'node:path';
import pg from 'pg';
import { openPostgresStore } from '../../src/store/dialects/postgres/index.js';
import { SEARCH_TUNING, openSqliteStore } from '../../src/store/dialects/sqlite/index.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import type { SqlStore } from '../../src/store/sql-store.js';
import type { Cursor } from '../../src/store/types.js';
import { median } from '../report.js';
import { COMMON_QUERY, RARE_QUERY, STORE_SIZES } from '../scenarios.js';
import { schemaUrl } from '../seed-pg.js';
import { seedStore } from '../seed.js';
import { REPO_ROOT } from '../server.js';

const ROUNDS = 5;
const PER_ROUND = 40;
const PG_SCHEMA = 'keyward_search_bench';
const CONTACTS = STORE_SIZES.contacts1m.contacts;

const percentile = (xs: readonly number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

interface Case {
  label: string;
  q?: string;
  after?: Cursor;
}
interface Variant {
  name: string;
  apply(): void;
}

async function cases(store: SqlStore, workspaceId: string): Promise<Case[]> {
  const common = decodeURIComponent(COMMON_QUERY);
  const rare = decodeURIComponent(RARE_QUERY);
  const firstPage = await store.contacts.list(workspaceId, { q: common, limit: 25 });
  return [
    { label: 'page of 25, no q (the reference)' },
    { label: `common (q=${common}, 20,000 matches), first page`, q: common },
    { label: 'common, second page (cursor)', q: common, after: firstPage.next ?? undefined },
    { label: `rare (q=${rare}, one match)`, q: rare },
  ];
}

/** Times every case under every variant; prints one line per case. */
async function measure(title: string, store: SqlStore, workspaceId: string, variants: readonly Variant[]): Promise<void> {
  const all = await cases(store, workspaceId);
  const samples = new Map<string, number[]>();
  for (let round = 0; round < ROUNDS; round++) {
    for (const c of all) {
      for (const v of round % 2 ? [...variants].reverse() : variants) {
        v.apply();
        const key = `${c.label}|${v.name}`;
        const xs = samples.get(key) ?? [];
        const warm = round === 0 ? 5 : 0;
        for (let i = 0; i < PER_ROUND + warm; i++) {
          const t0 = process.hrtime.bigint();
          await store.contacts.list(workspaceId, { q: c.q, limit: 25, after: c.after });
          if (i >= warm) xs.push(Number(process.hrtime.bigint() - t0) / 1e6);
        }
        samples.set(key, xs);
      }
    }
  }
  console.log(`\n${title}: ${ROUNDS} interleaved rounds × ${PER_ROUND} searches, ms per call (p50 / p90)`);
  for (const c of all) {
    const cells = variants.map((v) => {
      const xs = samples.get(`${c.label}|${v.name}`) ?? [];
      return `${v.name} ${median(xs).toFixed(2).padStart(6)} / ${percentile(xs, 0.9).toFixed(2).padStart(6)}`;
    });
    console.log(`  ${c.label.padEnd(50)} ${cells.join('   ')}`);
  }
}

async function sqlite(): Promise<void> {
  const dataDir = join(REPO_ROOT, 'bench', '.data', 'contacts1m');
  await seedStore({ dataDir, ...STORE_SIZES.contacts1m, log: console.log });
  const store = openSqliteStore({ file: join(dataDir, 'keyward.db') });
  await migrateToLatest(store);
  const after = { ...SEARCH_TUNING };
  const before = { ...SEARCH_TUNING, scanMost: SEARCH_TUNING.scanFirst };
  try {
    await measure(`SQLite, SEARCH_TUNING ${JSON.stringify(after)}`, store, (await store.users.owners())[0].workspaceId, [
      { name: 'before', apply: () => Object.assign(SEARCH_TUNING, before) },
      { name: 'after', apply: () => Object.assign(SEARCH_TUNING, after) },
    ]);
  } finally {
    Object.assign(SEARCH_TUNING, after);
    await store.close();
  }
}

/** The bench's PostgreSQL schema, filled and ANALYZEd unless it already holds the contacts. */
async function postgresStore(databaseUrl: string): Promise<SqlStore> {
  const url = schemaUrl(databaseUrl, PG_SCHEMA);
  const store = await openPostgresStore({ connectionString: url, poolSize: 1, statementTimeoutMs: 0 });
  await migrateToLatest(store);
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query<{ n: number }>('select count(*)::int as n from contacts');
    if (rows[0].n !== CONTACTS) {
      console.log(`filling ${PG_SCHEMA} with ${CONTACTS.toLocaleString('en-US')} contacts…`);
      await c.query('delete from contacts');
      await c.query('delete from workspaces');
      await c.query("insert into workspaces (id, name, created_at, max_key_lifetime_days, require_key_expiry) values ('wks_bench', 'Bench Co', 0, 366, 0)");
      await c.query(
        `insert into contacts (id, workspace_id, name, email, phone, company, notes, tags, created_at, updated_at, search_name, search_email, search_company)
         select 'con_' || lpad(i::text, 8, '0'), 'wks_bench', 'Contact ' || i, 'contact-' || i || '@example.test', '+1 555 0100', 'Company ' || (i % 50),
           'Met at the bench conference.', '["bench"]', 1700000000000 - i * 1000, 1700000000000 - i * 1000,
           'contact ' || i, 'contact-' || i || '@example.test', 'company ' || (i % 50)
         from generate_series(0, $1::int - 1) as s(i)`,
        [CONTACTS],
      );
      await c.query('vacuum analyze contacts');
    }
  } finally {
    await c.end();
  }
  return store;
}

async function postgres(databaseUrl: string): Promise<void> {
  const store = await postgresStore(databaseUrl);
  try {
    await measure('PostgreSQL, the planner’s choice', store, 'wks_bench', [{ name: 'planner', apply: () => {} }]);
  } finally {
    await store.close();
  }
}

await sqlite();
if (process.env.DATABASE_URL) await postgres(process.env.DATABASE_URL);
