import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_TUNING } from '../../src/store/dialects/sqlite/index.js';
import type { SqlStore } from '../../src/store/sql-store.js';
import type { Contact, Cursor } from '../../src/store/types.js';
import { DIALECTS, openTestStore } from '../support/backends.js';

/**
 * Contact search (`q`) on every backend: a contact matches when its name, email or company contains the
 * query, case folded with toLowerCase on both sides (src/store/search.ts). Every backend must return exactly
 * what that rule, applied in JavaScript to the same contacts, returns, in the same newest-first order and
 * pages: so all backends return the same results. The workspace holds more than SEARCH_TUNING.scanFirst
 * contacts so that SQLite's paths are all taken (the ordered scan, the FTS5 trigram candidates, and, with
 * the thresholds lowered, the ordered scan for a text with very many candidates).
 */
const WS = 'wks_search';
const OTHER = 'wks_other';
const base = 1_700_000_000_000;

const named: Omit<Contact, 'workspaceId' | 'tags' | 'notes' | 'phone' | 'createdAt' | 'updatedAt'>[] = [
  { id: 'con_ada', name: 'Ada Lovelace', email: 'ada@analytical.example', company: 'Analytical Engines' },
  { id: 'con_emile', name: 'Émile Zola', email: 'emile@rougon.example', company: 'Éditions Charpentier' },
  { id: 'con_pct', name: '50% Off_Sale', email: null, company: 'back\\slash "quoted" co' },
  { id: 'con_greek', name: 'ΣΊΣΥΦΟΣ', email: 'sisyphus@example.test', company: null },
  { id: 'con_istanbul', name: 'İstanbul Office', email: 'ist@example.test', company: 'ACME' },
  { id: 'con_grace', name: 'Grace Hopper', email: 'grace@navy.example', company: 'US Navy' },
  { id: 'con_emoji', name: 'Rocket 🚀 Labs', email: null, company: 'abc' },
];

function contacts(): Contact[] {
  const out: Contact[] = [];
  // Filler: many contacts, newest first in time order, none containing the rare words below.
  for (let i = 0; i < SEARCH_TUNING.scanFirst + 150; i++) {
    out.push({
      id: `con_f${String(i).padStart(4, '0')}`,
      workspaceId: WS,
      name: `Filler ${i}`,
      email: `filler-${i}@bulk.example`,
      phone: '+1 555 0100',
      company: `Bulk ${i % 7}`,
      notes: 'Ada Lovelace in the notes is not searched',
      tags: [],
      createdAt: base + i * 1000,
      updatedAt: base + i * 1000,
    });
  }
  // The named contacts are the oldest, so a search for them goes past the newest SEARCH_TUNING.scanFirst.
  named.forEach((c, i) => out.push({ ...c, workspaceId: WS, phone: 'ada 0100', notes: null, tags: [], createdAt: base - (i + 1) * 1000, updatedAt: base }));
  // Same created_at as another contact: order then goes by id.
  out.push({
    id: 'con_ada2',
    workspaceId: WS,
    name: 'ada twin',
    email: null,
    phone: null,
    company: null,
    notes: null,
    tags: [],
    createdAt: base - 1000,
    updatedAt: base,
  });
  // Another workspace's contact that matches everything: never returned.
  out.push({
    id: 'con_foreign',
    workspaceId: OTHER,
    name: 'Ada Émile Grace 50% ΣΊΣΥΦΟΣ 🚀',
    email: 'filler-1@bulk.example',
    phone: null,
    company: 'abc',
    notes: null,
    tags: [],
    createdAt: base + 10_000_000,
    updatedAt: base,
  });
  return out;
}

/** The rule, in JavaScript. */
function expected(all: readonly Contact[], q: string): string[] {
  const f = q.toLowerCase();
  const has = (s: string | null) => s !== null && s.toLowerCase().includes(f);
  return all
    .filter((c) => c.workspaceId === WS && (has(c.name) || has(c.email) || has(c.company)))
    .sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
    .map((c) => c.id);
}

async function searchAll(store: SqlStore, q: string, limit: number): Promise<string[]> {
  const ids: string[] = [];
  let after: Cursor | undefined;
  for (let pages = 0; pages < 1000; pages++) {
    const page = await store.contacts.list(WS, { q, limit, after });
    ids.push(...page.items.map((c) => c.id));
    if (!page.next) return ids;
    after = page.next;
  }
  throw new Error('too many pages');
}

const QUERIES = [
  'ada',
  'ADA',
  'Ada L',
  'lovelace',
  'analytical',
  'a',
  'ad',
  'Ém',
  'émile',
  'ÉMILE',
  'EMILE',
  'éditions',
  'zola',
  '50%',
  '%',
  '_',
  'off_',
  '\\',
  'back\\slash',
  '"quoted"',
  '"',
  'σίσυφος',
  'ΣΊΣ',
  'sisyphus',
  'İstanbul',
  'i̇stanbul',
  'istanbul',
  'acme',
  'navy',
  '🚀',
  'rocket 🚀',
  '🚀 l',
  'filler',
  'filler-1',
  'filler-12@',
  'bulk 3',
  '@bulk.example',
  'ada 0100',
  'notes',
  'lovelaceada@',
  'ada lovelaceada',
  ' ',
  'zzz',
  'abc',
  'twin',
  'filler 649',
  'filler 0',
];

for (const dialect of DIALECTS) {
  describe(`contact search (${dialect})`, () => {
    let store: SqlStore;
    const all = contacts();

    beforeAll(async () => {
      store = await openTestStore(dialect);
      for (const id of [WS, OTHER]) await store.workspaces.create({ id, name: id, createdAt: base, maxKeyLifetimeDays: 366, requireKeyExpiry: false });
      for (const c of all) await store.contacts.create(c);
    }, 120_000);
    afterAll(() => store?.close());

    it('returns exactly the rule’s matches, newest first, for every query and page size', async () => {
      for (const q of QUERIES) {
        const want = expected(all, q);
        expect(await searchAll(store, q, 25), `q=${JSON.stringify(q)}`).toEqual(want);
        if (want.length > 3) expect(await searchAll(store, q, 3), `q=${JSON.stringify(q)} by 3`).toEqual(want);
      }
    }, 120_000);

    it('gives the same answers when every indexed query counts as common (ordered scan instead of the index)', async () => {
      const saved = { ...SEARCH_TUNING };
      Object.assign(SEARCH_TUNING, { scanFirst: 10, many: 2 });
      try {
        for (const q of QUERIES) expect(await searchAll(store, q, 7), `q=${JSON.stringify(q)}`).toEqual(expected(all, q));
      } finally {
        Object.assign(SEARCH_TUNING, saved);
      }
    }, 120_000);

    it('agrees with the rule for random queries taken from the contacts’ own text', async () => {
      const texts = all
        .filter((c) => c.workspaceId === WS)
        .flatMap((c) => [c.name, c.email, c.company, c.phone, c.notes])
        .filter((s): s is string => s !== null);
      const query = fc.tuple(fc.constantFrom(...texts), fc.nat(), fc.integer({ min: 1, max: 8 }), fc.boolean()).map(([t, start, len, upper]) => {
        const chars = [...t];
        const s = chars.slice(start % chars.length, (start % chars.length) + len).join('');
        return upper ? s.toUpperCase() : s;
      });
      await fc.assert(
        fc.asyncProperty(query, async (q) => {
          expect(await searchAll(store, q, 25)).toEqual(expected(all, q));
        }),
        { numRuns: 60 },
      );
    }, 120_000);

    it('answers any query, U+0000, quotes, FTS5 syntax and every control character included, by the rule', async () => {
      for (const q of [
        'ab\u0000',
        '\u0000',
        'ada\u0000lovelace',
        'a"b\u0000"',
        '"ada" OR "grace"',
        'ada*',
        'NEAR(ada grace)',
        'ada\u0001\u001f',
        '\u0000\u0000\u0000ada',
      ]) {
        expect(await searchAll(store, q, 25), `q=${JSON.stringify(q)}`).toEqual(expected(all, q));
      }
      const special = fc.constantFrom(
        '\u0000',
        '"',
        "'",
        '*',
        '(',
        ')',
        ':',
        '^',
        '-',
        '+',
        'NEAR',
        'OR',
        'AND',
        'NOT',
        '\\',
        '%',
        '_',
        '\u001f',
        '\t',
        '\n',
        '\ud83d\ude80',
        'ada',
        'é',
      );
      const query = fc.array(fc.oneof(special, fc.string({ maxLength: 3, unit: 'binary' })), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));
      await fc.assert(
        fc.asyncProperty(query, async (q) => {
          expect(await searchAll(store, q, 25), `q=${JSON.stringify(q)}`).toEqual(expected(all, q));
        }),
        { numRuns: 200, seed: 11 },
      );
    }, 120_000);

    it('follows updates and deletions', async () => {
      const grace = all.find((c) => c.id === 'con_grace')!;
      await store.contacts.update({ ...grace, name: 'Rear Admiral Hopper', company: 'Quantum Ltd' });
      expect(await searchAll(store, 'grace', 25)).toEqual(['con_grace']); // still in the email
      expect(await searchAll(store, 'us navy', 25)).toEqual([]);
      expect(await searchAll(store, 'QUANTUM', 25)).toEqual(['con_grace']);
      expect(await searchAll(store, 'admiral', 25)).toEqual(['con_grace']);
      await store.contacts.update(grace);
      expect(await searchAll(store, 'us navy', 25)).toEqual(['con_grace']);
      expect(await store.contacts.delete(WS, 'con_emoji')).toBe(true);
      expect(await searchAll(store, '🚀', 25)).toEqual([]);
      await store.contacts.create({ ...all.find((c) => c.id === 'con_emoji')!, id: 'con_emoji2' });
      expect(await searchAll(store, 'rocket 🚀', 25)).toEqual(['con_emoji2']);
      expect(await searchAll(store, 'abc', 25)).toEqual(['con_emoji2']);
    });
  });
}
