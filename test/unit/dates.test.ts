import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRfc3339 } from '../../src/dates.js';

describe('strict RFC 3339 date-time', () => {
  it('accepts valid instants, with offsets and fractions', () => {
    expect(parseRfc3339('2027-01-02T03:04:05Z')).toBe(Date.UTC(2027, 0, 2, 3, 4, 5));
    expect(parseRfc3339('2027-01-02T03:04:05.678+02:00')).toBe(Date.UTC(2027, 0, 2, 1, 4, 5, 678));
    expect(parseRfc3339('2028-02-29t00:00:00.1234z')).toBe(Date.UTC(2028, 1, 29, 0, 0, 0, 123));
    expect(parseRfc3339('0001-01-01T00:00:00Z')).toBe(Date.parse('0001-01-01T00:00:00Z'));
  });

  it('refuses leap seconds, impossible dates and anything loose', () => {
    for (const bad of [
      '2099-12-31T23:59:60Z',
      '2027-02-29T00:00:00Z',
      '2027-04-31T00:00:00Z',
      '2027-13-01T00:00:00Z',
      '2027-01-01T24:00:00Z',
      '2027-01-01T00:60:00Z',
      '2027-01-01T00:00:00+24:00',
      '2027-01-01T00:00:00',
      '2027-01-01',
      '2027-01-01 00:00:00Z',
      ' 2027-01-01T00:00:00Z',
      '+002027-01-01T00:00:00Z',
      'Fri, 01 Jan 2027 00:00:00 GMT',
      '',
      '2027-01-01T00:00:00.Z',
    ]) {
      expect(parseRfc3339(bad), bad).toBeUndefined();
    }
  });

  it('never yields NaN, and agrees with Date.parse on every instant it accepts', () => {
    fc.assert(
      // Boolean properties (fast-check reports the counterexample): an `expect` per run would be most of the cost.
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        const at = parseRfc3339(s);
        return at === undefined || Number.isFinite(at);
      }),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(
        fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }),
        (d) => parseRfc3339(d.toISOString()) === d.getTime(),
      ),
      { numRuns: 2000 },
    );
  });

  it('refuses every string with a field out of range, built field by field', () => {
    const two = (n: number) => String(n).padStart(2, '0');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
        (mo, d, h, mi, s) => {
          const text = `2027-${two(mo)}-${two(d)}T${two(h)}:${two(mi)}:${two(s)}Z`;
          const valid = mo >= 1 && mo <= 12 && d >= 1 && d <= new Date(Date.UTC(2027, mo, 0)).getUTCDate() && h <= 23 && mi <= 59 && s <= 59;
          return (parseRfc3339(text) !== undefined) === valid;
        },
      ),
      { numRuns: 3000 },
    );
  });
});
