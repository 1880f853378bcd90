import type { ComponentChildren } from 'preact';
import { can, useSession } from '../session';
import { NavLink } from './NavLink';
import { NotificationBell } from './NotificationBell';
import { UserMenu } from './UserMenu';

/** The signed-in frame: a left navigation, a top bar with the user menu, and the page. */
export function Layout({ path, onLogout, children }: { path: string; onLogout: () => void; children: ComponentChildren }) {
  const session = useSession();
  const admin = can(session, 'users:manage');
  return (
    <div class="shell">
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <aside class="sidebar">
        <div class="brand">
          <span class="brand-mark" aria-hidden="true">
            K
          </span>
          <span>Keyward</span>
        </div>
        <p class="workspace-name" title="Workspace">
          {session.workspace.name}
        </p>
        <nav aria-label="Main">
          <ul class="nav-list">
            <li>
              <NavLink href="/contacts" current={path}>
                Contacts
              </NavLink>
            </li>
          </ul>
          <p class="nav-group" id="nav-settings">
            Settings
          </p>
          <ul class="nav-list" aria-labelledby="nav-settings">
            <li>
              <NavLink href="/settings/api-keys" current={path}>
                API Keys
              </NavLink>
            </li>
            {can(session, 'keys:admin') && (
              <li>
                <NavLink href="/settings/usage" current={path}>
                  Key usage
                </NavLink>
              </li>
            )}
            {admin && (
              <li>
                <NavLink href="/settings/members" current={path}>
                  Members
                </NavLink>
              </li>
            )}
            {admin && (
              <li>
                <NavLink href="/settings/webhooks" current={path}>
                  Webhooks
                </NavLink>
              </li>
            )}
          </ul>
          {can(session, 'audit:read') && (
            <ul class="nav-list">
              <li>
                <NavLink href="/audit" current={path}>
                  Audit log
                </NavLink>
              </li>
            </ul>
          )}
        </nav>
      </aside>
      <div class="content">
        <header class="topbar">
          <NotificationBell path={path} />
          <UserMenu onLogout={onLogout} />
        </header>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
      </div>
    </div>
  );
}
