import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BASE62, generateKey } from '../../src/keys/key-format.js';
import { appsClosedAfterEach } from '../support/app.js';
import { aKey, anOwner } from '../support/fixtures.js';
import { expectSafe, nextIp } from './support.js';

/** Requests this file sends through the fuzzers (the suites of test/security total over 10,000). */
const RUNS = 3000;
const LIMITS = { failedAuthPerMinute: 1_000_000, rateLimitPerMinute: 1_000_000, rateLimitPerSecond: 100_000 };

/** Characters an HTTP client can put in a header value (tab, visible ASCII, obs-text); the rest is fuzzed over a raw socket. */
const headerChar = fc.oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.integer({ min: 0x80, max: 0xff }), fc.constant(0x09)).map((c) => String.fromCharCode(c));
const headerText = (maxLength: number) => fc.string({ unit: headerChar, maxLength });

/** Values close to a real key: the mistakes and forgeries a key check must survive. */
function nearKey(real: string): fc.Arbitrary<string> {
  const pos = fc.nat({ max: real.length - 1 });
  return fc.oneof(
    pos.chain((i) => fc.constantFrom(...BASE62).map((c) => real.slice(0, i) + c + real.slice(i + 1))),
    pos.map((i) => real.slice(0, i)),
    headerText(20).map((s) => real + s),
    headerText(20).map((s) => s + real),
    fc.constantFrom(real.toUpperCase(), real.toLowerCase(), real.replace('live', 'test'), ` ${real} `, `${real},${real}`, `${real}, ${generateKey()}`),
    fc.string({ unit: fc.constantFrom(...BASE62), minLength: 0, maxLength: 60 }).map((s) => `ak_live_${s}`),
    fc.constant(generateKey()),
    fc.constant(generateKey({ mode: 'test' })),
  );
}

const huge = fc.constantFrom(1024, 64 * 1024, 1024 * 1024).chain((n) => headerText(1).map((c) => (c || 'a').repeat(n)));

describe('fuzzing the key headers (inject)', () => {
  const app = appsClosedAfterEach();

  it(`${RUNS} requests with random, near-miss, huge and repeated X-API-Key / Authorization values: only 2xx for the real key, otherwise a 4xx problem`, async () => {
    const t = await app({ config: LIMITS });
    const owner = await anOwner(t);
    const { key: real } = await aKey(t, owner);
    const value = fc.oneof({ weight: 3, arbitrary: headerText(300) }, { weight: 4, arbitrary: nearKey(real) }, { weight: 1, arbitrary: huge });
    const headers: fc.Arbitrary<Record<string, string | string[]>> = fc.oneof(
      value.map((v) => ({ 'x-api-key': v })),
      value.map((v) => ({ authorization: `Bearer ${v}` })),
      fc
        .tuple(fc.constantFrom('Bearer', 'bearer', 'BEARER', 'Basic', 'Token', 'ApiKey', ''), headerText(8), value)
        .map(([scheme, sep, v]) => ({ authorization: `${scheme}${sep}${v}` })),
      fc.tuple(value, value).map(([a, b]) => ({ 'x-api-key': a, authorization: `Bearer ${b}` })),
      fc.array(value, { minLength: 2, maxLength: 4 }).map((vs) => ({ 'x-api-key': vs })),
      fc.constant({ 'x-api-key': [real, real] as string[] }),
      fc.constant({ 'x-api-key': real, authorization: `Bearer ${real}` }),
    );
    const url = fc.constantFrom('/api/contacts', '/api/me', '/api/keys', '/api/audit', `/api/contacts?api_key=${real}`);
    let sent = 0;
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(headers, url, async (h, u) => {
        sent++;
        const res = await t.request({ url: u, headers: h, ip: nextIp() });
        expectSafe(res, `${u} ${JSON.stringify(h).slice(0, 200)}`);
        const values: unknown[] = Object.values(h);
        // Accepted only if every credential sent is the real key (a scheme's surrounding whitespace aside).
        const credentials = values.map((v) => (typeof v === 'string' ? v.replace(/^bearer\s+/i, '').trim() : v));
        if (res.statusCode < 300) {
          accepted++;
          expect(
            credentials.every((c) => c === real),
            JSON.stringify(h).slice(0, 200),
          ).toBe(true);
        }
        // The key exactly where the spec reads it: X-API-Key, or Authorization with the Bearer scheme (a bare
        // key in Authorization is no credential: 401).
        const exact = Object.entries(h).every(([name, v]) => v === (name === 'authorization' ? `Bearer ${real}` : real));
        if (exact && (u === '/api/contacts' || u === '/api/me')) expect(res.statusCode).toBe(200);
      }),
      { numRuns: RUNS },
    );
    expect(sent).toBe(RUNS);
    expect(accepted).toBeGreaterThan(0);
    expect((await t.request({ url: '/healthz' })).statusCode).toBe(200);
    expect((await t.request({ url: '/api/me', as: { key: real } })).statusCode).toBe(200);
    for (const line of t.logs) expect(line).not.toContain(real.slice(8, 20));
  }, 120_000);
});
