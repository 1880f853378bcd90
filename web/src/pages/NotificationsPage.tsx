import { useEffect, useState } from 'preact/hooks';
import { type AppNotification, KEY_EVENT_TYPES, type NotificationList, api, seg } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { Time } from '../components/Time';
import { useTitle } from '../hooks';

const LABELS: Record<string, string> = {
  'key.expiring': 'A key is about to expire (14, 7 and 1 days before)',
  'key.expired': 'A key has expired',
  'key.revoked': 'Someone else revoked one of my keys',
  'key.leaked_revoked': 'A key was revoked as leaked',
  'key.rolled': 'A key was rolled',
  'key.new_ip': 'A key was used from a new address',
};

const changed = () => window.dispatchEvent(new Event('keyward:notifications'));

/** Your notifications (newest first), mark read / all read, and which events you are emailed about. */
export function NotificationsPage() {
  useTitle('Notifications');
  const [list, setList] = useState<NotificationList | null>(null);
  const [prefs, setPrefs] = useState<Record<string, boolean> | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = () =>
    api.get<NotificationList>('/api/notifications', { limit: 100 }).then(setList, setError);
  useEffect(() => {
    void load();
    api.get<{ email: Record<string, boolean> }>('/api/me/notification-preferences').then((p) => setPrefs(p.email), setError);
  }, []);
  const act = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
      await load();
      changed();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <section>
      <div class="page-header">
        <div>
          <h1 tabIndex={-1}>Notifications</h1>
          <p class="muted">Reminders before your keys expire, and changes others made to them.</p>
        </div>
        <button type="button" class="btn" disabled={!list || list.unread_count === 0} onClick={() => act(() => api.post('/api/notifications/read-all'))}>
          Mark all read
        </button>
      </div>
      <ErrorAlert error={error} />
      {list && list.data.length === 0 && <p class="muted">No notifications yet.</p>}
      <ul class="notification-list">
        {list?.data.map((n: AppNotification) => (
          <li key={n.id} class={n.read_at ? 'notification' : 'notification unread'}>
            <p>{n.message}</p>
            <p class="muted">
              <Time iso={n.created_at} />
              {n.read_at ? ' · read' : ' · unread'}
            </p>
            {!n.read_at && (
              <button type="button" class="btn btn-small" onClick={() => act(() => api.post(`/api/notifications/${seg(n.id)}/read`))}>
                Mark read
              </button>
            )}
          </li>
        ))}
      </ul>
      <h2>Email me when…</h2>
      {prefs && (
        <fieldset class="prefs">
          <legend class="muted">Email preferences (sent only when the server has email configured)</legend>
          {KEY_EVENT_TYPES.map((t) => (
            <label key={t} class="checkbox">
              <input
                type="checkbox"
                checked={prefs[t]}
                onChange={async (e) => {
                  const on = (e.currentTarget as HTMLInputElement).checked;
                  try {
                    const r = await api.patch<{ email: Record<string, boolean> }>('/api/me/notification-preferences', { email: { [t]: on } });
                    setPrefs(r.email);
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
