import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_TUNING } from '../../src/store/dialects/sqlite/index.js';
import type { SqlStore } from '../../src/store/sql-store.js';
import type { Contact, Cursor } from '../../src/store/types.js';
import { DIALECTS, openTestStore } from '../support/backends.js';

/**
 * Search that stops early is still the plain filter: for random workspaces (dense and sparse matches, equal
 * creation times, contacts of other workspaces that match too), random queries, page sizes and search
 * thresholds, paging through `GET /api/contacts?q=` returns exactly the contacts whose folded name, email
 * or company contains the folded query, newest first, each once — whichever steps answered each page (the
 * ordered scan, the longer scan, the trigram index, the ordered scan for very many candidates) and wherever
 * a cursor falls between them.
 */
const base = 1_700_000_000_000;

/** Short texts and queries from a small alphabet; most queries are long enough for the trigram index. */
const unit = fc.constantFrom('a', 'b', 'B', 'é', 'É', ' ');
const text = fc.string({ unit, maxLength: 5 });
const queryText = fc.oneof(
  { arbitrary: fc.string({ unit, minLength: 3, maxLength: 4 }), weight: 4 },
  { arbitrary: fc.string({ unit, minLength: 1, maxLength: 2 }), weight: 1 },
);
const step = fc.nat({ max: 2 });

/** A contact holding the query (in some case) in one of its fields, or one that may hold it by chance. */
const contactFor = (query: string) => {
  const holding = fc.record({ before: text, after: text, upper: fc.boolean(), field: fc.constantFrom('name', 'email', 'company'), step }).map((h) => {
    const found = `${h.before}${h.upper ? query.toUpperCase() : query.toLowerCase()}${h.after}`;
    return { name: 'x', email: null, company: null, [h.field]: found, step: h.step };
  });
  const other = fc.record({ name: text, email: fc.option(text, { nil: null }), company: fc.option(text, { nil: null }), step });
  return { holding, other };
};

/** Dense matches (most contacts hold the query) to sparse ones (one in 30), with the search thresholds small enough to reach every step. */
const scenario = queryText.chain((query) => {
  const { holding, other } = contactFor(query);
  return fc.record({
    query: fc.constant(query),
    contacts: fc
      .integer({ min: 0, max: 30 })
      .chain((sparse) => fc.array(fc.oneof({ arbitrary: holding, weight: 1 }, { arbitrary: other, weight: sparse }), { maxLength: 100 })),
    foreign: fc.array(fc.oneof(holding, other), { maxLength: 20 }),
    limit: fc.integer({ min: 1, max: 6 }),
    tuning: fc.record({ scanFirst: fc.integer({ min: 1, max: 8 }), scanMost: fc.integer({ min: 0, max: 40 }), many: fc.integer({ min: 1, max: 60 }) }),
  });
});

type Text = { name: string; email: string | null; company: string | null; step: number };

/** Contacts created oldest first, `step` seconds apart (0: the same time as the previous one, ordered by id). */
function build(workspaceId: string, texts: readonly Text[], prefix: string): Contact[] {
  let at = base;
  return texts.map((t, i) => {
    at += t.step * 1000;
    return {
      id: `${prefix}${String(i).padStart(3, '0')}`,
      workspaceId,
      name: t.name,
      email: t.email,
      company: t.company,
      phone: null,
      notes: null,
      tags: [],
      createdAt: at,
      updatedAt: at,
    };
  });
}

/** The plain filter, in JavaScript. */
function expected(contacts: readonly Contact[], q: string): string[] {
  const f = q.toLowerCase();
  const has = (s: string | null) => s !== null && s.toLowerCase().includes(f);
  return contacts
    .filter((c) => has(c.name) || has(c.email) || has(c.company))
    .sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
    .map((c) => c.id);
}

async function searchAll(store: SqlStore, workspaceId: string, q: string, limit: number): Promise<string[]> {
  const ids: string[] = [];
  let after: Cursor | undefined;
  for (let pages = 0; pages < 200; pages++) {
    const page = await store.contacts.list(workspaceId, { q, limit, after });
    expect(page.items.length).toBe(page.next ? limit : page.items.length);
    ids.push(...page.items.map((c) => c.id));
    if (!page.next) return ids;
    after = page.next;
  }
  throw new Error('too many pages');
}

for (const dialect of DIALECTS) {
  describe(`contact search stopping early is the plain filter (${dialect})`, () => {
    let store: SqlStore;
    let run = 0;
    beforeAll(async () => {
      store = await openTestStore(dialect);
    }, 60_000);
    afterAll(() => store?.close());

    it('returns every match once, newest first, across pages and search steps', async () => {
      const saved = { ...SEARCH_TUNING };
      try {
        await fc.assert(
          fc.asyncProperty(scenario, async (s) => {
            run++;
            const ws = `wks_p${run}`;
            const other = `wks_q${run}`;
            for (const id of [ws, other]) await store.workspaces.create({ id, name: id, createdAt: base, maxKeyLifetimeDays: 366, requireKeyExpiry: false });
            const mine = build(ws, s.contacts, `con_${run}_`);
            for (const c of [...mine, ...build(other, s.foreign, `con_${run}_x`)]) await store.contacts.create(c);
            Object.assign(SEARCH_TUNING, s.tuning);
            expect(await searchAll(store, ws, s.query, s.limit)).toEqual(expected(mine, s.query));
          }),
          { numRuns: 150, seed: 27 },
        );
      } finally {
        Object.assign(SEARCH_TUNING, saved);
      }
    }, 120_000);
  });
}
