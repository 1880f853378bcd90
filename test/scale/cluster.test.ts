import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, show } from './support/http.js';
import { type FreshSchema, freshSchema } from './support/postgres.js';
import { type ServerProcess, startServers, stopAll } from './support/servers.js';
import { REDIS_URL, canRun } from './support/services.js';
import { type Session, aKey, aUser, setupOwner } from './support/workspace.js';

/**
 * Three `keyward serve` processes sharing one PostgreSQL schema and one Redis behave as one server:
 * sessions, keys, revocations and role changes made through one instance hold at once on the others.
 */
describe.runIf(await canRun('scale-out cluster', { postgres: true, redis: true }))('three instances on PostgreSQL and Redis', () => {
  let schema: FreshSchema;
  let servers: ServerProcess[] = [];
  let one: string;
  let two: string;
  let three: string;
  let owner: Session;

  beforeAll(async () => {
    schema = freshSchema('cluster');
    // Many deliberate 401s come from one test client address; the failed-auth limit is not under test here.
    servers = await startServers(3, { DATABASE_URL: schema.url, REDIS_URL, FAILED_AUTH_PER_MINUTE: '100000' }, { ready: true });
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
      const revoked = await call(two, `/api/keys/${id}/revoke`, { method: 'POST', as: owner });
      if (revoked.status !== 200 || revoked.body?.status !== 'revoked') failures.push(`#${i} revoke: ${show(revoked)}`);
      const after = await call(three, '/api/contacts', { as: { key } });
      if (after.status !== 401 || after.body?.code !== 'revoked_api_key' || after.headers['www-authenticate'] === undefined) {
        failures.push(`#${i} after revoke: ${show(after)}`);
      }
    }
    expect(failures).toEqual([]);
  });

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
});
