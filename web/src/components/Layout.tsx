import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { can, useSession } from '../session';
import { Button } from './Button';
import { NavLink } from './NavLink';
import { NotificationBell } from './NotificationBell';
import { UserMenu } from './UserMenu';

/**
 * The signed-in frame: a left navigation, a top bar with the user menu, and the page. On a phone the
 * navigation is a drawer behind the top bar's "Menu" button, closed again by a choice, Escape or a tap
 * beside it.
 */
export function Layout({ path, onLogout, children }: { path: string; onLogout: () => void; children: ComponentChildren }) {
  const session = useSession();
  const admin = can(session, 'users:manage');
  const [navOpen, setNavOpen] = useState(false);

  useEffect(() => setNavOpen(false), [path]);
  useEffect(() => {
    if (!navOpen) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setNavOpen(false);
      document.getElementById('nav-toggle')?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [navOpen]);

  return (
    <div class={navOpen ? 'shell nav-open' : 'shell'}>
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      {navOpen && <div class="nav-backdrop" aria-hidden="true" onClick={() => setNavOpen(false)} />}
      <aside class="sidebar" id="sidebar">
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
            <li>
              <NavLink href="/settings/account" current={path}>
                Account
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
            {admin && (
              <li>
                <NavLink href="/settings/protected-apis" current={path}>
                  Protected APIs
                </NavLink>
              </li>
            )}
            {admin && (
              <li>
                <NavLink href="/settings/permissions" current={path}>
                  Permissions
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
          <Button class="nav-toggle" id="nav-toggle" aria-expanded={navOpen} aria-controls="sidebar" onClick={() => setNavOpen(!navOpen)}>
            <svg aria-hidden="true" width="18" height="18" viewBox="0 0 18 18" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round">
              {navOpen ? <path d="M4 4l10 10M14 4L4 14" /> : <path d="M2 4h14M2 9h14M2 14h14" />}
            </svg>
            Menu
          </Button>
          <span class="topbar-brand" aria-hidden="true">
            <span class="brand-mark">K</span>
          </span>
          <span class="topbar-gap" />
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
