import { connect } from 'node:net';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../support/app.js';
import { aKey, anOwner } from '../support/fixtures.js';
import { type Answer, expectProblem, expectSafe } from './support.js';

/** Requests this file sends over raw sockets (the suites of test/security total over 10,000). */
const RUNS = 1000;
const LIMITS = { failedAuthPerMinute: 1_000_000, rateLimitPerMinute: 1_000_000, rateLimitPerSecond: 100_000 };

/**
 * Sends bytes as they are on a fresh connection to a listening server, half-closes, and parses the first
 * HTTP response. Fails when the server closes or resets without answering, or does not answer in 5 s.
 */
function raw(port: number, bytes: Buffer | string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const socket = connect({ port, host: '127.0.0.1' });
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => (socket.destroy(), reject(new Error('no answer within 5 s'))), 5000);
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', () => {}); // a reset after the answer is fine; no answer at all is reported on close
    socket.on('close', () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString('latin1');
      const m = /^HTTP\/1\.1 (\d{3}) [^\r\n]*\r\n([\s\S]*?)\r\n\r\n([\s\S]*)$/.exec(text);
      if (!m) return reject(new Error(`no HTTP response, got ${JSON.stringify(text.slice(0, 200))}`));
      const headers: Record<string, string> = {};
      for (const line of m[2].split('\r\n')) {
        const i = line.indexOf(':');
        headers[line.slice(0, i).toLowerCase()] = line.slice(i + 1).trim();
      }
      const length = Number(headers['content-length'] ?? m[3].length);
      resolve({ statusCode: Number(m[1]), headers, body: Buffer.from(m[3], 'latin1').subarray(0, length).toString('utf8') });
    });
    socket.write(bytes, () => socket.end());
  });
}

const get = (headerLines: string[], path = '/api/contacts') =>
  `GET ${path} HTTP/1.1\r\nHost: localhost\r\n${headerLines.map((l) => `${l}\r\n`).join('')}Connection: close\r\n\r\n`;

describe('HTTP the parser refuses, and repeated key headers, over a real socket', () => {
  let t: TestApp;
  let port: number;
  let real: string;
  afterEach(() => t?.close());

  async function listen() {
    t = await testApp({ config: LIMITS });
    real = (await aKey(t, await anOwner(t))).key;
    await t.kw.app.listen({ host: '127.0.0.1', port: 0 });
    port = (t.kw.app.server.address() as { port: number }).port;
  }

  it('repeated or conflicting key headers answer 400 ambiguous_api_key; one key, or the same key twice in both headers, works', async () => {
    await listen();
    const other = (await aKey(t, await anOwner(t))).key;
    expect((await raw(port, get([`X-API-Key: ${real}`]))).statusCode).toBe(200);
    expect((await raw(port, get([`X-API-Key: ${real}`, `Authorization: Bearer ${real}`]))).statusCode).toBe(200);
    for (const lines of [
      [`X-API-Key: ${real}`, `X-API-Key: ${real}`],
      [`X-API-Key: ${real}`, `x-api-key: ${other}`],
      [`Authorization: Bearer ${real}`, `Authorization: Bearer ${real}`],
      [`Authorization: Bearer ${other}`, `Authorization: Bearer ${real}`],
      [`X-API-Key: ${real}`, `Authorization: Bearer ${other}`],
    ]) {
      expectProblem(await raw(port, get(lines)), 400, 'ambiguous_api_key');
    }
  });

  it('oversized headers get 431 and broken HTTP 400, as problem+json, and the server keeps serving', async () => {
    await listen();
    for (const size of [20 * 1024, 1024 * 1024]) {
      expectProblem(await raw(port, get([`X-API-Key: ${'a'.repeat(size)}`])), 431, 'request_header_too_large');
    }
    const broken = [
      get([`X-API-Key: ak_live_\u0000${real.slice(9)}`]),
      get([`X-API-Key: ${real.slice(0, 10)}\u0001${real.slice(11)}`]),
      get([`X-API-Key: ${real}\nX-Injected: 1`]),
      get([`X-API-Key : ${real}`]),
      get([' folded: continuation']),
      'GET /api/contacts HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
      'POST /api/keys/revoke-leaked HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\nContent-Length: 20\r\n\r\n',
      'NOT HTTP AT ALL\r\n\r\n',
      'GET /\u0000 HTTP/1.1\r\n\r\n',
      'GET / HTTP/9.9\r\nHost: x\r\n\r\n',
    ];
    for (const bytes of broken) expectProblem(await raw(port, bytes), 400, 'malformed_request');
    expect((await raw(port, get([], '/healthz'))).statusCode).toBe(200);
  });

  it(`${RUNS} header values of random bytes (control characters, CR/LF, NUL, UTF-8) never get a 5xx, and /healthz answers after`, async () => {
    await listen();
    const bytes = fc.uint8Array({ minLength: 0, maxLength: 400 });
    const place = fc.constantFrom('X-API-Key: ', 'Authorization: Bearer ', 'Authorization: ', 'X-Api-Key:');
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(place, bytes, fc.boolean(), async (prefix, value, withRealKey) => {
        const head = Buffer.from(`GET /api/me HTTP/1.1\r\nHost: localhost\r\n${withRealKey ? `X-API-Key: ${real}\r\n` : ''}${prefix}`, 'latin1');
        const tail = Buffer.from('\r\nConnection: close\r\n\r\n', 'latin1');
        const res = await raw(port, Buffer.concat([head, value, tail]));
        statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
        expectSafe(res, `${prefix}${Buffer.from(value).toString('hex')}`);
      }),
      { numRuns: RUNS },
    );
    expect([...statuses.values()].reduce((a, b) => a + b, 0)).toBe(RUNS);
    expect(
      [...statuses.keys()].every((s) => s < 500),
      JSON.stringify([...statuses]),
    ).toBe(true);
    expect((await raw(port, get([], '/healthz'))).statusCode).toBe(200);
    expect((await raw(port, get([`X-API-Key: ${real}`], '/api/me'))).statusCode).toBe(200);
  }, 120_000);
});
