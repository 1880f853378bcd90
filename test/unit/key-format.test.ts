import { crc32 } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BASE62, KEY_PATTERN, checksum, generateKey, hashKey, isWellFormedKey, keyHint, randomBase62 } from '../../src/keys/key-format.js';

describe('key format', () => {
  it('every generated key matches the published pattern and validates', () => {
    fc.assert(
      fc.property(fc.constantFrom('live' as const, 'test' as const), fc.uint8Array({ minLength: 64, maxLength: 64 }), (mode, seed) => {
        let offset = 0;
        const random = (n: number) => {
          const out = Buffer.alloc(n);
          for (let i = 0; i < n; i++) out[i] = seed[offset++ % seed.length];
          return out;
        };
        const key = generateKey({ mode, random });
        // A boolean property (fast-check reports the counterexample): an `expect` per run would be most of the cost.
        return KEY_PATTERN.test(key) && key.length === 46 && isWellFormedKey(key);
      }),
      { numRuns: 2000 },
    );
  });

  it('every single-character change of a valid key is rejected', () => {
    const key = generateKey();
    const alphabet = `${BASE62}_-!. ~é`;
    // All of them (46 positions × the alphabet), not a sample.
    const accepted: string[] = [];
    for (let i = 0; i < key.length; i++) {
      for (const ch of alphabet) {
        const mutated = key.slice(0, i) + ch + key.slice(i + 1);
        if (ch !== key[i] && isWellFormedKey(mutated)) accepted.push(mutated);
      }
    }
    expect(accepted).toEqual([]);
  });

  it('the checksum is CRC32 (IEEE) of the first 40 characters in base62, most significant digit first, 6 characters', () => {
    const key = generateKey();
    let n = crc32(key.slice(0, 40));
    let digits = '';
    do {
      digits = BASE62[n % 62] + digits;
      n = Math.floor(n / 62);
    } while (n > 0);
    expect(key.slice(40)).toBe(digits.padStart(6, '0'));
    expect(checksum('ak_live_00000000000000000000000000000000')).toHaveLength(6);
  });

  it('random characters are uniform over the alphabet (no modulo bias)', () => {
    const counts = new Map<string, number>();
    const sample = randomBase62(62 * 2000);
    for (const c of sample) counts.set(c, (counts.get(c) ?? 0) + 1);
    expect(counts.size).toBe(62);
    // Each of 62 characters expected 2000 times; modulo bias over bytes would give the first 8 about 2,060+.
    for (const n of counts.values()) expect(Math.abs(n - 2000)).toBeLessThan(250);
  });

  it('hashes are SHA-256 hex, or HMAC-SHA-256 with a versioned pepper; the hint shows prefix and last 4', () => {
    const key = generateKey();
    expect(hashKey(key)).toMatch(/^[0-9a-f]{64}$/);
    const peppered = hashKey(key, { version: 2, secret: 'a-very-secret-pepper' });
    expect(peppered).toMatch(/^v2:[0-9a-f]{64}$/);
    expect(peppered.slice(3)).not.toBe(hashKey(key));
    expect(keyHint(key)).toBe(`ak_live_…${key.slice(-4)}`);
  });
});
