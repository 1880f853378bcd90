import { useEffect, useState } from 'preact/hooks';
import { type NotificationList, api } from '../api';
import { linkClick } from '../router';

/** The bell in the top bar: a link to the notifications page with the unread count, refreshed on each page. */
export function NotificationBell({ path }: { path: string }) {
  const [unread, setUnread] = useState(0);
  useEffect(() => {
    let live = true;
    const load = () =>
      api.get<NotificationList>('/api/notifications', { limit: 1 }).then(
        (l) => live && setUnread(l.unread_count),
        () => {},
      );
    void load();
    const onChange = () => void load();
    window.addEventListener('keyward:notifications', onChange);
    return () => {
      live = false;
      window.removeEventListener('keyward:notifications', onChange);
    };
  }, [path]);
  return (
    <a class="bell" href="/notifications" onClick={linkClick} aria-label={`Notifications, ${unread} unread`}>
      <span aria-hidden="true">🔔</span>
      {unread > 0 && (
        <span class="bell-count" aria-hidden="true">
          {unread}
        </span>
      )}
    </a>
  );
}
