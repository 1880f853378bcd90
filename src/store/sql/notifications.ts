import { type Kysely, sql } from 'kysely';
import type { DueGroup, NotificationRepo, DeliveryRecord, KeyEventRecord, NotificationRecord, WebhookRecord } from '../notification-types.js';
import type { Database, DeliveryTable, KeyEventTable, NotificationTable, WebhookTable } from '../schema.js';
import { countOf, insertedOne, num, numOrNull, patchColumns, readPage, updatedOne } from './rows.js';

const toEvent = (r: KeyEventTable): KeyEventRecord => ({
  id: r.id,
  workspaceId: r.workspace_id,
  keyId: r.key_id,
  ownerId: r.owner_id,
  type: r.type,
  threshold: r.threshold,
  at: num(r.at),
  data: JSON.parse(r.data),
});

const toNotification = (r: NotificationTable): NotificationRecord => ({
  id: r.id,
  workspaceId: r.workspace_id,
  userId: r.user_id,
  eventId: r.event_id,
  type: r.type,
  at: num(r.at),
  readAt: numOrNull(r.read_at),
  data: JSON.parse(r.data),
});

const toWebhook = (r: WebhookTable): WebhookRecord => ({
  id: r.id,
  workspaceId: r.workspace_id,
  url: r.url,
  events: JSON.parse(r.events),
  enabled: num(r.enabled) === 1,
  secret: r.secret,
  createdAt: num(r.created_at),
  failingSince: numOrNull(r.failing_since),
  disabledReason: r.disabled_reason,
});

const toDelivery = (r: DeliveryTable): DeliveryRecord => ({
  id: r.id,
  workspaceId: r.workspace_id,
  eventId: r.event_id,
  channel: r.channel as DeliveryRecord['channel'],
  webhookId: r.webhook_id,
  userId: r.user_id,
  status: r.status as DeliveryRecord['status'],
  attempts: num(r.attempts),
  nextAttemptAt: numOrNull(r.next_attempt_at),
  lockedUntil: numOrNull(r.locked_until),
  lockedBy: r.locked_by,
  lastStatusCode: numOrNull(r.last_status_code),
  lastError: r.last_error,
  lastDurationMs: numOrNull(r.last_duration_ms),
  createdAt: num(r.created_at),
  updatedAt: num(r.updated_at),
});

/** A delivery as its row (also for tests that queue many at once with one INSERT). */
export const fromDelivery = (d: DeliveryRecord): DeliveryTable => ({
  id: d.id,
  workspace_id: d.workspaceId,
  event_id: d.eventId,
  channel: d.channel,
  webhook_id: d.webhookId,
  user_id: d.userId,
  status: d.status,
  attempts: d.attempts,
  next_attempt_at: d.nextAttemptAt,
  locked_until: d.lockedUntil,
  locked_by: d.lockedBy,
  last_status_code: d.lastStatusCode,
  last_error: d.lastError,
  last_duration_ms: d.lastDurationMs,
  created_at: d.createdAt,
  updated_at: d.updatedAt,
});

export function notificationRepo(db: Kysely<Database>): NotificationRepo {
  /** A user's own notifications: every read and write of them is scoped by workspace and user both. */
  const own = {
    select: (workspaceId: string, userId: string) => db.selectFrom('notifications').where('workspace_id', '=', workspaceId).where('user_id', '=', userId),
    update: (workspaceId: string, userId: string) => db.updateTable('notifications').where('workspace_id', '=', workspaceId).where('user_id', '=', userId),
  };
  return {
    async insertEvent(e) {
      return insertedOne(
        db
          .insertInto('key_events')
          .values({
            id: e.id,
            workspace_id: e.workspaceId,
            key_id: e.keyId,
            owner_id: e.ownerId,
            type: e.type,
            threshold: e.threshold,
            at: e.at,
            data: JSON.stringify(e.data),
          })
          .onConflict((oc) => oc.columns(['key_id', 'type', 'threshold']).doNothing()),
      );
    },
    async getEvent(id) {
      const r = await db.selectFrom('key_events').selectAll().where('id', '=', id).executeTakeFirst();
      return r && toEvent(r);
    },
    async countKeyEvents(keyId, type, since) {
      return countOf(db.selectFrom('key_events').where('key_id', '=', keyId).where('type', '=', type).where('at', '>=', since));
    },
    async addNotification(n) {
      await db
        .insertInto('notifications')
        .values({
          id: n.id,
          workspace_id: n.workspaceId,
          user_id: n.userId,
          event_id: n.eventId,
          type: n.type,
          at: n.at,
          read_at: n.readAt,
          data: JSON.stringify(n.data),
        })
        .execute();
    },
    async listNotifications({ workspaceId, userId, unread, limit, after }) {
      let q = own.select(workspaceId, userId).selectAll();
      if (unread) q = q.where('read_at', 'is', null);
      return readPage(q, 'at', { limit, after }, toNotification);
    },
    async unreadCount(workspaceId, userId) {
      return countOf(own.select(workspaceId, userId).where('read_at', 'is', null));
    },
    async markRead(workspaceId, userId, id, at) {
      await own.update(workspaceId, userId).set({ read_at: at }).where('id', '=', id).where('read_at', 'is', null).execute();
      const r = await own.select(workspaceId, userId).selectAll().where('id', '=', id).executeTakeFirst();
      return r && toNotification(r);
    },
    async markAllRead(workspaceId, userId, at) {
      const r = await own.update(workspaceId, userId).set({ read_at: at }).where('read_at', 'is', null).executeTakeFirst();
      return Number(r.numUpdatedRows);
    },
    async emailPreferences(userId) {
      const rows = await db.selectFrom('notification_preferences').select(['event_type', 'email']).where('user_id', '=', userId).execute();
      return new Map(rows.map((r) => [r.event_type, num(r.email) === 1]));
    },
    async setEmailPreference(userId, eventType, email) {
      await db
        .insertInto('notification_preferences')
        .values({ user_id: userId, event_type: eventType, email: email ? 1 : 0 })
        .onConflict((oc) => oc.columns(['user_id', 'event_type']).doUpdateSet({ email: email ? 1 : 0 }))
        .execute();
    },
    async createWebhook(w) {
      await db
        .insertInto('webhooks')
        .values({
          id: w.id,
          workspace_id: w.workspaceId,
          url: w.url,
          events: JSON.stringify(w.events),
          enabled: w.enabled ? 1 : 0,
          secret: w.secret,
          created_at: w.createdAt,
          failing_since: w.failingSince,
          disabled_reason: w.disabledReason,
        })
        .execute();
    },
    async getWebhook(workspaceId, id) {
      const r = await db.selectFrom('webhooks').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
      return r && toWebhook(r);
    },
    async listWebhooks(workspaceId, limit, after) {
      return readPage(db.selectFrom('webhooks').selectAll().where('workspace_id', '=', workspaceId), 'created_at', { limit, after }, toWebhook);
    },
    async updateWebhook(workspaceId, id, patch) {
      const v: Partial<WebhookTable> = patchColumns(patch, {
        url: 'url',
        events: (events) => ({ events: JSON.stringify(events) }),
        enabled: (on) => ({ enabled: on ? 1 : 0 }),
        secret: 'secret',
        failingSince: 'failing_since',
        disabledReason: 'disabled_reason',
      });
      if (Object.keys(v).length === 0) return;
      await db.updateTable('webhooks').set(v).where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
    },
    async deleteWebhook(workspaceId, id) {
      const r = await db.deleteFrom('webhooks').where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
      if (Number(r.numDeletedRows) === 0) return false;
      await db.deleteFrom('deliveries').where('webhook_id', '=', id).where('status', '=', 'pending').execute();
      return true;
    },
    async subscribers(workspaceId, eventType) {
      const rows = await db.selectFrom('webhooks').selectAll().where('workspace_id', '=', workspaceId).where('enabled', '=', 1).execute();
      return rows.map(toWebhook).filter((w) => w.events.includes(eventType));
    },
    async addDelivery(d) {
      await db.insertInto('deliveries').values(fromDelivery(d)).execute();
    },
    async getDelivery(id) {
      const r = await db.selectFrom('deliveries').selectAll().where('id', '=', id).executeTakeFirst();
      return r && toDelivery(r);
    },
    async listDeliveries(workspaceId, webhookId, limit, after) {
      const q = db.selectFrom('deliveries').selectAll().where('workspace_id', '=', workspaceId).where('webhook_id', '=', webhookId);
      return readPage(q, 'created_at', { limit, after }, toDelivery);
    },
    async dueDeliveries(now, limit) {
      const rows = await db
        .selectFrom('deliveries')
        .select('id')
        .where('status', '=', 'pending')
        .where('next_attempt_at', '<=', now)
        .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now)]))
        .orderBy('next_attempt_at')
        .limit(limit)
        .execute();
      return rows.map((r) => r.id);
    },
    async dueGroups(now, limit) {
      const ready = sql`next_attempt_at <= ${now} and (locked_until is null or locked_until < ${now})`;
      const rows = await db
        .selectFrom('deliveries')
        .select(['workspace_id', 'channel', 'webhook_id'])
        .select(sql<number | string>`min(case when ${ready} then next_attempt_at end)`.as('due'))
        .select(sql<number | string>`sum(case when locked_until >= ${now} then 1 else 0 end)`.as('in_flight'))
        .where('status', '=', 'pending')
        .where((eb) => eb.or([eb('next_attempt_at', '<=', now), eb('locked_until', '>=', now)]))
        .groupBy(['workspace_id', 'channel', 'webhook_id'])
        .having(sql`min(case when ${ready} then next_attempt_at end)`, 'is not', null)
        .orderBy('due')
        .limit(limit)
        .execute();
      return rows.map((r) => ({
        workspaceId: r.workspace_id,
        channel: r.channel as DueGroup['channel'],
        webhookId: r.webhook_id,
        due: num(r.due),
        inFlight: num(r.in_flight),
      }));
    },
    async dueIn(group, now, limit) {
      let q = db
        .selectFrom('deliveries')
        .select('id')
        .where('workspace_id', '=', group.workspaceId)
        .where('channel', '=', group.channel)
        .where('status', '=', 'pending')
        .where('next_attempt_at', '<=', now)
        .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now)]));
      q = group.webhookId === null ? q.where('webhook_id', 'is', null) : q.where('webhook_id', '=', group.webhookId);
      const rows = await q.orderBy('next_attempt_at').orderBy('id').limit(limit).execute();
      return rows.map((r) => r.id);
    },
    async deferWebhook(webhookId, now, until) {
      const r = await db
        .updateTable('deliveries')
        .set({ next_attempt_at: until })
        .where('webhook_id', '=', webhookId)
        .where('status', '=', 'pending')
        .where('next_attempt_at', '<', until)
        .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now)]))
        .executeTakeFirst();
      return Number(r.numUpdatedRows);
    },
    async claimDelivery(id, now, leaseUntil, by) {
      return updatedOne(
        db
          .updateTable('deliveries')
          .set({ locked_until: leaseUntil, locked_by: by })
          .where('id', '=', id)
          .where('status', '=', 'pending')
          .where('next_attempt_at', '<=', now)
          .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now)])),
      );
    },
    async finishDelivery(id, by, patch) {
      const v: Partial<DeliveryTable> = patchColumns(patch, {
        updatedAt: 'updated_at',
        status: 'status',
        attempts: 'attempts',
        nextAttemptAt: 'next_attempt_at',
        lastStatusCode: 'last_status_code',
        lastError: 'last_error',
        lastDurationMs: 'last_duration_ms',
      });
      // Finishing gives up the lease, whatever else the patch writes.
      await db
        .updateTable('deliveries')
        .set({ ...v, locked_until: null, locked_by: null })
        .where('id', '=', id)
        .where('locked_by', '=', by)
        .execute();
    },
    async requeueDelivery(id, now) {
      await db
        .updateTable('deliveries')
        .set({ status: 'pending', next_attempt_at: now, locked_until: null, locked_by: null, updated_at: now })
        .where('id', '=', id)
        .execute();
    },
    async keysExpiringBetween({ now, fromMs, toMs, type, threshold, limit }) {
      const rows = await db
        .selectFrom('api_keys as k')
        .select(['k.id', 'k.workspace_id'])
        .where('k.revoked_at', 'is', null)
        .where('k.replaced_by', 'is', null)
        .where('k.expires_at', '>', now + fromMs)
        .where('k.expires_at', '<=', now + toMs)
        // Created before the reminder was due: a 5-day key gets no "14 days left" reminder.
        .where((eb) => eb('k.created_at', '<', eb('k.expires_at', '-', toMs)))
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('key_events as e').select('e.id').whereRef('e.key_id', '=', 'k.id').where('e.type', '=', type).where('e.threshold', '=', threshold),
            ),
          ),
        )
        .limit(limit)
        .execute();
      return rows.map((r) => ({ keyId: r.id, workspaceId: r.workspace_id }));
    },
    async keysExpired({ now, lookbackMs, limit }) {
      const rows = await db
        .selectFrom('api_keys as k')
        .select(['k.id', 'k.workspace_id'])
        .where('k.revoked_at', 'is', null)
        .where('k.replaced_by', 'is', null)
        .where('k.expires_at', '<=', now)
        .where('k.expires_at', '>', now - lookbackMs)
        .where(({ not, exists, selectFrom }) =>
          not(exists(selectFrom('key_events as e').select('e.id').whereRef('e.key_id', '=', 'k.id').where('e.type', '=', 'key.expired'))),
        )
        .limit(limit)
        .execute();
      return rows.map((r) => ({ keyId: r.id, workspaceId: r.workspace_id }));
    },
    async admins(workspaceId) {
      return db
        .selectFrom('users')
        .select(['id', 'email', 'name'])
        .where('workspace_id', '=', workspaceId)
        .where('role', 'in', ['owner', 'admin'])
        .where('disabled', '=', 0)
        .where('kind', '=', 'person')
        .execute();
    },
  };
}
