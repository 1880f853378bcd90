import { useState } from 'preact/hooks';
import { type AppNotification, KEY_EVENT_TYPES, type KeyEventType, api, ok } from '../api';
import { Button } from '../components/Button';
import { Badge } from '../components/Badge';
import { ErrorAlert } from '../components/ErrorAlert';
import { KeyLink } from '../components/KeyLink';
import { Time } from '../components/Time';
import { useLoad, useTitle } from '../hooks';
import '../styles/notifications.css';
import { PageHeader } from '../components/PageHeader';

const LABELS: Record<KeyEventType, string> = {
  'key.expiring': 'A key is about to expire (14, 7 and 1 days before)',
  'key.expired': 'A key has expired',
  'key.revoked': 'Someone else revoked one of my keys',
  'key.leaked_revoked': 'A key was revoked as leaked',
  'key.rolled': 'A key was rolled',
  'key.new_ip': 'A key was used from a new address',
};

/** "2026-08-23 12:00:00 UTC", as the server writes a time into a message (also used in emails). */
const UTC_IN_TEXT = /(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}) UTC/;

/** A message with each UTC time in it shown as a local time (the UTC time in its tooltip). */
function Message({ text }: { text: string }) {
  const parts = text.split(UTC_IN_TEXT);
  return <p class="notification-message">{parts.map((part, i) => (i % 2 === 1 ? <Time key={i} iso={`${part.replace(' ', 'T')}.000Z`} /> : part))}</p>;
}

const changed = () => window.dispatchEvent(new Event('keyward:notifications'));

/** Your notifications (newest first), mark read / all read, and which events you are emailed about. */
export function NotificationsPage() {
  useTitle('Notifications');
  const notifications = useLoad(() => ok(api.GET('/api/notifications', { params: { query: { limit: 100 } } })), []);
  const preferences = useLoad(() => ok(api.GET('/api/me/notification-preferences')), []);
  const list = notifications.data;
  const prefs = preferences.data?.email;
  const [actionError, setError] = useState<unknown>(null);
  const error = actionError ?? notifications.error ?? preferences.error;
  const act = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
      notifications.reload();
      changed();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <section>
      <PageHeader
        eyebrow="Account"
        title="Notifications"
        action={{
          label: 'Mark all read',
          secondary: true,
          disabled: !list || list.unread_count === 0,
          onClick: () => act(() => ok(api.POST('/api/notifications/read-all'))),
        }}
      >
        Reminders before your keys expire, and changes others made to them.
      </PageHeader>
      <ErrorAlert error={error} />
      {list && list.data.length === 0 && (
        <div class="empty">
          <p>
            <strong>No notifications yet.</strong>
          </p>
          <p class="muted">You will hear here before your keys expire, and when someone else changes them.</p>
        </div>
      )}
      <ul class="notification-cards">
        {list?.data.map((n: AppNotification) => (
          <li key={n.id} class={n.read_at ? 'notification-card' : 'notification-card unread'}>
            <div class="notification-body">
              <Message text={n.message} />
              <p class="notification-meta muted">
                {n.read_at ? <Badge tone="gray">Read</Badge> : <Badge tone="blue">Unread</Badge>} <Time iso={n.created_at} />
                {n.key && (
                  <>
                    {' · '}
                    <KeyLink k={n.key} hint={false} />
                  </>
                )}
              </p>
            </div>
            {!n.read_at && (
              <Button small onClick={() => act(() => ok(api.POST('/api/notifications/{id}/read', { params: { path: { id: n.id } } })))}>
                Mark read
              </Button>
            )}
          </li>
        ))}
      </ul>
      <h2 class="prefs-title">Email me when…</h2>
      {prefs && (
        <fieldset class="prefs-card">
          <legend class="visually-hidden">Email me when…</legend>
          <p class="muted">Emails are sent only when the server has email configured.</p>
          {KEY_EVENT_TYPES.map((t) => (
            <label key={t} class="checkbox">
              <input
                type="checkbox"
                checked={prefs[t]}
                onChange={async (e) => {
                  const on = (e.currentTarget as HTMLInputElement).checked;
                  try {
                    preferences.set(await ok(api.PATCH('/api/me/notification-preferences', { body: { email: { [t]: on } } })));
                  } catch (err) {
                    setError(err);
                  }
                }}
              />
              <span>{LABELS[t]}</span>
            </label>
          ))}
        </fieldset>
      )}
    </section>
  );
}
