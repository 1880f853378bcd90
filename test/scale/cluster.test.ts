import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, show } from '../support/http.js';
import { type FreshSchema, freshSchema } from '../support/postgres-cluster.js';
import { type ServerProcess, startServers, stopAll } from '../support/servers.js';
import { REDIS_URL, canRun } from '../support/env.js';
import { type Session, aKey, aUser, setupOwner } from '../support/workspace.js';

/** One gauge from an instance's /metrics (undefined when it does not report it). */
async function gauge(url: string, name: string): Promise<number | undefined> {
  const text = (await call(url, '/metrics')).text;
  const m = new RegExp(`^${name} (\\d+)$`, 'm').exec(text);
  return m ? Number(m[1]) : undefined;
}

/**
 * Three `keyward serve` processes sharing one PostgreSQL schema — with one Redis, and without — behave as
 * one server: sessions, keys, revocations and role changes made through one instance hold at once on the
 * others, although every instance answers a known key from its own memory (docs/deploy.md, "Verified keys
 * in memory"): with Redis, validated by the version read in the rate-limit round trip; without, by the
 * database's auth_version counter, read once per event-loop turn.
 */
const variants = [
  { name: 'three instances on PostgreSQL and Redis', redis: true },
  { name: 'three instances on PostgreSQL without Redis', redis: false },
] as const;

for (const variant of variants)
  describe.runIf(await canRun(`scale-out cluster (${variant.name})`, { postgres: true, redis: variant.redis }))(variant.name, () => {
    let schema: FreshSchema;
    let servers: ServerProcess[] = [];
    let one: string;
    let two: string;
    let three: string;
    let owner: Session;

    beforeAll(async () => {
      schema = freshSchema(variant.redis ? 'cluster' : 'clusterpg');
      // Many deliberate 401s come from one test client address; the failed-auth limit is not under test here.
      const env = { DATABASE_URL: schema.url, FAILED_AUTH_PER_MINUTE: '100000', ...(variant.redis ? { REDIS_URL } : {}) };
      servers = await startServers(3, env, { ready: true, redis: variant.redis });
      [one, two, three] = servers.map((s) => s.url);
      owner = await setupOwner(one);
    });
    afterAll(async () => {
      await stopAll(servers);
      await schema?.drop();
    });

    it('a session opened on instance 1 works on instances 2 and 3', async () => {
      for (const url of [two, three]) {
        const res = await call(url, '/api/users', { as: owner });
        expect(res.status, show(res)).toBe(200);
        expect(res.body.data.map((u: { id: string }) => u.id)).toContain(owner.user.id);
      }
      const created = await call(three, '/api/contacts', { method: 'POST', as: owner, body: { name: 'Grace Hopper' } });
      expect(created.status, show(created)).toBe(201);
    });

    it('a key created on 1 works at once on 2 and 3; revoked on 2, the next request to 3 is refused: 200 of 200', async () => {
      const failures: string[] = [];
      for (let i = 0; i < 200; i++) {
        const { id, key } = await aKey(one, owner, { name: `revocation ${i}` });
        const [on2, on3] = await Promise.all([call(two, '/api/contacts', { as: { key } }), call(three, '/api/contacts', { as: { key } })]);
        if (on2.status !== 200 || on3.status !== 200) failures.push(`#${i} before revoke: ${show(on2)} | ${show(on3)}`);
        // Again on 3: now answered from its cache, which the revocation on 2 must not outlive.
        const cached = await call(three, '/api/contacts', { as: { key } });
        if (cached.status !== 200) failures.push(`#${i} cached on 3: ${show(cached)}`);
        const revoked = await call(two, `/api/keys/${id}/revoke`, { method: 'POST', as: owner });
        if (revoked.status !== 200 || revoked.body?.status !== 'revoked') failures.push(`#${i} revoke: ${show(revoked)}`);
        const after = await call(three, '/api/contacts', { as: { key } });
        if (after.status !== 401 || after.body?.code !== 'revoked_api_key' || after.headers['www-authenticate'] === undefined) {
          failures.push(`#${i} after revoke: ${show(after)}`);
        }
      }
      expect(failures).toEqual([]);
    }, 120_000); // 1,000 requests over real sockets: 5–7 s on CI, more on a loaded machine

    it("demoting a user on 1 demotes their key's next request on 3", async () => {
      const member = await aUser(one, owner, 'member', two);
      const { key } = await aKey(two, member, { name: 'member key' });
      const before = await call(three, '/api/contacts', { method: 'POST', as: { key }, body: { name: 'Before demotion' } });
      expect(before.status, show(before)).toBe(201);

      const demoted = await call(one, `/api/users/${member.user.id}`, { method: 'PATCH', as: owner, body: { role: 'viewer' } });
      expect(demoted.status, show(demoted)).toBe(200);
      expect(demoted.body.role).toBe('viewer');

      const write = await call(three, '/api/contacts', { method: 'POST', as: { key }, body: { name: 'After demotion' } });
      expect(write.status, show(write)).toBe(403);
      expect(write.body).toMatchObject({ code: 'insufficient_permission', missing_permission: 'contacts:write' });
      const read = await call(three, '/api/contacts', { as: { key } });
      expect(read.status, show(read)).toBe(200);
    });

    it('disabling a user on 2 stops their key on 1 and 3 at once (owner_disabled)', async () => {
      const member = await aUser(one, owner, 'member');
      const { key } = await aKey(one, member);
      expect((await call(three, '/api/contacts', { as: { key } })).status).toBe(200);
      const disabled = await call(two, `/api/users/${member.user.id}`, { method: 'PATCH', as: owner, body: { disabled: true } });
      expect(disabled.status, show(disabled)).toBe(200);
      for (const url of [one, three]) {
        const res = await call(url, '/api/contacts', { as: { key } });
        expect(res.status, show(res)).toBe(401);
        expect(res.body.code).toBe('owner_disabled');
      }
    });

    it('instance 3 answers a known key from its memory', async () => {
      const { key } = await aKey(one, owner, { name: 'cached' });
      for (let i = 0; i < 3; i++) expect((await call(three, '/api/me', { as: { key } })).status).toBe(200);
      expect(await gauge(three, 'keyward_key_cache_entries')).toBeGreaterThan(0);
      if (variant.redis) expect(await gauge(three, 'keyward_auth_version_bump_failures_total')).toBe(0);
      else expect(await gauge(three, 'keyward_key_cache_checks_total')).toBeGreaterThan(0);
    });
  });
