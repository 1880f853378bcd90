import { expect, it } from 'vitest';
import { type TestApp, describeEachDialect } from '../support/app.js';
import { PASSWORD, type SessionCaller, aKey, aUser, anOwner, login } from '../support/fixtures.js';
import { expectProblem, nextIp } from './support.js';

const DAY = 86_400_000;
const UA = 'audit-test/1.0';

/** Every audit event of the workspace, newest first, read through the API page by page. */
async function readAll(t: TestApp, as: SessionCaller, query = '', limit = 100): Promise<any[]> {
  const out: any[] = [];
  let cursor: string | null = null;
  do {
    const sep = query ? '&' : '';
    const res = await t.request({ url: `/api/audit?${query}${sep}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`, as });
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json();
    out.push(...page.data);
    cursor = page.next_cursor;
  } while (cursor);
  return out;
}

describeEachDialect('audit events', ({ app }) => {
  it('every event is produced by its action, with actor, target, IP, user agent and time, and is readable via GET /api/audit', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const ua = { 'user-agent': UA };
    expect(
      (await t.request({ method: 'POST', url: '/auth/login', body: { email: owner.user.email, password: 'not the password' }, headers: ua })).statusCode,
    ).toBe(401);
    await login(t, owner.user.email);
    const member = await aUser(t, owner, { role: 'member' });
    expect((await t.request({ method: 'PATCH', url: `/api/users/${member.user.id}`, as: owner, body: { role: 'viewer' }, headers: ua })).statusCode).toBe(200);
    expect((await t.request({ method: 'PATCH', url: `/api/users/${member.user.id}`, as: owner, body: { disabled: true } })).statusCode).toBe(200);

    const renamed = await aKey(t, owner, { name: 'before' });
    expect((await t.request({ method: 'PATCH', url: `/api/keys/${renamed.id}`, as: owner, body: { name: 'after' } })).statusCode).toBe(200);
    const rolled = await aKey(t, owner);
    const roll = await t.request({ method: 'POST', url: `/api/keys/${rolled.id}/roll`, as: owner, body: { grace_seconds: 0 } });
    expect(roll.statusCode).toBe(201);
    const revoked = await aKey(t, owner);
    expect((await t.request({ method: 'POST', url: `/api/keys/${revoked.id}/revoke`, as: owner, headers: ua })).statusCode).toBe(200);
    expectProblem(await t.request({ url: '/api/contacts', as: revoked, headers: ua, ip: '198.51.100.1' }), 401, 'revoked_api_key');
    const leaked = await aKey(t, owner);
    expect((await t.request({ method: 'POST', url: '/api/keys/revoke-leaked', body: { keys: [leaked.key] }, ip: '198.51.100.2' })).statusCode).toBe(202);
    const expiring = await aKey(t, owner, { expires_in_days: 1 });
    t.clock.advance(2 * DAY);
    expectProblem(await t.request({ url: '/api/contacts', as: expiring, ip: '198.51.100.3' }), 401, 'expired_api_key');

    const reader = await login(t, owner.user.email); // sessions ended as the clock moved on
    const events = await readAll(t, reader);
    const one = (action: string, targetId: string) => {
      const found = events.filter((e) => e.action === action && e.target?.id === targetId);
      expect(found, `${action} on ${targetId}`).toHaveLength(1);
      expect(found[0].workspace_id).toBe(owner.workspace.id);
      expect(Date.parse(found[0].at)).toBeGreaterThan(0);
      return found[0];
    };
    const byOwner = { type: 'user', id: owner.user.id };
    const anonymous = { type: 'anonymous', id: null };
    expect(one('user.login_failed', owner.user.id)).toMatchObject({ actor: anonymous, user_agent: UA, ip: '127.0.0.1', details: { reason: 'password' } });
    expect(events.filter((e) => e.action === 'user.login' && e.target.id === owner.user.id).length).toBeGreaterThanOrEqual(3);
    expect(one('user.created', member.user.id)).toMatchObject({ actor: byOwner, details: { role: 'member' } });
    expect(one('user.role_changed', member.user.id)).toMatchObject({ actor: byOwner, user_agent: UA, details: { from: 'member', to: 'viewer' } });
    expect(one('user.disabled', member.user.id)).toMatchObject({ actor: byOwner });
    expect(one('key.created', renamed.id)).toMatchObject({ actor: byOwner, details: { name: 'before', hint: renamed.object.hint } });
    expect(one('key.renamed', renamed.id)).toMatchObject({ details: { from: 'before', to: 'after' } });
    expect(one('key.rolled', rolled.id)).toMatchObject({ actor: byOwner, details: { replaced_by: roll.json().key.id, grace_seconds: 0 } });
    expect(one('key.revoked', revoked.id)).toMatchObject({ actor: byOwner, user_agent: UA });
    expect(one('key.revoked_use', revoked.id)).toMatchObject({ actor: anonymous, ip: '198.51.100.1', user_agent: UA });
    expect(one('key.leaked_revoked', leaked.id)).toMatchObject({ actor: anonymous, ip: '198.51.100.2' });
    expect(one('key.expired_use', expiring.id)).toMatchObject({ actor: anonymous, ip: '198.51.100.3' });
    const text = JSON.stringify(events);
    for (const k of [renamed, rolled, revoked, leaked, expiring, { key: roll.json().key.key }]) expect(text).not.toContain(k.key.slice(8, 20));
    expect(text).not.toContain(PASSWORD);
  });

  it('filters by actor, action, target and time, and pages with a cursor, newest first', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const admin = await aUser(t, owner, { role: 'admin' });
    const start = t.clock.now();
    const keys = [];
    for (let i = 0; i < 5; i++) {
      t.clock.advance(1000);
      keys.push(await aKey(t, i % 2 ? admin : owner, { name: `k${i}` }));
    }
    const all = await readAll(t, owner);
    expect(all.map((e) => e.at)).toEqual([...all.map((e) => e.at)].sort().reverse());
    expect(await readAll(t, owner, '', 2)).toEqual(all);

    const created = await readAll(t, owner, 'action=key.created', 2);
    expect(created.map((e) => e.target.id)).toEqual(keys.map((k) => k.id).reverse());
    const byAdmin = await readAll(t, owner, `actor=${admin.user.id}&action=key.created`);
    expect(byAdmin.map((e) => e.details.name)).toEqual(['k3', 'k1']);
    expect((await readAll(t, owner, `target=${keys[2].id}`)).map((e) => e.action)).toEqual(['key.created']);
    const since = new Date(start + 2000).toISOString();
    const until = new Date(start + 4000).toISOString();
    const window = await readAll(t, owner, `action=key.created&since=${since}&until=${until}`);
    expect(window.map((e) => e.details.name)).toEqual(['k2', 'k1']);
    expectProblem(await t.request({ url: '/api/audit?cursor=bm90LWEtY3Vyc29y', as: owner }), 400, 'invalid_cursor');
    expectProblem(await t.request({ url: '/api/audit?since=yesterday', as: owner }), 400, 'validation_error');
  });

  it('is readable by owners and admins only: member and viewer sessions get 403, keys only with audit:read in their restriction', async () => {
    const t = await app();
    const owner = await anOwner(t);
    for (const role of ['member', 'viewer'] as const) {
      const user = await aUser(t, owner, { role });
      const body = expectProblem(await t.request({ url: '/api/audit', as: user }), 403, 'insufficient_permission');
      expect(body.missing_permission).toBe('audit:read');
    }
    expect((await t.request({ url: '/api/audit', as: await aUser(t, owner, { role: 'admin' }) })).statusCode).toBe(200);
    expectProblem(await t.request({ url: '/api/audit', as: await aKey(t, owner), ip: nextIp() }), 403, 'insufficient_permission');
    expect((await t.request({ url: '/api/audit', as: await aKey(t, owner, { restriction: ['audit:read'] }) })).statusCode).toBe(200);
    const auditPost = await t.request({ method: 'POST', url: '/api/audit', as: owner, body: {} });
    expectProblem(auditPost, 405, 'method_not_allowed');
    expect(auditPost.headers.allow).toBe('GET, HEAD');
  });
});
