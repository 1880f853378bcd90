import { Type } from 'typebox';
import { KEY_EVENT_TYPES } from '../../notifications/event-types.js';
import { ListQuery, NextCursor, NullableTimestamp, Timestamp, component, literals, nullable, ref } from './common.js';

export const KeyEventType = component(
  'KeyEventType',
  literals(KEY_EVENT_TYPES, { description: 'A key event a notification, an email or a webhook delivery is about' }),
);

const notificationExample = {
  id: 'ntf_8Rb3kQ6wL2',
  type: 'key.expiring',
  message: 'Your API key "CI deploys" (ak_live_3f…9QwZ) expires in 7 days',
  key: { id: 'key_5Nc1pZ7yD3', name: 'CI deploys', hint: 'ak_live_3f…9QwZ', expires_at: '2026-08-30T12:00:00.000Z' },
  created_at: '2026-08-23T12:00:00.000Z',
  read_at: null,
};
export const Notification = component(
  'Notification',
  Type.Object(
    {
      id: Type.String(),
      type: Type.String({
        description:
          'The event: key.expiring, key.expired, key.revoked, key.leaked_revoked, key.rolled, key.new_ip, webhook.disabled, account.password_changed or account.new_sign_in',
      }),
      message: Type.String({ description: 'What happened, as shown in the app' }),
      key: nullable(Type.Object({ id: Type.String(), name: Type.String(), hint: Type.String(), expires_at: NullableTimestamp }), {
        description: 'The key it is about (never its secret); null when it is about something else',
      }),
      created_at: Timestamp,
      read_at: NullableTimestamp,
    },
    { description: 'An in-app notification about one of your keys (or a failing webhook endpoint)', examples: [notificationExample] },
  ),
);

export const NotificationPage = component(
  'NotificationPage',
  Type.Object(
    {
      data: Type.Array(ref(Notification)),
      next_cursor: NextCursor,
      unread_count: Type.Integer({ minimum: 0, description: 'How many of your notifications are unread' }),
    },
    {
      description: 'A page of your notifications, newest first, with the unread count',
      examples: [{ data: [notificationExample], next_cursor: null, unread_count: 1 }],
    },
  ),
);

export const NotificationsMarkedRead = component(
  'NotificationsMarkedRead',
  Type.Object({ updated: Type.Integer({ minimum: 0, description: 'How many notifications were unread and are now read' }) }, { examples: [{ updated: 3 }] }),
);

const emailPreferenceExample = Object.fromEntries(KEY_EVENT_TYPES.map((t) => [t, t !== 'key.rolled']));
export const NotificationPreferences = component(
  'NotificationPreferences',
  Type.Object(
    {
      email: Type.Object(Object.fromEntries(KEY_EVENT_TYPES.map((t) => [t, Type.Boolean()])), {
        additionalProperties: false,
        description: 'Per event type: whether you are emailed about it (when the server sends email)',
      }),
    },
    { additionalProperties: false, description: 'Which events you are emailed about', examples: [{ email: emailPreferenceExample }] },
  ),
);

export const NotificationListQuery = Type.Object({ ...ListQuery, unread: Type.Optional(Type.Boolean()) }, { additionalProperties: false });
export const PreferencesPatch = Type.Object(
  { email: Type.Object(Object.fromEntries(KEY_EVENT_TYPES.map((t) => [t, Type.Optional(Type.Boolean())])), { additionalProperties: false }) },
  { additionalProperties: false },
);

export const components = [KeyEventType, Notification, NotificationPage, NotificationsMarkedRead, NotificationPreferences];
