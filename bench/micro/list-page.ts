/**
 * What a 25-contact page costs in process, piece by piece, before and after the list-page changes (contact reads compiled once, rows serialized by schema), on the
 * seeded 1,000-contact store (run any S1 bench first so it exists):
 *
 *   npx tsx bench/micro/list-page.ts
 *
 * "before" rebuilds the old pipeline here: better-sqlite3 object rows, `Date#toISOString`, and
 * fast-json-stringify compiled from the declared schema (nullable fields as `anyOf`). "after" is what the
 * server runs now: rows from raw arrays (src/store/dialects/sqlite/prepared.ts `rawReader`), `iso()` (src/http/present.ts)
 * and the serializer's schema copy (src/http/serializer.ts). Each line: median of 7 batches, µs per page.
 */
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import fastJsonStringify from 'fast-json-stringify';
import { contactJson, listBody } from '../../src/http/present.js';
import { ref } from '../../src/http/schemas/common.js';
import { COMPONENTS } from '../../src/http/schemas/index.js';
import { ContactPage } from '../../src/http/schemas/contacts.js';
import { forSerializer } from '../../src/http/serializer.js';
import { contactColumns, toContact } from '../../src/store/sql/rows.js';
import { rawReader } from '../../src/store/dialects/sqlite/prepared.js';
import type { Contact } from '../../src/store/types.js';

const db = new SQLite(join(import.meta.dirname, '..', '.data', 'small', 'keyward.db'), { readonly: true });
const workspace = (db.prepare('select workspace_id as w from contacts limit 1').get() as { w: string }).w;
const text = `select ${contactColumns.join(', ')} from contacts where workspace_id = ? order by created_at desc, id desc limit ?`;
const objects = db.prepare(text);
const raw = rawReader(db.prepare(text));

const N = 2000;
function time(label: string, f: () => unknown): number {
  for (let i = 0; i < 200; i++) f();
  const batches: number[] = [];
  for (let b = 0; b < 7; b++) {
    const t = process.hrtime.bigint();
    for (let i = 0; i < N; i++) f();
    batches.push(Number(process.hrtime.bigint() - t) / N / 1000);
  }
  const median = batches.sort((x, y) => x - y)[3];
  console.log(`${median.toFixed(1).padStart(8)} µs  ${label}`);
  return median;
}

const oldJson = (c: Contact) => ({ ...contactJson(c), created_at: new Date(c.createdAt).toISOString(), updated_at: new Date(c.updatedAt).toISOString() });
// The components a page refers to, as Fastify hands them to the serializer (src/http/openapi.ts), rewritten alike.
const external = (rewrite: (s: unknown) => unknown) => Object.fromEntries(COMPONENTS.map((c) => [c.$id, rewrite(c)]));
const declared = fastJsonStringify(ref(ContactPage) as never, { schema: external((s) => s) as never });
const rewritten = fastJsonStringify(forSerializer(ref(ContactPage)) as never, { schema: external(forSerializer) as never });
const rowsOld = objects.all(workspace, 26) as Parameters<typeof toContact>[0][];
const page = { items: rowsOld.slice(0, 25).map(toContact), next: null };
const body = listBody(page, contactJson);
if (declared(body) !== rewritten(body) || JSON.stringify(listBody(page, oldJson)) !== JSON.stringify(body)) throw new Error('outputs differ');

console.log('one 25-contact page (26 rows read):');
const parts = [
  [time('rows: better-sqlite3 objects', () => objects.all(workspace, 26)), time('rows: raw arrays + generated builder', () => raw.all([workspace, 26]))],
  [time('map: toContact ×25', () => rowsOld.slice(0, 25).map(toContact)), time('map: toContact ×25 (same)', () => rowsOld.slice(0, 25).map(toContact))],
  [time('present: toISOString', () => listBody(page, oldJson)), time('present: iso()', () => listBody(page, contactJson))],
  [time('serialize: declared schema (anyOf)', () => declared(body)), time('serialize: type lists', () => rewritten(body))],
];
// For scale: V8's own JSON.stringify of the same body (no schema: it would write any extra property too).
time('serialize: JSON.stringify, for scale', () => JSON.stringify(body));
const before = parts.reduce((s, [b]) => s + b, 0);
const after = parts.reduce((s, [, a]) => s + a, 0);
console.log(`total before ${before.toFixed(1)} µs, after ${after.toFixed(1)} µs (${(after / before).toFixed(2)} ×)`);
