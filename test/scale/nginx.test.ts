import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, show } from '../support/http.js';
import { eventually } from '../support/poll.js';
import { type NginxProcess, nginxBinary, startNginx } from '../support/nginx.js';
import { type FreshSchema, freshSchema } from '../support/postgres-cluster.js';
import { type ServerProcess, startServers, stopAll } from '../support/servers.js';
import { IN_CI, REDIS_URL, canRun } from '../support/env.js';
import { type IssuedKey, type Session, aKey, keyObject, setupOwner } from '../support/workspace.js';

const nginx = nginxBinary();
if (!nginx) {
  const why = 'the nginx suite needs nginx (Debian package nginx-light)';
  if (IN_CI) throw new Error(`${why}, and CI is set: this suite must run`);
  console.warn(`[skip] ${why}; skipping`);
}

/** Successful key authentications an instance has counted (its /metrics). */
async function keyAuths(url: string): Promise<number> {
  const m = /^keyward_key_auth_success_total (\d+)$/m.exec((await call(url, '/metrics')).text);
  return m ? Number(m[1]) : 0;
}

/**
 * deploy/nginx.conf, as shipped, in front of two instances started with TRUST_PROXY=127.0.0.1: traffic
 * reaches both, sessions work through the proxy, the client address comes from nginx's X-Forwarded-For
 * (and a client's own X-Forwarded-For is ignored), and a stopped instance is routed around.
 */
describe.runIf(nginx !== undefined && (await canRun('nginx in front of two instances', { postgres: true, redis: true })))(
  'nginx in front of two instances',
  () => {
    let schema: FreshSchema;
    let servers: ServerProcess[] = [];
    let proxy: NginxProcess;
    let owner: Session;

    beforeAll(async () => {
      schema = freshSchema('nginx');
      // Per-key limits are not under test here: raised so bursts of requests through the proxy all pass.
      const env = { DATABASE_URL: schema.url, REDIS_URL, TRUST_PROXY: '127.0.0.1', RATE_LIMIT_PER_SECOND: '1000', RATE_LIMIT_PER_MINUTE: '10000' };
      servers = await startServers(2, env, { ready: true });
      proxy = await startNginx(nginx!, [servers[0].port, servers[1].port]);
      owner = await setupOwner(proxy.url);
    });
    afterAll(async () => {
      await proxy?.stop();
      await stopAll(servers);
      await schema?.drop();
    });

    const lastUsedIp = async (k: IssuedKey) => (await keyObject(proxy.url, owner, k.id)).last_used_ip;

    it('spreads requests over both instances', async () => {
      const issued = await aKey(proxy.url, owner);
      const before = await Promise.all(servers.map((s) => keyAuths(s.url)));
      for (let i = 0; i < 10; i++) {
        const res = await call(proxy.url, '/api/contacts', { as: { key: issued.key } });
        expect(res.status, show(res)).toBe(200);
      }
      const after = await Promise.all(servers.map((s) => keyAuths(s.url)));
      expect(after[0]).toBeGreaterThan(before[0]);
      expect(after[1]).toBeGreaterThan(before[1]);
    });

    it("records the client's address from nginx, and ignores an X-Forwarded-For the client made up", async () => {
      const issued = await aKey(proxy.url, owner);
      const viaProxy = await call(proxy.url, '/api/me', { as: { key: issued.key }, from: '127.0.0.5' });
      expect(viaProxy.status, show(viaProxy)).toBe(200);
      expect(await eventually(async () => (await lastUsedIp(issued)) === '127.0.0.5', { timeoutMs: 5000, everyMs: 100 })).toBe(true);

      const spoofed = await call(proxy.url, '/api/me', { as: { key: issued.key }, from: '127.0.0.6', headers: { 'x-forwarded-for': '203.0.113.9' } });
      expect(spoofed.status, show(spoofed)).toBe(200);
      expect(await eventually(async () => (await lastUsedIp(issued)) === '127.0.0.6', { timeoutMs: 5000, everyMs: 100 })).toBe(true);

      // Straight to an instance: 127.0.0.7 is not a trusted proxy, so its X-Forwarded-For counts for nothing.
      const direct = await call(servers[0].url, '/api/me', { as: { key: issued.key }, from: '127.0.0.7', headers: { 'x-forwarded-for': '203.0.113.9' } });
      expect(direct.status, show(direct)).toBe(200);
      expect(await eventually(async () => (await lastUsedIp(issued)) === '127.0.0.7', { timeoutMs: 5000, everyMs: 100 })).toBe(true);
    });

    it('keeps answering when one instance stops', async () => {
      const issued = await aKey(proxy.url, owner);
      expect(await servers[1].stop()).toBe(0);
      for (let i = 0; i < 10; i++) {
        const res = await call(proxy.url, '/api/contacts', { as: { key: issued.key } });
        expect(res.status, show(res)).toBe(200);
      }
      const created = await call(proxy.url, '/api/contacts', { method: 'POST', as: { key: issued.key }, body: { name: 'Via the survivor' } });
      expect(created.status, show(created)).toBe(201);
    });
  },
);
