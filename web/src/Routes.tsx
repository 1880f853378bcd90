import { useEffect, useRef } from 'preact/hooks';
import { Layout } from './components/Layout';
import { useTitle } from './hooks';
import { AccountPage } from './pages/AccountPage';
import { AuditPage } from './pages/AuditPage';
import { ContactsPage } from './pages/ContactsPage';
import { KeyDetailPage } from './pages/KeyDetailPage';
import { KeysPage } from './pages/KeysPage';
import { MembersPage } from './pages/MembersPage';
import { NotificationsPage } from './pages/NotificationsPage';
import { PermissionsPage } from './pages/PermissionsPage';
import { ProtectedApisPage } from './pages/ProtectedApisPage';
import { ServiceAccountPage } from './pages/ServiceAccountPage';
import { WebhooksPage } from './pages/WebhooksPage';
import { UsageOverviewPage } from './pages/UsageOverviewPage';
import { linkClick, navigate, usePath } from './router';
import { can, useSession } from './session';

/** The signed-in pages, by path. */
export function Routes({ onLogout }: { onLogout: () => void }) {
  const path = usePath().replace(/\/+$/, '') || '/';
  const session = useSession();
  const first = useRef(true);

  useEffect(() => {
    if (path === '/' || path === '/settings') navigate(path === '/' ? '/contacts' : '/settings/api-keys', { replace: true });
  }, [path]);

  // Move focus to the new page's heading, so keyboard and screen-reader users start at the top of it.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, [path]);

  let page;
  if (path === '/contacts') page = <ContactsPage />;
  else if (path === '/settings/api-keys') page = <KeysPage />;
  else if (/^\/settings\/api-keys\/[^/]+\/usage$/.test(path)) page = <KeyDetailPage id={decodeURIComponent(path.split('/')[3])} section="usage" />;
  else if (path === '/settings/usage') page = can(session, 'keys:admin') ? <UsageOverviewPage /> : <Forbidden />;
  else if (path.startsWith('/settings/api-keys/')) page = <KeyDetailPage id={decodeURIComponent(path.slice('/settings/api-keys/'.length))} />;
  else if (path === '/settings/members') page = can(session, 'users:manage') ? <MembersPage /> : <Forbidden />;
  else if (/^\/settings\/members\/[^/]+$/.test(path))
    page = can(session, 'users:manage') ? <ServiceAccountPage id={decodeURIComponent(path.split('/')[3])} /> : <Forbidden />;
  else if (path === '/settings/account') page = <AccountPage />;
  else if (path === '/notifications') page = <NotificationsPage />;
  else if (path === '/settings/webhooks') page = can(session, 'users:manage') ? <WebhooksPage /> : <Forbidden />;
  else if (path === '/settings/protected-apis') page = can(session, 'users:manage') ? <ProtectedApisPage /> : <Forbidden />;
  else if (path === '/settings/permissions') page = can(session, 'users:manage') ? <PermissionsPage /> : <Forbidden />;
  else if (path === '/audit') page = can(session, 'audit:read') ? <AuditPage /> : <Forbidden />;
  else if (path === '/' || path === '/settings') page = null;
  else page = <NotFound />;

  return (
    <Layout path={path} onLogout={onLogout}>
      {page}
    </Layout>
  );
}

function NotFound() {
  useTitle('Not found');
  return (
    <section>
      <h1 tabIndex={-1}>Page not found</h1>
      <p>
        There is nothing here.{' '}
        <a href="/contacts" onClick={linkClick}>
          Go to Contacts
        </a>
        .
      </p>
    </section>
  );
}

function Forbidden() {
  useTitle('No access');
  return (
    <section>
      <h1 tabIndex={-1}>No access</h1>
      <p>Only owners and admins of this workspace can open this page.</p>
    </section>
  );
}
