import { randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateKey } from '../../src/keys/key-format.js';
import { call, show } from '../support/http.js';
import { clusterForAllTests } from '../support/servers.js';
import { REDIS_URL, canRun } from '../support/env.js';
import { PASSWORD, aKey } from '../support/workspace.js';

/**
 * Brute-force limits are global with REDIS_URL: failed key authentications, sign-ins, sign-ups
 * and leaked-key reports from one address are counted by all instances together. Three instances, real
 * processes; every test uses an address of its own (127.x.y.z), taken in turn across the instances.
 */
const fresh = () => `127.${randomInt(1, 255)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;

describe.runIf(await canRun('global brute-force limits', { postgres: true, redis: true }))('brute-force limits across three instances sharing Redis', () => {
  const cluster = clusterForAllTests('bruteforce', 3, { REDIS_URL, ALLOW_SIGNUP: 'true', SIGNUP_PER_HOUR: '4' }, { redis: true, oneAtATime: true });

  it('the 31st failed key from one address is refused whichever instance it reaches', async () => {
    const from = fresh();
    const { key } = await aKey(cluster.urls[0], cluster.owner);
    for (let i = 0; i < 30; i++) {
      const r = await call(cluster.urls[i % 3], '/api/me', { as: { key: generateKey() }, from });
      expect(r.status, `attempt ${i + 1} on instance ${i % 3}: ${show(r)}`).toBe(401);
    }
    for (const url of cluster.urls) {
      const unknown = await call(url, '/api/me', { as: { key: generateKey() }, from });
      expect(unknown.status, show(unknown)).toBe(429);
      expect(unknown.body).toMatchObject({ code: 'too_many_failed_attempts' });
      expect(Number(unknown.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      // The address is locked out, a valid key included; another address is not.
      expect((await call(url, '/api/me', { as: { key }, from })).status).toBe(429);
      expect((await call(url, '/api/me', { as: { key }, from: fresh() })).status).toBe(200);
    }
  });

  it('failed sign-ins for one account from one address: the 11th is refused on every instance', async () => {
    const from = fresh();
    const email = `bf-${randomInt(1e9)}@example.test`;
    const add = await call(cluster.urls[0], '/api/users', {
      method: 'POST',
      as: cluster.owner,
      body: { email, name: 'Brute Target', password: PASSWORD, role: 'member' },
    });
    expect(add.status, show(add)).toBe(201);
    for (let i = 0; i < 10; i++) {
      const r = await call(cluster.urls[i % 3], '/auth/login', { method: 'POST', body: { email, password: 'wrong password, again' }, from });
      expect(r.status, `attempt ${i + 1}: ${show(r)}`).toBe(401);
    }
    for (const url of cluster.urls) {
      const right = await call(url, '/auth/login', { method: 'POST', body: { email, password: PASSWORD }, from });
      expect(right.status, show(right)).toBe(429);
      expect(right.body).toMatchObject({ code: 'too_many_failed_attempts' });
    }
    expect((await call(cluster.urls[2], '/auth/login', { method: 'POST', body: { email, password: PASSWORD }, from: fresh() })).status).toBe(200);
  });

  it('sign-ups from one address: SIGNUP_PER_HOUR in all, across instances', async () => {
    const from = fresh();
    const signup = (url: string, n: number) =>
      call(url, '/auth/signup', {
        method: 'POST',
        from,
        body: { workspace_name: `BF ${n}`, email: `bf-signup-${randomInt(1e9)}@example.test`, name: 'New Owner', password: PASSWORD },
      });
    for (let i = 0; i < 4; i++) {
      const r = await signup(cluster.urls[i % 3], i);
      expect(r.status, show(r)).toBe(200);
    }
    for (const url of cluster.urls) {
      const r = await signup(url, 9);
      expect(r.status, show(r)).toBe(429);
      // A volume limit, not a failed guess.
      expect(r.body).toMatchObject({ code: 'rate_limited', limit: 'signup' });
    }
  });

  it('leaked-key reports from one address: 10 a minute in all, across instances', async () => {
    const from = fresh();
    for (let i = 0; i < 10; i++) {
      const r = await call(cluster.urls[i % 3], '/api/keys/revoke-leaked', { method: 'POST', body: { keys: [generateKey()] }, from });
      expect(r.status, show(r)).toBe(202);
    }
    for (const url of cluster.urls) {
      const r = await call(url, '/api/keys/revoke-leaked', { method: 'POST', body: { keys: [generateKey()] }, from });
      expect(r.status, show(r)).toBe(429);
      expect(r.body).toMatchObject({ code: 'rate_limited', limit: 'revoke_leaked' });
    }
  });
});
