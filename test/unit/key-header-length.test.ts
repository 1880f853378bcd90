import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tooLong } from '../../src/keys/key-authenticator.js';

describe('the 256-byte limit on a presented key header, counted in UTF-8 bytes', () => {
  it('is exact at the boundary for 1-, 2-, 3- and 4-byte characters', () => {
    for (const [ch, bytes] of [
      ['a', 1],
      ['é', 2],
      ['€', 3],
      ['😀', 4],
    ] as const) {
      const fits = Math.floor(256 / bytes);
      expect(tooLong(ch.repeat(fits)), `${fits} × ${ch}`).toBe(false);
      expect(tooLong(ch.repeat(fits + 1)), `${fits + 1} × ${ch}`).toBe(true);
    }
  });

  it('agrees with Buffer.byteLength on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => tooLong(s) === Buffer.byteLength(s) > 256),
      { numRuns: 2000 },
    );
  });
});
