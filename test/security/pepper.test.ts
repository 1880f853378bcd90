import { createHmac } from 'node:crypto';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { loadConfig, testConfig } from '../../src/config.js';
import { createKeyward } from '../../src/keyward.js';
import { appsClosedAfterEach } from '../support/app.js';
import { aKey, anOwner } from '../support/fixtures.js';
import { expectProblem } from './support.js';

const V1 = { version: 1, secret: 'first pepper, sixteen+ chars' };
const V2 = { version: 2, secret: 'second pepper, sixteen+ chars' };

/** The claims of docs/security.md § "The pepper", as the code behaves. */
describe('the pepper (KEYWARD_PEPPER)', () => {
  const app = appsClosedAfterEach();

  it('is read as v<N>:<secret> (a bare secret is version 1) and must be at least 16 characters', () => {
    expect(loadConfig({ KEYWARD_PEPPER: `v7:${V1.secret}` }).pepper).toEqual({ version: 7, secret: V1.secret });
    expect(loadConfig({ KEYWARD_PEPPER: V1.secret }).pepper).toEqual({ version: 1, secret: V1.secret });
    expect(() => loadConfig({ KEYWARD_PEPPER: 'v2:short' })).toThrow(/16 characters/);
    expect(loadConfig({}).pepper).toBeUndefined();
  });

  it('stores v<N>: + HMAC-SHA-256 of the key; a server with another pepper refuses the old keys as invalid_api_key', async () => {
    const t = await app({ config: { pepper: V1 } });
    const owner = await anOwner(t);
    const { key, id } = await aKey(t, owner);
    const stored = (await t.store.keys.get(owner.workspace.id, id))?.keyHash;
    expect(stored).toBe(`v1:${createHmac('sha256', V1.secret).update(key).digest('hex')}`);
    expect((await t.request({ url: '/api/me', as: { key } })).statusCode).toBe(200);

    const quiet = new Writable({ write: (_c, _e, cb) => cb() });
    for (const pepper of [V2, undefined]) {
      const rotated = await createKeyward(testConfig({ pepper }), { clock: t.clock, store: t.store, logStream: quiet, webDir: false });
      try {
        const res = await rotated.app.inject({ url: '/api/me', headers: { 'x-api-key': key } });
        expectProblem({ statusCode: res.statusCode, headers: res.headers, body: res.body }, 401, 'invalid_api_key');
        const listed = await rotated.app.inject({ url: `/api/keys/${id}`, headers: { cookie: owner.cookie } });
        expect(listed.json().status, 'the old key still shows as active').toBe('active');
      } finally {
        await rotated.close();
      }
    }
  });
});

describe('rotating the pepper with KEYWARD_PEPPER_PREVIOUS', () => {
  const app = appsClosedAfterEach();
  const quiet = new Writable({ write: (_c, _e, cb) => cb() });

  it('parses previous peppers, newest first, with none for plain SHA-256', () => {
    const old = { version: 2, secret: 'an-older-secret-of-16+' };
    expect(loadConfig({ KEYWARD_PEPPER_PREVIOUS: `v2:${old.secret}, none` }).previousPeppers).toEqual([old, null]);
  });

  it('old keys keep working under the new pepper and are re-hashed on first use', async () => {
    for (const [from, to] of [
      [V1, V2],
      [undefined, V1],
    ] as const) {
      const t = await app({ config: { pepper: from } });
      const owner = await anOwner(t);
      const { key, id } = await aKey(t, owner);
      const rotated = await createKeyward(testConfig({ pepper: to, previousPeppers: [from ?? null] }), {
        clock: t.clock,
        store: t.store,
        logStream: quiet,
        webDir: false,
      });
      try {
        const first = await rotated.app.inject({ url: '/api/me', headers: { 'x-api-key': key } });
        expect(first.statusCode).toBe(200);
        const stored = (await t.store.keys.get(owner.workspace.id, id))?.keyHash;
        expect(stored).toBe(`v${to.version}:${createHmac('sha256', to.secret).update(key).digest('hex')}`);
        expect((await rotated.app.inject({ url: '/api/me', headers: { 'x-api-key': key } })).statusCode).toBe(200);
      } finally {
        await rotated.close();
      }
      const after = await createKeyward(testConfig({ pepper: to }), { clock: t.clock, store: t.store, logStream: quiet, webDir: false });
      try {
        expect((await after.app.inject({ url: '/api/me', headers: { 'x-api-key': key } })).statusCode, 'without the previous pepper now').toBe(200);
      } finally {
        await after.close();
      }
      await t.close();
    }
  });
});
