import { expect, it } from 'vitest';
import { type TestApp, describeEachDialect } from '../support/app.js';
import { aKey, aUser, anOwner } from '../support/fixtures.js';
import { smtpReceiver } from '../support/notify.js';

const types = async (t: TestApp, as: Parameters<TestApp['request']>[0]['as']) =>
  (await t.request({ url: '/api/notifications', as })).json().data.map((n: { type: string }) => n.type);

describeEachDialect('key events and in-app notifications', ({ app }) => {
  it('tells the owner when someone else revokes their key, not when they revoke it themselves; rolls are recorded once', async () => {
    const t = await app({ config: { notifyIntervalMs: 0 } });
    const owner = await anOwner(t);
    const member = await aUser(t, owner, { role: 'member' });
    const own = await aKey(t, member);
    const theirs = await aKey(t, member, { name: 'CI' });
    expect((await t.request({ method: 'POST', url: `/api/keys/${own.id}/revoke`, as: member })).statusCode).toBe(200);
    expect(await types(t, member)).toEqual([]);
    expect((await t.request({ method: 'POST', url: `/api/keys/${theirs.id}/revoke`, as: owner })).statusCode).toBe(200);
    expect((await t.request({ method: 'POST', url: `/api/keys/${theirs.id}/revoke`, as: owner })).statusCode).toBe(200);
    const list = (await t.request({ url: '/api/notifications', as: member })).json();
    expect(list.data).toHaveLength(1);
    expect(list.data[0]).toMatchObject({ type: 'key.revoked', read_at: null, key: { id: theirs.id, name: 'CI', hint: theirs.object.hint } });
    expect(list.data[0].message).toContain('revoked by someone else');
    expect(await types(t, owner)).toEqual([]);

    const rollable = await aKey(t, member, { expires_in_days: 30 });
    const rolled = await t.request({ method: 'POST', url: `/api/keys/${rollable.id}/roll`, as: member, body: { grace_seconds: 60 } });
    expect(rolled.statusCode).toBe(201);
    const events = await t.store.db.selectFrom('key_events').select(['type', 'key_id', 'threshold']).where('type', '=', 'key.rolled').execute();
    expect(events).toEqual([{ type: 'key.rolled', key_id: rollable.id, threshold: rolled.json().key.id }]);
  });

  it('a leaked key tells its owner and the admins; a failed transaction writes no event', async () => {
    const t = await app({ config: { notifyIntervalMs: 0 } });
    const owner = await anOwner(t);
    const admin = await aUser(t, owner, { role: 'admin' });
    const member = await aUser(t, owner, { role: 'member' });
    const viewer = await aUser(t, owner, { role: 'viewer' });
    const leaked = await aKey(t, member);
    expect((await t.request({ method: 'POST', url: '/api/keys/revoke-leaked', body: { keys: [leaked.key, leaked.key] } })).statusCode).toBe(202);
    expect((await t.request({ method: 'POST', url: '/api/keys/revoke-leaked', body: { keys: [leaked.key] } })).statusCode).toBe(202);
    for (const who of [member, admin, owner]) expect(await types(t, who)).toEqual(['key.leaked_revoked']);
    expect(await types(t, viewer)).toEqual([]);
    const n = (await t.request({ url: '/api/notifications', as: member })).json().data[0];
    expect(JSON.stringify(n)).not.toContain(leaked.key);

    // The outbox row is written in the change's transaction: when the transaction fails, neither lands.
    const victim = await aKey(t, member);
    await expect(
      t.store.transaction(async (tx) => {
        const key = (await tx.keys.get(owner.workspace.id, victim.id))!;
        await tx.keys.update(owner.workspace.id, victim.id, { revokedAt: t.clock.now(), revokedBy: owner.user.id });
        await t.kw.deps.keyEvents.record(tx, { type: 'key.revoked', key });
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await t.store.db.selectFrom('key_events').select('id').where('key_id', '=', victim.id).execute()).toEqual([]);
    expect(await types(t, member)).toEqual(['key.leaked_revoked']);
  });

  it('a key name reaches emails and notifications only quoted as data after "named", never as a subject or a sentence', async () => {
    const smtp = await smtpReceiver();
    const t = await app({ config: { notifyIntervalMs: 0, smtpUrl: smtp.url } });
    try {
      const owner = await anOwner(t);
      const admin = await aUser(t, owner, { role: 'admin' });
      const viewer = await aUser(t, owner, { role: 'viewer' });
      // A line break would make a header of it; names holding one are refused at the door (no C0 control in a single-line field).
      expect((await t.request({ method: 'POST', url: '/api/keys', as: viewer, body: { name: 'x\r\nBcc: x@evil.example' } })).statusCode).toBe(400);
      const bait = 'Action required: re-verify admin login at https://evil.example/login "now" Bcc: x@evil.example';
      const k = await aKey(t, viewer, { name: bait });
      expect((await t.request({ method: 'POST', url: '/api/keys/revoke-leaked', body: { keys: [k.key] } })).statusCode).toBe(202);
      await t.kw.deps.notifier.tick();
      expect(smtp.messages.length).toBeGreaterThanOrEqual(3);
      for (const m of smtp.messages) {
        expect(m.subject).toBe('Keyward: an API key was revoked as leaked');
        expect(m.text).not.toMatch(/^Action required/m);
        expect(m.text).toContain(`An API key named "Action required: re-verify admin login at https://evil.exam…" (${k.object.hint}) was reported as leaked`);
        expect(m.headers.get('bcc')).toBeUndefined();
      }
      const [n] = (await t.request({ url: '/api/notifications', as: admin })).json().data;
      expect(n.message.startsWith('An API key named "Action required')).toBe(true);
      expect(n.message).not.toContain('\r');
    } finally {
      await smtp.close();
    }
  });

  it('exactly once per (key, event, threshold) however often it is recorded', async () => {
    const t = await app({ config: { notifyIntervalMs: 0 } });
    const owner = await anOwner(t);
    const k = await aKey(t, owner, { expires_in_days: 30 });
    const key = (await t.store.keys.get(owner.workspace.id, k.id))!;
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        t.store.transaction((tx) => t.kw.deps.keyEvents.record(tx, { type: 'key.expiring', key, threshold: '7d', extra: { days_left: 7 } })),
      ),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await types(t, owner)).toEqual(['key.expiring']);
  });

  it("read, read-all and unread counts; another user's or workspace's notification is 404; keys need keys:own in their restriction", async () => {
    const t = await app({ config: { notifyIntervalMs: 0 } });
    const owner = await anOwner(t);
    const member = await aUser(t, owner, { role: 'member' });
    const other = await anOwner(t, { workspace: 'Other' });
    for (const name of ['a', 'b', 'c']) {
      const k = await aKey(t, member, { name });
      await t.request({ method: 'POST', url: `/api/keys/${k.id}/revoke`, as: owner });
    }
    const list = (await t.request({ url: '/api/notifications?limit=2', as: member })).json();
    expect(list).toMatchObject({ unread_count: 3 });
    expect(list.data).toHaveLength(2);
    expect(list.next_cursor).not.toBeNull();
    const rest = (await t.request({ url: `/api/notifications?limit=2&cursor=${list.next_cursor}`, as: member })).json();
    expect(rest.data).toHaveLength(1);
    const id = list.data[0].id;
    for (const who of [owner, other]) {
      const res = await t.request({ method: 'POST', url: `/api/notifications/${id}/read`, as: who });
      expect(res.statusCode).toBe(404);
    }
    const read = await t.request({ method: 'POST', url: `/api/notifications/${id}/read`, as: member });
    expect(read.statusCode).toBe(200);
    expect(read.json().read_at).toBe(new Date(t.clock.now()).toISOString());
    expect((await t.request({ url: '/api/notifications?unread=true', as: member })).json()).toMatchObject({ unread_count: 2 });
    expect((await t.request({ method: 'POST', url: '/api/notifications/read-all', as: member })).json()).toEqual({ updated: 2 });
    expect((await t.request({ url: '/api/notifications', as: member })).json().unread_count).toBe(0);

    const plain = await aKey(t, member);
    expect((await t.request({ url: '/api/notifications', as: { key: plain.key } })).statusCode).toBe(403);
    const managing = await aKey(t, member, { restriction: ['keys:own'] });
    const viaKey = await t.request({ url: '/api/notifications', as: { key: managing.key } });
    expect(viaKey.statusCode).toBe(200);
    expect(viaKey.json().data).toHaveLength(3);
  });
});
