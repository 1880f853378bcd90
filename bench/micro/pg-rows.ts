/**
 * What PostgreSQL row parsing costs this process on the hot prepared reads, and what array row mode saves:
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/micro/pg-rows.ts
 *
 * The reads of `GET /api/contacts?limit=25` (26 rows, newest first) and `GET /api/contacts/{id}` (one row),
 * as named prepared statements on a pool of 10 with 10 in flight (pd's 50 connections share a pool of 10),
 * each row turned into the `Contact` the route serialises (`toContact`, src/store/sql/rows.ts):
 *
 * - "objects": what the store does: pg builds one object per row keyed by column name, the int8 columns
 *   parsed by the pool's `Number` parser (src/store/dialects/postgres/connect.ts); then `toContact`.
 * - "array rows": `rowMode: 'array'`, the Contact built from column positions (one object per row fewer).
 * - "array rows, no parsers": as above with every column left as text by pg (a type parser that returns
 *   its input), the int8 columns converted by the mapper: what switching pg's parsing off would save at
 *   most. The contact columns are text and int8 only (no timestamptz: times are epoch milliseconds), so
 *   there is no date parsing to remove.
 * - "clients held": the "objects" reads on 10 clients checked out once and used in turn, to price the
 *   pool's checkout and release per query.
 *
 * Client CPU µs per read (this process's user+system over the batch, so it includes the protocol work
 * pg does for every query: the part row mode cannot touch); medians of 7 interleaved batches. A schema
 * of its own (`kw_bench_pgrows`), dropped at the end.
 */
import pg from 'pg';
import { contactColumns, type ContactRow, toContact } from '../../src/store/sql/rows.js';
import type { Contact } from '../../src/store/types.js';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('set DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test)');
  process.exit(1);
}
const SCHEMA = 'kw_bench_pgrows';
const BATCH = Number(process.env.BATCH ?? 3000);
const IN_FLIGHT = 10;

const numberInt8 = ((oid: number, format?: 'text' | 'binary') =>
  oid === 20 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser;
const asText = (() => (v: string) => v) as unknown as typeof pg.types.getTypeParser;

const pool = (getTypeParser: typeof pg.types.getTypeParser) =>
  new pg.Pool({ connectionString: url, max: IN_FLIGHT, types: { getTypeParser }, options: `-c search_path=${SCHEMA}` });

const columns = contactColumns.join(', ');
const PAGE = `select ${columns} from contacts where workspace_id = $1 order by created_at desc, id desc limit $2`;
const BY_ID = `select ${columns} from contacts where workspace_id = $1 and id = $2`;

/** A Contact from an array row in `contactColumns` order. */
function contactFromArray(r: unknown[]): Contact {
  return {
    id: r[0] as string,
    workspaceId: r[1] as string,
    name: r[2] as string,
    email: r[3] as string | null,
    phone: r[4] as string | null,
    company: r[5] as string | null,
    notes: r[6] as string | null,
    tags: JSON.parse(r[7] as string) as string[],
    createdAt: Number(r[8]),
    updatedAt: Number(r[9]),
  };
}

async function seed(): Promise<{ workspace: string; id: string }> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query(`drop schema if exists ${SCHEMA} cascade`);
  await c.query(`create schema ${SCHEMA}`);
  await c.query(`set search_path = ${SCHEMA}`);
  await c.query(`create table contacts (id text primary key, workspace_id text not null, name text not null, email text, phone text,
    company text, notes text, tags text not null, created_at int8 not null, updated_at int8 not null)`);
  await c.query('create index contacts_newest on contacts (workspace_id, created_at desc, id desc)');
  // 1,000 contacts shaped like the bench's seed (bench/seed.ts): ~350 bytes of JSON each.
  await c.query(`insert into contacts select 'c_' || lpad(i::text, 22, '0'), 'w_bench', 'Contact number ' || i,
    'contact' || i || '@example.com', '+1 555 01' || lpad(i::text, 4, '0'), 'Company ' || (i % 50),
    repeat('notes ', 20), '["customer","lead"]', 1780000000000 + i * 1000, 1780000000000 + i * 1000
    from generate_series(1, 1000) i`);
  await c.end();
  return { workspace: 'w_bench', id: 'c_' + '500'.padStart(22, '0') };
}

type Read = (i: number) => Promise<unknown>;

async function batch(read: Read): Promise<number> {
  let issued = 0;
  const cpu0 = process.cpuUsage();
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (issued < BATCH) await read(issued++);
    }),
  );
  const cpu = process.cpuUsage(cpu0);
  return (cpu.user + cpu.system) / BATCH;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

async function main(): Promise<void> {
  const { workspace, id } = await seed();
  const objects = pool(numberInt8);
  const text = pool(asText);
  // The pool's checkout and release, measured apart: 10 clients taken once and used in turn (one query each at a time).
  const holder = pool(numberInt8);
  const held = await Promise.all(Array.from({ length: IN_FLIGHT }, () => holder.connect()));
  const clientFor = (i: number) => held[i % IN_FLIGHT]!;
  const variants: [string, Read, Read][] = [
    [
      'objects (today)',
      async () => (await objects.query<ContactRow>({ name: 'page', text: PAGE, values: [workspace, 26] })).rows.map(toContact),
      async () => (await objects.query<ContactRow>({ name: 'one', text: BY_ID, values: [workspace, id] })).rows.map(toContact),
    ],
    [
      'array rows',
      async () => (await objects.query<unknown[]>({ name: 'page', text: PAGE, values: [workspace, 26], rowMode: 'array' })).rows.map(contactFromArray),
      async () => (await objects.query<unknown[]>({ name: 'one', text: BY_ID, values: [workspace, id], rowMode: 'array' })).rows.map(contactFromArray),
    ],
    [
      'objects, clients held (no pool checkout)',
      async (i) => (await clientFor(i).query<ContactRow>({ name: 'page', text: PAGE, values: [workspace, 26] })).rows.map(toContact),
      async (i) => (await clientFor(i).query<ContactRow>({ name: 'one', text: BY_ID, values: [workspace, id] })).rows.map(toContact),
    ],
    [
      'array rows, no parsers',
      async () => (await text.query<unknown[]>({ name: 'page', text: PAGE, values: [workspace, 26], rowMode: 'array' })).rows.map(contactFromArray),
      async () => (await text.query<unknown[]>({ name: 'one', text: BY_ID, values: [workspace, id], rowMode: 'array' })).rows.map(contactFromArray),
    ],
  ];
  const page = variants.map(() => [] as number[]);
  const one = variants.map(() => [] as number[]);
  for (const [, p, o] of variants) {
    await batch(p); // warm-up: statements prepared on every connection, JIT warm
    await batch(o);
  }
  for (let b = 0; b < 7; b++) {
    for (const [v, [, p, o]] of variants.entries()) {
      page[v]!.push(await batch(p));
      one[v]!.push(await batch(o));
    }
  }
  const range = (xs: number[]) => `${median(xs).toFixed(1)} (${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)})`;
  console.log(`client CPU µs per read, median (min–max) of 7 batches of ${BATCH}, ${IN_FLIGHT} in flight`);
  console.log(`${'page of 26'.padEnd(22)}${'contact by id'.padEnd(22)}variant`);
  for (const [v, [label]] of variants.entries()) console.log(`${range(page[v]!).padEnd(22)}${range(one[v]!).padEnd(22)}${label}`);
  for (const c of held) c.release();
  await Promise.all([objects.end(), text.end(), holder.end()]);
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query(`drop schema if exists ${SCHEMA} cascade`);
  await c.end();
}

await main();
