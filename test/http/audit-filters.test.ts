import { expect, it } from 'vitest';
import { type TestApp, describeEachDialect } from '../support/app.js';
import { type SessionCaller, aKey, aUser, anOwner } from '../support/fixtures.js';

async function audit(t: TestApp, as: SessionCaller, query: string) {
  const res = await t.request({ url: `/api/audit?${query}&limit=100`, as });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().data as { action: string; actor: { id: string | null }; target: { id: string } | null }[];
}

describeEachDialect(`GET /api/audit?target=&actor= (the key page and the audit log's filters)`, ({ app }) => {
  it("filters by a key's id and by an actor's id, within the caller's workspace only", async () => {
    const t = await app();
    const owner = await anOwner(t);
    const member = await aUser(t, owner, { role: 'member', name: 'Mo Member' });
    const mine = await aKey(t, owner, { name: 'mine' });
    const theirs = await aKey(t, member, { name: 'theirs' });
    t.clock.advance(1000); // a later time, so newest-first order is well defined
    expect((await t.request({ method: 'POST', url: `/api/keys/${mine.id}/roll`, as: owner, body: { grace_seconds: 60 } })).statusCode).toBe(201);
    expect((await t.request({ method: 'POST', url: `/api/keys/${theirs.id}/revoke`, as: owner })).statusCode).toBe(200);

    expect((await audit(t, owner, `target=${mine.id}`)).map((e) => e.action)).toEqual(['key.rolled', 'key.created']);
    const revoked = await audit(t, owner, `target=${theirs.id}`);
    expect(revoked.map((e) => e.action)).toEqual(['key.revoked', 'key.created']);
    expect(revoked.map((e) => e.actor.id)).toEqual([owner.user.id, member.user.id]);
    const byMember = await audit(t, owner, `actor=${member.user.id}`);
    expect(byMember.length).toBeGreaterThan(0);
    expect(byMember.every((e) => e.actor.id === member.user.id)).toBe(true);
    expect(byMember.map((e) => e.action)).toEqual(expect.arrayContaining(['key.created', 'user.login']));
    expect(await audit(t, owner, `actor=${member.user.id}&target=${theirs.id}`)).toHaveLength(1);

    // Another workspace's key and user: nothing, not an error and not their events.
    const other = await anOwner(t, { workspace: 'Other' });
    const otherKey = await aKey(t, other);
    expect(await audit(t, owner, `target=${otherKey.id}`)).toEqual([]);
    expect(await audit(t, owner, `actor=${other.user.id}`)).toEqual([]);
    expect(await audit(t, other, `target=${mine.id}`)).toEqual([]);
  });

  it('refuses malformed ids with a 400 problem', async () => {
    const t = await app();
    const owner = await anOwner(t);
    for (const query of ['target=', 'target=key%20x', `actor=${'a'.repeat(65)}`, 'actor=%3Cscript%3E', 'target=a&target=b']) {
      const res = await t.request({ url: `/api/audit?${query}`, as: owner });
      expect(res.statusCode, `${query}: ${res.body}`).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
  });
});

describeEachDialect(`a key's effective permissions and who revoked it`, ({ app }) => {
  it("reports permissions as the owner's current role ∩ the restriction, and revoked_by with a name", async () => {
    const t = await app();
    const owner = await anOwner(t);
    const member = await aUser(t, owner, { role: 'member', name: 'Mo Member' });
    const wide = await aKey(t, member);
    const narrow = await aKey(t, member, { restriction: ['contacts:read', 'contacts:write'] });
    expect(wide.object.permissions).toEqual(['contacts:read', 'contacts:write']);
    expect(narrow.object.permissions).toEqual(['contacts:read', 'contacts:write']);
    expect(wide.object.revoked_by).toBeNull();

    expect((await t.request({ method: 'PATCH', url: `/api/users/${member.user.id}`, as: owner, body: { role: 'viewer' } })).statusCode).toBe(200);
    const get = async (id: string) => (await t.request({ url: `/api/keys/${id}`, as: owner })).json();
    expect((await get(narrow.id)).permissions).toEqual(['contacts:read']);
    expect((await get(wide.id)).permissions).toEqual(['contacts:read']);

    const revoked = await t.request({ method: 'POST', url: `/api/keys/${narrow.id}/revoke`, as: owner });
    expect(revoked.json().revoked_by).toEqual({ id: owner.user.id, name: 'Olga Owner' });
    expect((await get(narrow.id)).revoked_by).toEqual({ id: owner.user.id, name: 'Olga Owner' });
    const list = (await t.request({ url: '/api/keys?scope=workspace&status=revoked', as: owner })).json().data;
    expect(list.map((k: { id: string; revoked_by: unknown }) => [k.id, k.revoked_by])).toEqual([[narrow.id, { id: owner.user.id, name: 'Olga Owner' }]]);
  });
});
