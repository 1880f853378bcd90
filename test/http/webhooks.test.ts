import { expect, it, onTestFinished } from 'vitest';
import { BREAKER_OPEN_MS, BREAKER_THRESHOLD, RETRY_DELAYS_MS, RETRY_JITTER } from '../../src/notifications/notifier.js';
import { WEBHOOK_SENDS_PER_MINUTE } from '../../src/notifications/webhook-service.js';
import { pendingDelivery } from '../../src/notifications/key-events.js';
import { type TestApp, describeEachDialect } from '../support/app.js';
import { aKey, aUser, anOwner, login } from '../support/fixtures.js';
import { verifyHook, webhookReceiver } from '../support/notify.js';

const DAY = 86_400_000;

describeEachDialect('webhooks', ({ app }) => {
  it('a receiver answering 500 gets the scheduled retries, visible in the delivery log, then failed; Redeliver sends it again with the same webhook-id', async () => {
    let status = 500;
    const hooks = await webhookReceiver(() => status);
    onTestFinished(hooks.close);
    const t = await app({ config: { webhookAllowPrivate: true, notifyIntervalMs: 0 } });
    const owner = await anOwner(t);
    const member = await aUser(t, owner, { role: 'member' });
    const { id: hookId, secret } = (
      await t.request({ method: 'POST', url: '/api/webhooks', as: owner, body: { url: hooks.url, events: ['key.revoked'] } })
    ).json();
    const key = await aKey(t, member);
    expect((await t.request({ method: 'POST', url: `/api/keys/${key.id}/revoke`, as: owner })).statusCode).toBe(200);

    const log = async () => (await t.request({ url: `/api/webhooks/${hookId}/deliveries`, as: owner })).json().data;
    await t.kw.deps.notifier.tick();
    expect(hooks.received).toHaveLength(1);
    let [entry] = await log();
    expect(entry).toMatchObject({ type: 'key.revoked', status: 'pending', attempts: 1, response_code: 500 });
    expect(entry.id).toBe(hooks.received[0].headers['webhook-id']);
    // Retries follow the schedule: not before each wait, and by the wait plus its jitter.
    for (const [i, delay] of RETRY_DELAYS_MS.entries()) {
      const next = Date.parse(entry.next_attempt_at) - t.clock.now();
      expect(next).toBeGreaterThanOrEqual(delay);
      expect(next).toBeLessThanOrEqual(Math.ceil(delay * (1 + RETRY_JITTER)));
      t.clock.advance(next - 1);
      await t.kw.deps.notifier.tick();
      expect(hooks.received).toHaveLength(i + 1);
      t.clock.advance(1);
      await t.kw.deps.notifier.tick();
      expect(hooks.received).toHaveLength(i + 2);
      [entry] = await log();
      expect(entry.attempts).toBe(i + 2);
    }
    expect(entry).toMatchObject({ status: 'failed', attempts: 6, response_code: 500, next_attempt_at: null });
    expect(new Set(hooks.received.map((h) => h.headers['webhook-id']))).toEqual(new Set([entry.id]));
    for (const h of hooks.received) expect(verifyHook(secret, h, Number(h.headers['webhook-timestamp']) * 1000).type).toBe('key.revoked');
    t.clock.advance(7 * DAY);
    await t.kw.deps.notifier.tick();
    expect(hooks.received).toHaveLength(6);

    status = 204;
    const again = await login(t, owner.user.email);
    const re = await t.request({ method: 'POST', url: `/api/webhooks/${hookId}/deliveries/${entry.id}/redeliver`, as: again });
    expect(re.statusCode, re.body).toBe(202);
    await t.kw.deps.notifier.tick();
    expect(hooks.received).toHaveLength(7);
    expect(hooks.received[6].headers['webhook-id']).toBe(entry.id);
    const [done] = (await t.request({ url: `/api/webhooks/${hookId}/deliveries`, as: again })).json().data;
    expect(done).toMatchObject({ status: 'delivered', response_code: 204 });
    expect(typeof done.duration_ms).toBe('number');
  });

  it('refuses loopback, private, link-local and metadata URLs unless WEBHOOK_ALLOW_PRIVATE, and re-checks at delivery time', async () => {
    const t = await app({ config: { webhookAllowPrivate: false, notifyIntervalMs: 0 } });
    const owner = await anOwner(t);
    for (const url of [
      'http://127.0.0.1:8080/x',
      'http://localhost/x',
      'http://10.1.2.3/x',
      'http://192.168.1.1/x',
      'http://169.254.169.254/latest/meta-data',
      'http://[::1]/x',
      'http://[fd00::1]/x',
      'http://[::ffff:127.0.0.1]/x',
      'ftp://example.com/x',
      'not a url',
    ]) {
      const res = await t.request({ method: 'POST', url: '/api/webhooks', as: owner, body: { url, events: ['key.expired'] } });
      expect(res.statusCode, url).toBe(400);
      expect(res.json().errors[0].path, url).toBe('/url');
    }
    // Stored while allowed (as if DNS answered a public address then), refused when delivering now.
    const hooks = await webhookReceiver();
    onTestFinished(hooks.close);
    const w = await t.kw.deps.webhooks.create({ ...(await principal(t, owner)) }, { url: 'http://93.184.215.14/x', events: ['key.revoked'] });
    await t.store.notifications.updateWebhook(owner.workspace.id, w.webhook.id, { url: hooks.url });
    const member = await aUser(t, owner, { role: 'member' });
    const key = await aKey(t, member);
    await t.request({ method: 'POST', url: `/api/keys/${key.id}/revoke`, as: owner });
    await t.kw.deps.notifier.tick();
    expect(hooks.received).toHaveLength(0);
    const [entry] = (await t.request({ url: `/api/webhooks/${w.webhook.id}/deliveries`, as: owner })).json().data;
    expect(entry.error).toMatch(/refused: .*loopback/);
  });

  it('webhook create, update, delete, secret roll, test and redeliver are audited, naming the host only', async () => {
    const hooks = await webhookReceiver();
    onTestFinished(hooks.close);
    const t = await app({ config: { webhookAllowPrivate: true, notifyIntervalMs: 0 } });
    const owner = await anOwner(t);
    const url = `${hooks.url}?token=receiver-secret-123`;
    const { id, secret } = (await t.request({ method: 'POST', url: '/api/webhooks', as: owner, body: { url, events: ['key.revoked'] } })).json();
    expect(
      (await t.request({ method: 'PATCH', url: `/api/webhooks/${id}`, as: owner, body: { events: ['key.revoked', 'key.rolled'], enabled: false } })).statusCode,
    ).toBe(200);
    expect((await t.request({ method: 'PATCH', url: `/api/webhooks/${id}`, as: owner, body: { enabled: true } })).statusCode).toBe(200);
    expect((await t.request({ method: 'POST', url: `/api/webhooks/${id}/roll-secret`, as: owner })).statusCode).toBe(200);
    const test = (await t.request({ method: 'POST', url: `/api/webhooks/${id}/test`, as: owner })).json();
    await t.kw.deps.notifier.tick();
    expect((await t.request({ method: 'POST', url: `/api/webhooks/${id}/deliveries/${test.id}/redeliver`, as: owner })).statusCode).toBe(202);
    await t.kw.deps.notifier.tick();
    expect((await t.request({ method: 'DELETE', url: `/api/webhooks/${id}`, as: owner })).statusCode).toBe(204);
    const log = (await t.request({ url: '/api/audit?limit=100', as: owner })).json().data.filter((e: any) => e.action.startsWith('webhook.'));
    expect(log.map((e: any) => e.action).sort()).toEqual([
      'webhook.created',
      'webhook.deleted',
      'webhook.redelivered',
      'webhook.secret_rolled',
      'webhook.tested',
      'webhook.updated',
      'webhook.updated',
    ]);
    for (const e of log) {
      expect(e).toMatchObject({ actor: { type: 'user', id: owner.user.id }, target: { type: 'webhook', id } });
      expect(JSON.stringify(e)).not.toContain('receiver-secret-123');
      expect(JSON.stringify(e)).not.toContain(secret.slice(6));
    }
    const of = (action: string) => log.filter((e: any) => e.action === action).map((e: any) => e.details);
    expect(of('webhook.created')).toEqual([{ host: new URL(hooks.url).host, events: ['key.revoked'], enabled: true }]);
    expect(of('webhook.deleted')).toEqual([{ host: new URL(hooks.url).host, events: ['key.revoked', 'key.rolled'] }]);
    expect(
      of('webhook.updated')
        .map((d: any) => JSON.stringify(d.enabled))
        .sort(),
    ).toEqual(['{"from":false,"to":true}', '{"from":true,"to":false}']);
    expect(of('webhook.redelivered')).toEqual([{ host: new URL(hooks.url).host, delivery_id: test.id }]);
  });

  it('test events and redeliveries are rate limited per workspace; an endpoint failing 5 times in a row has its circuit opened', async () => {
    const hooks = await webhookReceiver(() => 500);
    onTestFinished(hooks.close);
    const t = await app({ config: { webhookAllowPrivate: true, notifyIntervalMs: 0 } });
    const owner = await anOwner(t);
    const other = await anOwner(t, { workspace: 'Other' });
    const { id } = (await t.request({ method: 'POST', url: '/api/webhooks', as: owner, body: { url: hooks.url, events: ['key.revoked'] } })).json();
    const { id: otherId } = (await t.request({ method: 'POST', url: '/api/webhooks', as: other, body: { url: hooks.url, events: ['key.revoked'] } })).json();
    const sent: string[] = [];
    for (let i = 0; i < WEBHOOK_SENDS_PER_MINUTE; i++) {
      const res = await t.request({ method: 'POST', url: `/api/webhooks/${id}/test`, as: owner });
      expect(res.statusCode).toBe(202);
      sent.push(res.json().id);
    }
    const refused = await t.request({ method: 'POST', url: `/api/webhooks/${id}/test`, as: owner });
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toMatchObject({ code: 'rate_limited', limit: 'webhook_send' });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect((await t.request({ method: 'POST', url: `/api/webhooks/${id}/deliveries/${sent[0]}/redeliver`, as: owner })).statusCode).toBe(429);
    // Another workspace's budget is its own.
    expect((await t.request({ method: 'POST', url: `/api/webhooks/${otherId}/test`, as: other })).statusCode).toBe(202);

    // 20 more deliveries to the endpoint answering 500, queued in one commit: the sender starts them (2 at
    // a time), and once 5 in a row have failed the circuit opens: the rest wait, not counted as attempts.
    await t.kw.deps.notifier.tick();
    const event = (await t.store.notifications.getDelivery(sent[0]))!.eventId;
    await t.store.transaction(async (tx) => {
      for (let i = 0; i < 20; i++)
        await tx.notifications.addDelivery(pendingDelivery(event, owner.workspace.id, t.clock.now(), { channel: 'webhook', webhookId: id, userId: null }));
    });
    await t.kw.deps.notifier.tick();
    const fresh = await t.store.db
      .selectFrom('deliveries')
      .select(['attempts', 'next_attempt_at'])
      .where('webhook_id', '=', id)
      .where('created_at', '=', t.clock.now())
      .execute();
    const untried = fresh.filter((r) => Number(r.attempts) === 0);
    expect(untried.length).toBeGreaterThanOrEqual(20 - BREAKER_THRESHOLD - 4);
    for (const r of untried) expect(Number(r.next_attempt_at)).toBeGreaterThanOrEqual(t.clock.now() + BREAKER_OPEN_MS);
    // Once it has waited, the endpoint is tried again (oldest due first) — and, still failing, only a few times before it opens again.
    const before = hooks.received.length;
    t.clock.advance(3_600_000);
    await t.kw.deps.notifier.tick();
    expect(hooks.received.length - before).toBeGreaterThan(0);
    expect(hooks.received.length - before).toBeLessThanOrEqual(BREAKER_THRESHOLD + 4);
    // Later, the budget is back.
    expect((await t.request({ method: 'POST', url: `/api/webhooks/${id}/test`, as: await login(t, owner.user.email) })).statusCode).toBe(202);
  });

  it('CRUD: the secret is shown on create and roll only; members get 403, other workspaces 404; an endpoint failing for 3 days is disabled and admins told', async () => {
    const hooks = await webhookReceiver(() => 503);
    onTestFinished(hooks.close);
    const t = await app({ config: { webhookAllowPrivate: true, notifyIntervalMs: 0, pepper: { version: 1, secret: 'a server side pepper secret' } } });
    const owner = await anOwner(t);
    const admin = await aUser(t, owner, { role: 'admin' });
    const member = await aUser(t, owner, { role: 'member' });
    const other = await anOwner(t, { workspace: 'Other' });
    const created = await t.request({ method: 'POST', url: '/api/webhooks', as: owner, body: { url: hooks.url, events: ['key.revoked', 'key.rolled'] } });
    expect(created.statusCode).toBe(201);
    expect(created.headers['cache-control']).toBe('no-store');
    const hook = created.json();
    expect(hook).toMatchObject({ url: hooks.url, events: ['key.revoked', 'key.rolled'], enabled: true });
    const stored = await t.store.db.selectFrom('webhooks').select('secret').where('id', '=', hook.id).executeTakeFirstOrThrow();
    expect(stored.secret).toMatch(/^enc1:/);
    expect(stored.secret).not.toContain(hook.secret.slice(6));
    const got = (await t.request({ url: `/api/webhooks/${hook.id}`, as: owner })).json();
    expect(got.secret).toBeUndefined();
    expect(JSON.stringify((await t.request({ url: '/api/webhooks', as: admin })).json())).not.toContain(hook.secret);
    const rolled = (await t.request({ method: 'POST', url: `/api/webhooks/${hook.id}/roll-secret`, as: owner })).json();
    expect(rolled.secret).toMatch(/^whsec_/);
    expect(rolled.secret).not.toBe(hook.secret);
    expect((await t.request({ method: 'PATCH', url: `/api/webhooks/${hook.id}`, as: owner, body: { events: ['key.bogus'] } })).statusCode).toBe(400);
    expect((await t.request({ url: '/api/webhooks', as: member })).statusCode).toBe(403);
    for (const [method, url] of [
      ['GET', ''],
      ['PATCH', ''],
      ['DELETE', ''],
      ['GET', '/deliveries'],
      ['POST', '/roll-secret'],
      ['POST', '/test'],
    ] as const) {
      const res = await t.request({ method, url: `/api/webhooks/${hook.id}${url}`, as: other, body: method === 'PATCH' ? { enabled: false } : undefined });
      expect(res.statusCode, `${method} ${url}`).toBe(404);
    }
    // A test event, signed with the rolled secret.
    expect((await t.request({ method: 'POST', url: `/api/webhooks/${hook.id}/test`, as: owner })).statusCode).toBe(202);
    await t.kw.deps.notifier.tick();
    expect(verifyHook(rolled.secret, hooks.received[0], t.clock.now()).type).toBe('webhook.test');
    // Fails for three days: disabled, admins notified.
    for (let i = 0; i < 5; i++) {
      t.clock.advance(DAY);
      await t.kw.deps.notifier.tick();
      expect((await t.request({ method: 'POST', url: `/api/webhooks/${hook.id}/test`, as: await login(t, owner.user.email) })).statusCode).toBe(202);
      await t.kw.deps.notifier.tick();
    }
    const after = (await t.request({ url: `/api/webhooks/${hook.id}`, as: await login(t, owner.user.email) })).json();
    expect(after).toMatchObject({ enabled: false, disabled_reason: 'failing' });
    const told = (await t.request({ url: '/api/notifications', as: await login(t, admin.user.email) })).json().data;
    expect(told.map((n: any) => n.type)).toContain('webhook.disabled');
    expect((await t.request({ url: '/api/notifications', as: await login(t, member.user.email) })).json().data).toEqual([]);
    const del = await t.request({ method: 'DELETE', url: `/api/webhooks/${hook.id}`, as: await login(t, owner.user.email) });
    expect(del.statusCode).toBe(204);
  });
});

async function principal(t: TestApp, who: { user: { id: string }; workspace: { id: string; name: string } }) {
  const { sessionPermissions } = await import('../../src/users/permissions.js');
  const user = (await t.store.users.get(who.workspace.id, who.user.id))!;
  const customPermissions = (await t.store.workspaces.get(who.workspace.id))!.customPermissions ?? {};
  return {
    via: 'session' as const,
    user,
    workspace: { ...who.workspace, customPermissions },
    permissions: sessionPermissions(user.role, customPermissions),
    ip: '127.0.0.1',
    userAgent: null,
    session: { idHash: 'test', recentAuth: true },
  };
}
