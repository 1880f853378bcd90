import { describe, expect, it } from 'vitest';
import { expiryPhrase } from '../../web/src/format.js';

const NOW = Date.parse('2026-11-29T12:00:00Z');
const at = (ms: number) => new Date(NOW + ms).toISOString();
const DAY = 86_400_000;

/** The keys page's expiry phrasing ("expires in 90 days", "expired 2 days ago"), in days rather than weeks or months. */
describe('expiryPhrase', () => {
  it('counts whole days, hours or minutes, future and past', () => {
    expect(expiryPhrase(at(90 * DAY - 1000), NOW)).toBe('expires in 90 days');
    expect(expiryPhrase(at(89 * DAY + 1000), NOW)).toBe('expires in 90 days');
    expect(expiryPhrase(at(200 * DAY), NOW)).toBe('expires in 200 days');
    expect(expiryPhrase(at(-2 * DAY - 5000), NOW)).toBe('expired 2 days ago');
    expect(expiryPhrase(at(DAY), NOW)).toBe('expires in 1 day');
    expect(expiryPhrase(at(5 * 3_600_000), NOW)).toBe('expires in 5 hours');
    expect(expiryPhrase(at(5 * 3_600_000 - 60_000), NOW)).toBe('expires in 5 hours');
    expect(expiryPhrase(at(-30 * 60_000), NOW)).toBe('expired 30 minutes ago');
    expect(expiryPhrase(at(10_000), NOW)).toBe('expires in 1 minute');
  });
});
