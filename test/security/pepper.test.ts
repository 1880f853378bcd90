import { createHmac } from 'node:crypto';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig, testConfig } from '../../src/config.js';
import { createKeyward } from '../../src/keyward.js';
import { type TestApp, testApp } from '../support/app.js';
import { aKey, anOwner } from '../support/fixtures.js';
import { expectProblem } from './support.js';

const V1 = { version: 1, secret: 'first pepper, sixteen+ chars' };
const V2 = { version: 2, secret: 'second pepper, sixteen+ chars' };

/** The claims of docs/security.md § "The pepper", as the code behaves. */
describe('the pepper (KEYWARD_PEPPER)', () => {
  let t: TestApp;
  afterEach(() => t?.close());

  it('is read as v<N>:<secret> (a bare secret is version 1) and must be at least 16 characters', () => {
    expect(loadConfig({ KEYWARD_PEPPER: `v7:${V1.secret}` }).pepper).toEqual({ version: 7, secret: V1.secret });
    expect(loadConfig({ KEYWARD_PEPPER: V1.secret }).pepper).toEqual({ version: 1, secret: V1.secret });
    expect(() => loadConfig({ KEYWARD_PEPPER: 'v2:short' })).toThrow(/16 characters/);
    expect(loadConfig({}).pepper).toBeUndefined();
  });

  it('stores v<N>: + HMAC-SHA-256 of the key; a server with another pepper refuses the old keys as invalid_api_key', async () => {
    t = await testApp({ config: { pepper: V1 } });
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
