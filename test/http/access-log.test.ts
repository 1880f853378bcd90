import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { generateKey } from '../../src/keys/key-format.js';
import { lazyChildLogger } from '../../src/logger.js';
import { SESSION_COOKIE } from '../../src/http/auth-hook.js';
import { type TestApp, describeEachDialect } from '../support/app.js';
import { aKey, anOwner } from '../support/fixtures.js';

/** The access lines among `t.logs` from `from` on, parsed. */
const accessLines = (t: TestApp, from = 0) =>
  t.logs
    .slice(from)
    .map((l) => JSON.parse(l))
    .filter((l) => l.msg === 'request');

/** Every 12-character piece of `key` after its prefix: none may appear in a log line. */
const piecesOf = (key: string) => Array.from({ length: key.length - 19 }, (_, i) => key.slice(8 + i, 20 + i));

describeEachDialect('the access log', ({ app }) => {
  it('at info, one line per request, with the key id and a scrubbed URL, and no key material', async () => {
    const t = await app();
    const { key, id } = await aKey(t, await anOwner(t));
    const from = t.logs.length;
    expect((await t.request({ url: '/healthz' })).statusCode).toBe(200);
    expect((await t.request({ url: '/api/me', headers: { 'x-api-key': key } })).statusCode).toBe(200);
    expect((await t.request({ url: '/api/me', headers: { authorization: `Bearer ${key}` } })).statusCode).toBe(200);
    expect((await t.request({ url: `/api/nothing/${key}?k=${key}` })).statusCode).toBe(404);
    expect((await t.request({ url: '/api/me', headers: { 'x-api-key': generateKey() } })).statusCode).toBe(401);

    const lines = accessLines(t, from);
    expect(t.logs.slice(from)).toHaveLength(lines.length);
    expect(lines.map((l) => [l.method, l.status, l.keyId])).toEqual([
      ['GET', 200, undefined],
      ['GET', 200, id],
      ['GET', 200, id],
      ['GET', 404, undefined],
      ['GET', 401, undefined],
    ]);
    expect(lines[0]).toMatchObject({ level: 30, url: '/healthz', reqId: expect.any(String) });
    expect(typeof lines[0].ms).toBe('number');
    expect(new Set(lines.map((l) => l.reqId)).size).toBe(lines.length);
    expect(lines[3].url).toContain('[REDACTED]');
    const text = t.logs.join('\n');
    for (const piece of piecesOf(key)) expect(text).not.toContain(piece);
    expect(text).not.toContain('incoming request');
    expect(text).not.toContain('request completed');
  });

  it('none at warn, and none when ACCESS_LOG is off', async () => {
    for (const config of [{ logLevel: 'warn' as const }, { accessLog: false }]) {
      const t = await app({ config });
      const { key } = await aKey(t, await anOwner(t));
      await t.request({ url: '/healthz' });
      await t.request({ url: '/api/me', headers: { 'x-api-key': key } });
      await t.request({ url: '/api/nothing' });
      expect(accessLines(t), JSON.stringify(config)).toEqual([]);
    }
  });

  it('a key-authenticated request never reads its cookies; the session routes read theirs', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const { key } = await aKey(t, owner);
    // The cookie plugin (and its hooks) belongs to the sign-in routes' scope, not to the app's.
    expect(t.kw.app.hasReplyDecorator('setCookie')).toBe(false);
    expect(t.kw.app.hasRequestDecorator('cookies')).toBe(false);
    const malformed = `a=${'%'.repeat(6000)}; =; ;;; "=x; ${SESSION_COOKIE}="unterminated; ${'b'.repeat(4000)}`;
    const keyed = await t.request({ url: '/api/me', headers: { 'x-api-key': key, cookie: malformed } });
    expect(keyed.statusCode, keyed.body).toBe(200);
    expect(keyed.json().key?.id).toBeDefined();

    // A session among other cookies, quoted or not, on a key-or-session route, a session route and a sign-in route.
    const [name, value] = owner.cookie.split('=');
    for (const cookie of [`theme=dark; ${owner.cookie}; x="y"`, `${name}="${value}"`]) {
      const headers = { cookie, 'x-csrf-token': owner.csrf };
      expect((await t.request({ url: '/api/me', headers })).json().key, cookie).toBeNull();
      expect((await t.request({ url: '/api/me/sessions', headers })).statusCode, cookie).toBe(200);
      expect((await t.request({ url: '/auth/session', headers })).statusCode, cookie).toBe(200);
    }
    expect((await t.request({ url: '/auth/session', headers: { cookie: malformed } })).statusCode).toBe(401);
    const out = await t.request({ method: 'POST', url: '/auth/logout', as: owner });
    expect(out.statusCode).toBe(204);
    expect(String(out.headers['set-cookie'])).toMatch(new RegExp(`^${SESSION_COOKIE}=; Max-Age=0; Path=/; Expires=.+; HttpOnly; Secure; SameSite=Lax$`));
    expect((await t.request({ url: '/api/me', as: owner })).statusCode).toBe(401);
  });
});

describe('the request logger', () => {
  it('is made a child logger (with the request id) only when something logs through it', () => {
    const lines: string[] = [];
    const root = pino({ level: 'info' }, new Writable({ write: (c, _e, cb) => (lines.push(String(c)), cb()) }));
    let made = 0;
    const counting = Object.assign(Object.create(root), { child: (...a: Parameters<typeof root.child>) => (made++, root.child(...a)) });
    const log = lazyChildLogger(counting, { reqId: 'req-1' }, {});
    expect(made).toBe(0);
    expect(log.level).toBe('info');
    log.debug('not written');
    log.warn({ n: 1 }, 'written');
    log.error('again');
    expect(made).toBe(1);
    expect(lines.map((l) => JSON.parse(l))).toMatchObject([
      { reqId: 'req-1', n: 1, msg: 'written', level: 40 },
      { reqId: 'req-1', msg: 'again', level: 50 },
    ]);
  });
});
