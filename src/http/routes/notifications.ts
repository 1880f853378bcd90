import type { NotificationRecord } from '../../store/notification-types.js';
import type { Services } from '../../services.js';
import { decodeCursor, iso, isoOrNull, listBody, PAGE_SIZE } from '../present.js';
import { IdParams, ref } from '../schemas/common.js';
import { conditionalGet, conditionalGetSchema } from '../conditional.js';
import {
  Notification,
  NotificationListQuery,
  NotificationPage,
  NotificationPreferences,
  NotificationsMarkedRead,
  PreferencesPatch,
} from '../schemas/notifications.js';
import type { App } from '../types.js';
import { apiAuth, operations, principalOf, problemResponses } from '../types.js';

const auth = apiAuth('notifications.own');

export const notificationJson = (n: NotificationRecord) => ({
  id: n.id,
  type: n.type,
  message: String(n.data.message ?? ''),
  key: (n.data.key as { id: string; name: string; hint: string; expires_at: string | null } | null | undefined) ?? null,
  created_at: iso(n.at),
  read_at: isoOrNull(n.readAt),
});

const op = operations('notifications', {
  listNotifications: 'Your notifications, newest first, with the unread count',
  updateNotificationRead: 'Mark one of your notifications read',
  updateAllNotificationsRead: 'Mark all your notifications read',
  getNotificationPreferences: 'Which events you are emailed about',
  updateNotificationPreferences: 'Turn email on or off per event type',
});

// The tail of the operations table and the first route look like webhooks.ts's: the same route-file layout, other operations.
/** The problem responses every one of these operations can send. */
const common = problemResponses([400, 401, 403, 404, 429]);

/** The caller's own in-app notifications (a key acts for its owner and needs keys:own in its restriction). */
export function notificationRoutes(app: App, services: Services): void {
  const { notifications } = services;
  app.get(
    '/api/notifications',
    {
      schema: conditionalGetSchema({ ...op.listNotifications, querystring: NotificationListQuery, response: { 200: ref(NotificationPage), ...common } }),
      config: auth,
    },
    async (req, reply) =>
      conditionalGet(req, reply, services, { may: { type: 'notifications.own' }, resources: ['notifications'] }, async () => {
        const { limit = PAGE_SIZE, cursor, unread } = req.query;
        const { page, unread: count } = await notifications.list(principalOf(req), { unread, limit, after: decodeCursor(cursor) });
        return { body: { ...listBody(page, notificationJson), unread_count: count } };
      }),
  );

  app.post(
    '/api/notifications/:id/read',
    {
      schema: { ...op.updateNotificationRead, params: IdParams, response: { 200: ref(Notification), ...common } },
      config: { ...auth, emptyBodyAllowed: true },
    },
    async (req) => notificationJson(await notifications.markRead(principalOf(req), req.params.id)),
  );

  app.post(
    '/api/notifications/read-all',
    { schema: { ...op.updateAllNotificationsRead, response: { 200: ref(NotificationsMarkedRead), ...common } }, config: { ...auth, emptyBodyAllowed: true } },
    async (req) => ({ updated: await notifications.markAllRead(principalOf(req)) }),
  );

  app.get(
    '/api/me/notification-preferences',
    { schema: { ...op.getNotificationPreferences, response: { 200: ref(NotificationPreferences), ...common } }, config: auth },
    async (req) => ({ email: await notifications.emailPreferences(principalOf(req)) }),
  );

  app.patch(
    '/api/me/notification-preferences',
    { schema: { ...op.updateNotificationPreferences, body: PreferencesPatch, response: { 200: ref(NotificationPreferences), ...common } }, config: auth },
    async (req) => ({ email: await notifications.setEmailPreferences(principalOf(req), req.body.email as Record<string, boolean>) }),
  );
}
