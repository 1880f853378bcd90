import { expect, it, onTestFinished } from 'vitest';
import type { NewIpEvent } from '../../src/keys/recent-ips.js';
import { type TestApp, describeEachDialect } from '../support/app.js';
import { aKey, aUser, anOwner, login } from '../support/fixtures.js';
import { smtpReceiver, verifyHook, webhookReceiver } from '../support/notify.js';

const DAY = 86_400_000;

describeEachDialect('new-address alert', ({ app }) => {
  async function newIpEvents(t: TestApp, as: { cookie: string; csrf: string }) {
    return (await t.request({ url: '/api/audit?action=key.new_ip', as }))
      .json()
      .data.map((e: any) => e.details.ip)
      .sort();
  }

  it('records key.new_ip once for a new address, not for one seen within 30 days, again after 30 days, and tells listeners', async () => {
    const t = await app();
    const heard: NewIpEvent[] = [];
    t.kw.deps.recentIps.onNewIp((e) => {
      heard.push(e);
    });
    const owner = await anOwner(t);
    const k = await aKey(t, owner);
    const use = async (ip: string) => expect((await t.request({ url: '/api/me', as: { key: k.key }, ip })).statusCode).toBe(200);
    for (let i = 0; i < 3; i++) await use('192.0.2.1');
    await use('2001:db8::1');
    await t.kw.deps.lastUsed.flush();
    expect(await newIpEvents(t, owner)).toEqual(['192.0.2.1', '2001:db8::1']);
    expect(heard.map((e) => [e.keyId, e.ownerId, e.ip])).toEqual([
      [k.id, owner.user.id, '192.0.2.1'],
      [k.id, owner.user.id, '2001:db8::1'],
    ]);

    // Seen 29 days ago: not new (also on a fresh instance, which knows it from storage only).
    t.clock.advance(29 * DAY);
    await use('192.0.2.1');
    await t.kw.deps.lastUsed.flush();
    const again = await login(t, owner.user.email);
    expect(await newIpEvents(t, again)).toEqual(['192.0.2.1', '2001:db8::1']);
    // 2001:db8::1 is 31 days past its last use: new again; 192.0.2.1 was used 2 days ago.
    t.clock.advance(2 * DAY);
    await use('2001:db8::1');
    await use('192.0.2.1');
    await t.kw.deps.lastUsed.flush();
    const later = await login(t, owner.user.email);
    expect(await newIpEvents(t, later)).toEqual(['192.0.2.1', '2001:db8::1', '2001:db8::1']);
    expect(heard).toHaveLength(3);
  });

  it("tells the key's owner in the app, by email and by webhook, once per new address", async () => {
    const smtp = await smtpReceiver();
    const hooks = await webhookReceiver();
    onTestFinished(smtp.close);
    onTestFinished(hooks.close);
    const t = await app({ config: { smtpUrl: smtp.url, webhookAllowPrivate: true, notifyIntervalMs: 0 } });
    const owner = await anOwner(t);
    const member = await aUser(t, owner, { role: 'member' });
    const hook = await t.request({ method: 'POST', url: '/api/webhooks', as: owner, body: { url: hooks.url, events: ['key.new_ip'] } });
    expect(hook.statusCode, hook.body).toBe(201);
    const k = await aKey(t, member, { name: 'Billing sync' });
    const use = async (ip: string) => expect((await t.request({ url: '/api/me', as: { key: k.key }, ip })).statusCode).toBe(200);
    const deliver = async () => {
      await t.kw.deps.lastUsed.flush();
      await t.kw.deps.notifier.tick();
    };
    await use('203.0.113.7');
    await use('203.0.113.7');
    await deliver();
    await use('203.0.113.7');
    await deliver();

    const inApp = async (as: { cookie: string; csrf: string }) => (await t.request({ url: '/api/notifications', as })).json().data;
    const [n, ...rest] = await inApp(member);
    expect(rest).toEqual([]);
    expect(n).toMatchObject({ type: 'key.new_ip', key: { id: k.id, name: 'Billing sync' } });
    expect(n.message).toContain('203.0.113.7');
    // The owner of the key is told, not the workspace owner who made the webhook.
    expect(await inApp(owner)).toEqual([]);

    expect(smtp.messages.map((m) => [m.subject, (m.to as { text: string }).text])).toEqual([
      ['Keyward: one of your API keys was used from a new address', member.user.email],
    ]);
    expect(smtp.messages[0].text).toContain('203.0.113.7');
    expect(hooks.received).toHaveLength(1);
    const body = verifyHook(hook.json().secret, hooks.received[0], t.clock.now());
    expect(body.type).toBe('key.new_ip');
    expect(body.data).toMatchObject({ ip: '203.0.113.7', key: { id: k.id } });
    for (const text of [...smtp.raws, hooks.received[0].body, JSON.stringify(n)]) expect(text).not.toContain(k.key);

    // A second new address, and the first again after 30 idle days: one more alert each.
    await use('2001:db8::7');
    t.clock.advance(31 * DAY);
    await use('203.0.113.7');
    await deliver();
    // Signing in again after 31 days is itself a sign-in notice (account.new_sign_in); the key's alerts are these.
    const again = await login(t, member.user.email);
    const keyAlerts = (await inApp(again)).filter((x: { type: string }) => x.type === 'key.new_ip');
    expect(keyAlerts.map((x: { message: string }) => x.message.match(/\(([^)]*)\)\.$/)?.[1]).sort()).toEqual(['2001:db8::7', '203.0.113.7', '203.0.113.7']);
    expect(smtp.messages.filter((m) => m.subject?.includes('API keys'))).toHaveLength(3);
    expect(hooks.received.map((h) => verifyHook(hook.json().secret, h, Number(h.headers['webhook-timestamp']) * 1000).data.ip).sort()).toEqual([
      '2001:db8::7',
      '203.0.113.7',
      '203.0.113.7',
    ]);
  });

  it('300 addresses, one key: only accepted requests are observed, at most 5 alerts and one summary per key per hour, in the audit log, the app, email and webhooks', async () => {
    const smtp = await smtpReceiver();
    const hooks = await webhookReceiver();
    onTestFinished(smtp.close);
    onTestFinished(hooks.close);
    const t = await app({ config: { smtpUrl: smtp.url, webhookAllowPrivate: true, notifyIntervalMs: 0, rateLimitPerSecond: 3, rateLimitPerMinute: 100_000 } });
    const owner = await anOwner(t);
    const hook = await t.request({ method: 'POST', url: '/api/webhooks', as: owner, body: { url: hooks.url, events: ['key.new_ip'] } });
    expect(hook.statusCode, hook.body).toBe(201);
    const k = await aKey(t, owner);
    const burst = async (prefix: string) => {
      const codes: number[] = [];
      for (let i = 0; i < 300; i++) codes.push((await t.request({ url: '/api/me', as: { key: k.key }, ip: `${prefix}${i}` })).statusCode);
      await t.kw.deps.lastUsed.flush();
      await t.kw.deps.notifier.tick();
      return codes;
    };
    const counts = async () => ({
      audit: (await t.store.db.selectFrom('audit_events').select('id').where('action', '=', 'key.new_ip').execute()).length,
      events: (await t.store.db.selectFrom('key_events').select('id').where('type', '=', 'key.new_ip').execute()).length,
      deliveries: (await t.store.db.selectFrom('deliveries').select('id').execute()).length,
      emails: smtp.messages.length,
      hooks: hooks.received.length,
    });

    // The limiter accepts 3 in this second and refuses 297: the refused ones are not new addresses.
    const first = await burst('2001:db8:1::');
    expect(first.filter((c) => c === 200)).toHaveLength(3);
    expect(first.filter((c) => c === 429)).toHaveLength(297);
    expect(await counts()).toEqual({ audit: 3, events: 3, deliveries: 6, emails: 3, hooks: 3 });

    // 300 accepted uses from 300 more addresses in the same hour: 2 more alerts reach the cap of 5, then one summary.
    t.clock.advance(1000);
    for (let round = 0; round < 2; round++) {
      const codes: number[] = [];
      for (let i = 0; i < 150; i++) {
        t.clock.advance(400);
        codes.push((await t.request({ url: '/api/me', as: { key: k.key }, ip: `2001:db8:2::${round}:${i}` })).statusCode);
      }
      expect(codes.filter((c) => c !== 200)).toEqual([]);
      await t.kw.deps.lastUsed.flush();
      await t.kw.deps.notifier.tick();
    }
    expect(await counts()).toEqual({ audit: 6, events: 6, deliveries: 12, emails: 6, hooks: 6 });
    const messages = (await t.request({ url: '/api/notifications?limit=100', as: owner })).json().data.map((n: any) => n.message);
    expect(messages).toHaveLength(6);
    expect(
      messages.filter((m: string) => /more new addresses than are announced one by one; no further new-address alerts for it until /.test(m)),
    ).toHaveLength(1);
    expect(smtp.messages.filter((m) => m.subject === 'Keyward: one of your API keys was used from many new addresses')).toHaveLength(1);
    // Every address is still remembered (the key's recent addresses), just not announced.
    expect((await t.store.keyIps.list(k.id)).length).toBe(50);

    // The next hour: alerts again.
    t.clock.advance(3_600_000);
    await t.request({ url: '/api/me', as: { key: k.key }, ip: '198.51.100.77' });
    await t.kw.deps.lastUsed.flush();
    await t.kw.deps.notifier.tick();
    expect((await counts()).emails).toBe(7);
  });

  it('no user gets more than 20 emails an hour, whatever the events', async () => {
    const smtp = await smtpReceiver();
    onTestFinished(smtp.close);
    const t = await app({ config: { smtpUrl: smtp.url, notifyIntervalMs: 0 } });
    const owner = await anOwner(t);
    const viewer = await aUser(t, owner, { role: 'viewer' });
    const keys = [];
    for (let i = 0; i < 25; i++) keys.push((await aKey(t, viewer, { name: `k${i}` })).key);
    expect((await t.request({ method: 'POST', url: '/api/keys/revoke-leaked', body: { keys } })).statusCode).toBe(202);
    await t.kw.deps.notifier.tick();
    const to = (email: string) => smtp.messages.filter((m) => (m.to as { text: string }).text === email).length;
    expect([to(owner.user.email), to(viewer.user.email)]).toEqual([20, 20]);
    // In the app, all of them.
    expect((await t.request({ url: '/api/notifications?limit=100', as: owner })).json().data).toHaveLength(25);
    t.clock.advance(3_600_001);
    const more = await aKey(t, viewer);
    await t.request({ method: 'POST', url: '/api/keys/revoke-leaked', body: { keys: [more.key] } });
    await t.kw.deps.notifier.tick();
    expect(to(owner.user.email)).toBe(21);
  });

  it('a second instance flushing the same first use does not record it twice', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const k = await aKey(t, owner);
    const { RecentIps } = await import('../../src/keys/recent-ips.js');
    const other = new RecentIps(t.kw.deps.audit, t.clock);
    const key = { id: k.id, workspaceId: owner.workspace.id, userId: owner.user.id };
    t.kw.deps.recentIps.observe(key, '198.51.100.1');
    other.observe(key, '198.51.100.1');
    const a = t.kw.deps.recentIps.take();
    const b = other.take();
    const [ea, eb] = await Promise.all([t.store.transaction((tx) => t.kw.deps.recentIps.write(tx, a)), t.store.transaction((tx) => other.write(tx, b))]);
    expect(ea.length + eb.length).toBe(1);
    expect(await newIpEvents(t, owner)).toEqual(['198.51.100.1']);
  });

  it('keeps at most the last 50 addresses per key in storage', async () => {
    const t = await app({ config: { rateLimitPerSecond: 1000, rateLimitPerMinute: 100_000 } });
    const owner = await anOwner(t);
    const k = await aKey(t, owner);
    for (let i = 0; i < 60; i++) {
      t.clock.advance(1000);
      await t.request({ url: '/api/me', as: { key: k.key }, ip: `10.0.0.${i}` });
      if (i % 20 === 19) await t.kw.deps.lastUsed.flush();
    }
    const stored = await t.store.keyIps.list(k.id);
    expect(stored).toHaveLength(50);
    expect(stored[0].ip).toBe('10.0.0.59');
    expect(stored.map((s) => s.ip)).not.toContain('10.0.0.9');
  });
});
