import { expect, it } from 'vitest';
import type { DeliveryRecord, KeyEventRecord, NotificationRecord, WebhookRecord } from '../../../src/store/notification-types.js';
import { T0, aKey, aTenant, aUser, aWorkspace, allPages, describeStore, newestFirst, uid } from './support.js';

const DAY = 86_400_000;

const anEvent = (workspaceId: string, keyId: string, patch: Partial<KeyEventRecord> = {}): KeyEventRecord => ({
  id: uid('kev'),
  workspaceId,
  keyId,
  ownerId: 'usr_owner',
  type: 'key.new_ip',
  threshold: '',
  at: T0,
  data: { key: { id: keyId, name: 'A key' }, ip: '192.0.2.1' },
  ...patch,
});

const aNotification = (workspaceId: string, userId: string, patch: Partial<NotificationRecord> = {}): NotificationRecord => ({
  id: uid('ntf'),
  workspaceId,
  userId,
  eventId: null,
  type: 'key.expiring',
  at: T0,
  readAt: null,
  data: { days: 7 },
  ...patch,
});

const aWebhook = (workspaceId: string, patch: Partial<WebhookRecord> = {}): WebhookRecord => ({
  id: uid('whk'),
  workspaceId,
  url: 'https://hooks.example.test/keyward',
  events: ['key.expiring', 'key.revoked'],
  enabled: true,
  secret: 'sealed-secret',
  createdAt: T0,
  failingSince: null,
  disabledReason: null,
  ...patch,
});

const aDelivery = (workspaceId: string, webhookId: string | null, patch: Partial<DeliveryRecord> = {}): DeliveryRecord => ({
  id: uid('msg'),
  workspaceId,
  eventId: uid('kev'),
  channel: webhookId ? 'webhook' : 'email',
  webhookId,
  userId: webhookId ? null : 'usr_owner',
  status: 'pending',
  attempts: 0,
  nextAttemptAt: T0,
  lockedUntil: null,
  lockedBy: null,
  lastStatusCode: null,
  lastError: null,
  lastDurationMs: null,
  createdAt: T0,
  updatedAt: T0,
  ...patch,
});

describeStore('notifications: key events and notifications', ({ store }) => {
  it('insertEvent records (key, type, threshold) once, even when racing; getEvent and countKeyEvents read it', async () => {
    const keyId = uid('key');
    const w = uid('wks');
    const racing = await Promise.all([1, 2, 3].map(() => store().notifications.insertEvent(anEvent(w, keyId, { type: 'key.expiring', threshold: '7d' }))));
    expect(racing.filter(Boolean)).toHaveLength(1);
    const other = anEvent(w, keyId, { type: 'key.expiring', threshold: '1d', at: T0 + 5 });
    expect(await store().notifications.insertEvent(other)).toBe(true);
    expect(await store().notifications.getEvent(other.id)).toEqual(other);
    expect(await store().notifications.getEvent(uid('kev'))).toBeUndefined();
    expect(await store().notifications.countKeyEvents(keyId, 'key.expiring', T0)).toBe(2);
    expect(await store().notifications.countKeyEvents(keyId, 'key.expiring', T0 + 1)).toBe(1);
    expect(await store().notifications.countKeyEvents(keyId, 'key.revoked', 0)).toBe(0);
  });

  it('listNotifications: one user’s, of one workspace, newest first across pages, unread only on request', async () => {
    const { workspace, owner } = await aTenant(store());
    const other = await aUser(store(), workspace, { role: 'admin' });
    const elsewhere = await aWorkspace(store());
    const mine: NotificationRecord[] = [];
    for (let i = 0; i < 9; i++)
      mine.push(aNotification(workspace.id, owner.id, { at: T0 + Math.floor(i / 3), readAt: i % 2 ? T0 + 10 : null, eventId: i === 0 ? uid('kev') : null }));
    for (const n of [...mine, aNotification(workspace.id, other.id), aNotification(elsewhere.id, owner.id)]) await store().notifications.addNotification(n);
    const expected = [...mine].sort(
      newestFirst(
        (n) => n.at,
        (n) => n.id,
      ),
    );
    for (const limit of [1, 4, 9]) {
      expect(
        (await allPages((after) => store().notifications.listNotifications({ workspaceId: workspace.id, userId: owner.id, limit, after }))).flat(),
      ).toEqual(expected);
    }
    const unread = (
      await allPages((after) => store().notifications.listNotifications({ workspaceId: workspace.id, userId: owner.id, unread: true, limit: 2, after }))
    ).flat();
    expect(unread).toEqual(expected.filter((n) => n.readAt === null));
    expect(await store().notifications.unreadCount(workspace.id, owner.id)).toBe(unread.length);
    expect(await store().notifications.unreadCount(elsewhere.id, owner.id)).toBe(1);
  });

  it('markRead keeps the first read time and touches nobody else’s; markAllRead counts what it marked', async () => {
    const { workspace, owner } = await aTenant(store());
    const other = await aUser(store(), workspace, { role: 'member' });
    const elsewhere = await aWorkspace(store());
    const n = aNotification(workspace.id, owner.id);
    const theirs = aNotification(workspace.id, other.id);
    for (const x of [n, theirs, aNotification(workspace.id, owner.id), aNotification(elsewhere.id, owner.id)]) await store().notifications.addNotification(x);
    expect(await store().notifications.markRead(workspace.id, other.id, n.id, T0 + 1)).toBeUndefined();
    expect(await store().notifications.markRead(elsewhere.id, owner.id, n.id, T0 + 1)).toBeUndefined();
    expect(await store().notifications.markRead(workspace.id, owner.id, n.id, T0 + 2)).toEqual({ ...n, readAt: T0 + 2 });
    expect(await store().notifications.markRead(workspace.id, owner.id, n.id, T0 + 3)).toEqual({ ...n, readAt: T0 + 2 });
    expect(await store().notifications.markAllRead(workspace.id, owner.id, T0 + 4)).toBe(1);
    expect(await store().notifications.markAllRead(workspace.id, owner.id, T0 + 5)).toBe(0);
    expect(await store().notifications.unreadCount(workspace.id, other.id)).toBe(1);
    expect(await store().notifications.unreadCount(elsewhere.id, owner.id)).toBe(1);
  });

  it('email preferences: absent until set, then the last choice, per user', async () => {
    const u = uid('usr');
    expect(await store().notifications.emailPreferences(u)).toEqual(new Map());
    await store().notifications.setEmailPreference(u, 'key.expiring', false);
    await store().notifications.setEmailPreference(u, 'key.revoked', true);
    await store().notifications.setEmailPreference(u, 'key.expiring', true);
    expect(await store().notifications.emailPreferences(u)).toEqual(
      new Map([
        ['key.expiring', true],
        ['key.revoked', true],
      ]),
    );
    expect(await store().notifications.emailPreferences(uid('usr'))).toEqual(new Map());
  });

  it('admins: the active owners and admins of one workspace', async () => {
    const { workspace, owner } = await aTenant(store());
    const admin = await aUser(store(), workspace, { role: 'admin' });
    await aUser(store(), workspace, { role: 'member' });
    await aUser(store(), workspace, { role: 'admin', disabled: true });
    await aTenant(store());
    const got = await store().notifications.admins(workspace.id);
    expect(got.sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(
      [owner, admin].map((u) => ({ id: u.id, email: u.email, name: u.name })).sort((a, b) => (a.id < b.id ? -1 : 1)),
    );
  });
});

describeStore('notifications: webhooks and deliveries', ({ store, fresh }) => {
  it('webhooks: create → get, list across pages, update, subscribers, scoped to their workspace', async () => {
    const w = await aWorkspace(store());
    const elsewhere = await aWorkspace(store());
    const hooks: WebhookRecord[] = [];
    for (let i = 0; i < 5; i++)
      hooks.push(aWebhook(w.id, { createdAt: T0 + Math.floor(i / 2), events: i === 0 ? ['key.revoked'] : ['key.expiring'], enabled: i !== 1 }));
    for (const h of hooks) await store().notifications.createWebhook(h);
    expect(await store().notifications.getWebhook(w.id, hooks[0].id)).toEqual(hooks[0]);
    expect(await store().notifications.getWebhook(elsewhere.id, hooks[0].id)).toBeUndefined();
    expect((await allPages((after) => store().notifications.listWebhooks(w.id, 2, after))).flat()).toEqual(
      [...hooks].sort(
        newestFirst(
          (h) => h.createdAt,
          (h) => h.id,
        ),
      ),
    );
    expect(await store().notifications.listWebhooks(elsewhere.id, 10)).toEqual({ items: [], next: null });
    expect((await store().notifications.subscribers(w.id, 'key.expiring')).map((h) => h.id).sort()).toEqual([hooks[2].id, hooks[3].id, hooks[4].id].sort());
    expect(await store().notifications.subscribers(elsewhere.id, 'key.expiring')).toEqual([]);
    await store().notifications.updateWebhook(elsewhere.id, hooks[0].id, { url: 'https://evil.example.test/' });
    await store().notifications.updateWebhook(w.id, hooks[0].id, {});
    expect(await store().notifications.getWebhook(w.id, hooks[0].id)).toEqual(hooks[0]);
    const patch = {
      url: 'https://new.example.test/',
      events: ['key.new_ip'],
      enabled: false,
      secret: 'rotated',
      failingSince: T0 + 1,
      disabledReason: 'failing',
    };
    await store().notifications.updateWebhook(w.id, hooks[0].id, patch);
    expect(await store().notifications.getWebhook(w.id, hooks[0].id)).toEqual({ ...hooks[0], ...patch });
  });

  it('deleteWebhook: only in its workspace; drops its pending deliveries and keeps its finished ones and others’', async () => {
    const w = await aWorkspace(store());
    const elsewhere = await aWorkspace(store());
    const hook = aWebhook(w.id);
    const kept = aWebhook(w.id);
    for (const h of [hook, kept]) await store().notifications.createWebhook(h);
    const pending = aDelivery(w.id, hook.id);
    const done = aDelivery(w.id, hook.id, { status: 'delivered' });
    const others = aDelivery(w.id, kept.id);
    for (const d of [pending, done, others]) await store().notifications.addDelivery(d);
    expect(await store().notifications.deleteWebhook(elsewhere.id, hook.id)).toBe(false);
    expect(await store().notifications.getDelivery(pending.id)).toEqual(pending);
    expect(await store().notifications.deleteWebhook(w.id, hook.id)).toBe(true);
    expect(await store().notifications.deleteWebhook(w.id, hook.id)).toBe(false);
    expect(await store().notifications.getWebhook(w.id, hook.id)).toBeUndefined();
    expect(await store().notifications.getDelivery(pending.id)).toBeUndefined();
    expect(await store().notifications.getDelivery(done.id)).toEqual(done);
    expect(await store().notifications.getDelivery(others.id)).toEqual(others);
  });

  it('listDeliveries: one webhook’s, of its workspace, newest first across pages', async () => {
    const w = await aWorkspace(store());
    const elsewhere = await aWorkspace(store());
    const hook = aWebhook(w.id);
    await store().notifications.createWebhook(hook);
    const mine: DeliveryRecord[] = [];
    for (let i = 0; i < 7; i++)
      mine.push(aDelivery(w.id, hook.id, { createdAt: T0 + Math.floor(i / 3), attempts: i, lastStatusCode: 500, lastError: 'HTTP 500', lastDurationMs: 12 }));
    for (const d of [...mine, aDelivery(w.id, uid('whk')), aDelivery(elsewhere.id, hook.id)]) await store().notifications.addDelivery(d);
    expect((await allPages((after) => store().notifications.listDeliveries(w.id, hook.id, 3, after))).flat()).toEqual(
      [...mine].sort(
        newestFirst(
          (d) => d.createdAt,
          (d) => d.id,
        ),
      ),
    );
    expect(await store().notifications.listDeliveries(elsewhere.id, uid('whk'), 3)).toEqual({ items: [], next: null });
  });

  it('claimDelivery leases a due delivery once; finishDelivery only by its holder; requeue makes it due again', async () => {
    const w = await aWorkspace(store());
    const d = aDelivery(w.id, uid('whk'));
    const later = aDelivery(w.id, uid('whk'), { nextAttemptAt: T0 + 1000 });
    for (const x of [d, later]) await store().notifications.addDelivery(x);
    const racing = await Promise.all(['i1', 'i2', 'i3'].map((by) => store().notifications.claimDelivery(d.id, T0, T0 + 500, by)));
    expect(racing.filter(Boolean)).toHaveLength(1);
    const holder = ['i1', 'i2', 'i3'][racing.indexOf(true)];
    expect(await store().notifications.claimDelivery(later.id, T0, T0 + 500, 'i1')).toBe(false);
    // A lease that has run out may be taken over.
    expect(await store().notifications.claimDelivery(d.id, T0 + 501, T0 + 1000, 'i9')).toBe(true);
    await store().notifications.finishDelivery(d.id, holder, { status: 'delivered', updatedAt: T0 + 502 });
    expect(await store().notifications.getDelivery(d.id)).toMatchObject({ status: 'pending', lockedBy: 'i9', lockedUntil: T0 + 1000 });
    await store().notifications.finishDelivery(d.id, 'i9', {
      status: 'failed',
      attempts: 3,
      nextAttemptAt: null,
      lastStatusCode: 410,
      lastError: 'gone',
      lastDurationMs: 40,
      updatedAt: T0 + 503,
    });
    expect(await store().notifications.getDelivery(d.id)).toEqual({
      ...d,
      ...{ status: 'failed', attempts: 3, nextAttemptAt: null, lastStatusCode: 410, lastError: 'gone', lastDurationMs: 40 },
      ...{ lockedBy: null, lockedUntil: null, updatedAt: T0 + 503 },
    });
    expect(await store().notifications.claimDelivery(d.id, T0 + 2000, T0 + 3000, 'i1')).toBe(false);
    await store().notifications.requeueDelivery(d.id, T0 + 2000);
    expect(await store().notifications.getDelivery(d.id)).toMatchObject({
      id: d.id,
      status: 'pending',
      nextAttemptAt: T0 + 2000,
      lockedBy: null,
      lockedUntil: null,
      updatedAt: T0 + 2000,
    });
    expect(await store().notifications.claimDelivery(d.id, T0 + 2000, T0 + 3000, 'i1')).toBe(true);
  });

  it('dueDeliveries, dueGroups, dueIn and deferWebhook see due, unleased, pending deliveries only (on a store of their own)', async () => {
    const s = await fresh();
    const w = uid('wks');
    const hookA = uid('whk');
    const hookB = uid('whk');
    const now = T0 + 100;
    const a1 = aDelivery(w, hookA, { nextAttemptAt: T0 + 10 });
    const a2 = aDelivery(w, hookA, { nextAttemptAt: T0 + 5 });
    const aLeased = aDelivery(w, hookA, { nextAttemptAt: T0, lockedUntil: now + 50, lockedBy: 'i1' });
    const aExpiredLease = aDelivery(w, hookA, { nextAttemptAt: T0 + 20, lockedUntil: now - 1, lockedBy: 'i1' });
    const b1 = aDelivery(w, hookB, { nextAttemptAt: T0 + 1 });
    const mail = aDelivery(w, null, { nextAttemptAt: T0 + 30 });
    const notDue = aDelivery(w, hookB, { nextAttemptAt: now + 1 });
    const done = aDelivery(w, hookB, { nextAttemptAt: T0, status: 'delivered' });
    for (const d of [a1, a2, aLeased, aExpiredLease, b1, mail, notDue, done]) await s.notifications.addDelivery(d);
    expect(await s.notifications.dueDeliveries(now, 10)).toEqual([b1.id, a2.id, a1.id, aExpiredLease.id, mail.id]);
    expect(await s.notifications.dueDeliveries(now, 2)).toEqual([b1.id, a2.id]);
    expect(await s.notifications.dueGroups(now, 10)).toEqual([
      { workspaceId: w, channel: 'webhook', webhookId: hookB, due: T0 + 1, inFlight: 0 },
      { workspaceId: w, channel: 'webhook', webhookId: hookA, due: T0 + 5, inFlight: 1 },
      { workspaceId: w, channel: 'email', webhookId: null, due: T0 + 30, inFlight: 0 },
    ]);
    expect(await s.notifications.dueIn({ workspaceId: w, channel: 'webhook', webhookId: hookA }, now, 10)).toEqual([a2.id, a1.id, aExpiredLease.id]);
    expect(await s.notifications.dueIn({ workspaceId: w, channel: 'email', webhookId: null }, now, 10)).toEqual([mail.id]);
    expect(await s.notifications.dueIn({ workspaceId: uid('wks'), channel: 'webhook', webhookId: hookA }, now, 10)).toEqual([]);
    expect(await s.notifications.deferWebhook(hookA, now, now + 1000)).toBe(3);
    expect(await s.notifications.getDelivery(aLeased.id)).toEqual(aLeased);
    expect(await s.notifications.getDelivery(a1.id)).toMatchObject({ nextAttemptAt: now + 1000 });
    expect(await s.notifications.dueIn({ workspaceId: w, channel: 'webhook', webhookId: hookA }, now, 10)).toEqual([]);
  });

  it('keysExpiringBetween and keysExpired: active, not rolled-away keys without their event yet (on a store of their own)', async () => {
    const s = await fresh();
    const { owner } = await aTenant(s);
    const now = T0 + 30 * DAY;
    const in5 = await aKey(s, owner, { expiresAt: now + 5 * DAY });
    const in10 = await aKey(s, owner, { expiresAt: now + 10 * DAY });
    const shortLived = await aKey(s, owner, { createdAt: now - DAY, expiresAt: now + 5 * DAY });
    await aKey(s, owner, { expiresAt: now + 5 * DAY, revokedAt: T0, revokedBy: owner.id, revokedReason: 'user' });
    await aKey(s, owner, { expiresAt: now + 5 * DAY, replacedBy: uid('key') });
    const reminded = await aKey(s, owner, { expiresAt: now + 6 * DAY });
    await s.notifications.insertEvent(anEvent(owner.workspaceId, reminded.id, { type: 'key.expiring', threshold: '7d' }));
    const q = { now, fromMs: DAY, toMs: 7 * DAY, type: 'key.expiring', threshold: '7d', limit: 10 };
    // Not `shortLived`: created after its 7-day reminder was due.
    expect((await s.notifications.keysExpiringBetween(q)).map((c) => c.keyId)).toEqual([in5.id]);
    expect((await s.notifications.keysExpiringBetween({ ...q, toMs: 5.5 * DAY })).map((c) => c.keyId).sort()).toEqual([in5.id, shortLived.id].sort());
    expect(await s.notifications.keysExpiringBetween({ ...q, toMs: 14 * DAY })).toEqual(
      expect.arrayContaining([{ keyId: in10.id, workspaceId: owner.workspaceId }]),
    );
    expect((await s.notifications.keysExpiringBetween({ ...q, threshold: '1d' })).map((c) => c.keyId).sort()).toEqual([in5.id, reminded.id].sort());

    const expired = await aKey(s, owner, { expiresAt: now - DAY });
    const announced = await aKey(s, owner, { expiresAt: now - DAY });
    await aKey(s, owner, { expiresAt: now - 10 * DAY });
    await s.notifications.insertEvent(anEvent(owner.workspaceId, announced.id, { type: 'key.expired' }));
    expect(await s.notifications.keysExpired({ now, lookbackMs: 2 * DAY, limit: 10 })).toEqual([{ keyId: expired.id, workspaceId: owner.workspaceId }]);
  });
});
