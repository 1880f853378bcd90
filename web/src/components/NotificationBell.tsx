import { useEffect } from 'preact/hooks';
import { api, ok } from '../api';
import { useLoad } from '../hooks';
import { linkClick } from '../router';
import '../styles/notifications.css';

/** The bell in the top bar: a link to the notifications page with the unread count, refreshed on each page. */
export function NotificationBell({ path }: { path: string }) {
  // A failure leaves the last count in place: the bell is no place for an error.
  const list = useLoad(() => ok(api.GET('/api/notifications', { params: { query: { limit: 1 } } })), [path]);
  const unread = list.data?.unread_count ?? 0;
  useEffect(() => {
    window.addEventListener('keyward:notifications', list.reload);
    return () => window.removeEventListener('keyward:notifications', list.reload);
  }, [list.reload]);
  return (
    <a
      class={path === '/notifications' ? 'bell current' : 'bell'}
      href="/notifications"
      aria-current={path === '/notifications' ? 'page' : undefined}
      onClick={linkClick}
      aria-label={`Notifications, ${unread} unread`}
    >
      <BellIcon />
      {unread > 0 && (
        <span class="bell-count" aria-hidden="true">
          {unread}
        </span>
      )}
    </a>
  );
}

/** A bell drawn inline (no emoji font or icon file needed); the link around it carries the name. */
function BellIcon() {
  return (
    <svg
      class="bell-icon"
      viewBox="0 0 24 24"
      width="22"
      height="22"
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}
