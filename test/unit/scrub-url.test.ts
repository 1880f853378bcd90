import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateKey } from '../../src/keys/key-format.js';
import { scrubUrl } from '../../src/logger.js';

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
        expect(out).not.toContain(key);
        expect(out).not.toContain(key.slice(8, 40));
        expect(out).not.toContain(encoded);
        // Nothing of the key's 38-character body survives in any run of 16 characters or more.
        for (let i = 0; i + 16 <= 38; i++) expect(out).not.toContain(key.slice(8 + i, 24 + i));
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves ordinary URLs readable', () => {
    expect(scrubUrl('/api/contacts/con_0123456789abcdefghij?q=Ada%20Lovelace')).toBe('/api/contacts/con_0123456789abcdefghij?q=Ada Lovelace');
  });
});
