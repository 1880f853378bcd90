import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BASE62, generateKey } from '../../src/keys/key-format.js';
import { findKeyRuns, maskKeyRuns } from '../../src/keys/key-scan.js';
import { scrubKeys, scrubUrl } from '../../src/logger.js';

/** One character of a key as a client or an attacker might spell it in a URL. */
const spelling = fc.constantFrom('plain', 'pct-upper', 'pct-lower', 'double') as fc.Arbitrary<'plain' | 'pct-upper' | 'pct-lower' | 'double'>;
function spell(ch: string, how: 'plain' | 'pct-upper' | 'pct-lower' | 'double'): string {
  const hex = ch.charCodeAt(0).toString(16).padStart(2, '0');
  if (how === 'pct-upper') return `%${hex.toUpperCase()}`;
  if (how === 'pct-lower') return `%${hex}`;
  if (how === 'double') return `%25${hex}`;
  return ch;
}

describe('scrubUrl: no encoding of a key survives into a message or a log line', () => {
  it('percent (upper, lower, double) encodings of any characters, in the path or the query', () => {
    fc.assert(
      fc.property(fc.array(spelling, { minLength: 46, maxLength: 46 }), fc.constantFrom('path', 'query', 'plus'), (hows, where) => {
        const key = generateKey();
        const encoded = [...key].map((ch, i) => spell(ch, hows[i])).join('');
        const url = where === 'path' ? `/api/x${encoded}/y` : where === 'query' ? `/api/contacts?q=${encoded}&a=1` : `/api/contacts?q=a+${encoded}+b`;
        const out = scrubUrl(url);
        // Nothing of the key's 38-character body survives in any run of 16 characters or more (collected
        // first and asserted once: thousands of `expect` calls per property would be most of its cost).
        const runs = Array.from({ length: 38 - 16 + 1 }, (_, i) => key.slice(8 + i, 24 + i));
        expect(
          [key, key.slice(8, 40), encoded, ...runs].filter((s) => out.includes(s)),
          out,
        ).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves ordinary URLs readable', () => {
    expect(scrubUrl('/api/contacts/con_0123456789abcdefghij?q=Ada%20Lovelace')).toBe('/api/contacts/con_0123456789abcdefghij?q=Ada Lovelace');
  });
});

/** A key is found by its checksum, however it is split. */
describe('scrubbing by content: a key split by separators', () => {
  const separators = fc.constantFrom('/', '.', '-', '_', '~', ',', ';', ':', ' ', '%2F', '%2E', '//', '/./', '%252F');
  const split = fc.tuple(fc.array(fc.integer({ min: 1, max: 45 }), { minLength: 1, maxLength: 8 }), fc.array(separators, { minLength: 8, maxLength: 8 }));

  it('masks the whole key in a path, a query or a message, wherever it is cut', () => {
    fc.assert(
      fc.property(
        split,
        fc.constantFrom('live', 'test') as fc.Arbitrary<'live' | 'test'>,
        fc.constantFrom('path', 'query', 'message'),
        ([cuts, seps], mode, where) => {
          const key = generateKey({ mode });
          const at = [...new Set(cuts)].sort((a, b) => a - b);
          let pieces = '';
          let from = 0;
          at.forEach((c, i) => {
            // A message is not decoded: there a separator is one as written.
            pieces += key.slice(from, c) + (where === 'message' ? seps[i].replace(/%(25)?2F/g, '/').replace(/%(25)?2E/g, '.') : seps[i]);
            from = c;
          });
          pieces += key.slice(from);
          const out =
            where === 'message' ? scrubKeys(`No route GET /api/${pieces}`) : scrubUrl(where === 'path' ? `/api/v1/${pieces}/x` : `/api/contacts?q=${pieces}`);
          const body = key.slice(8);
          const letters = out.replace(/[^0-9A-Za-z]/g, '');
          const runs = Array.from({ length: body.length - 10 + 1 }, (_, i) => body.slice(i, i + 10));
          expect(
            runs.filter((r) => letters.includes(r)),
            `${pieces} → ${out}`,
          ).toEqual([]);
          expect(out).toContain('[REDACTED]');
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('finds nothing in runs of key characters that do not verify', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 38, maxLength: 200, unit: fc.constantFrom(...BASE62, '/', '.') }), (text) => {
        expect(findKeyRuns(text)).toEqual([]);
      }),
      { numRuns: 2000 },
    );
    const key = generateKey();
    const damaged = `${key.slice(0, 20)}/${key[20] === 'A' ? 'B' : 'A'}${key.slice(21)}`;
    expect(findKeyRuns(damaged)).toEqual([]);
    expect(maskKeyRuns(`a/${key.slice(0, 20)}.${key.slice(20)}/b`)).toBe(`a/${key.slice(0, 8)}[REDACTED]/b`);
  });
});
