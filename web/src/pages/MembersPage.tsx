import { useState } from 'preact/hooks';
import { type User, api, ok } from '../api';
import { Button } from '../components/Button';
import { Badge } from '../components/Badge';
import { DataTable, actionsColumn } from '../components/DataTable';
import { ErrorAlert, PageStatus } from '../components/ErrorAlert';
import { ListFooter } from '../components/ListFooter';
import { RowMenu } from '../components/RowMenu';
import { Time } from '../components/Time';
import { capitalize } from '../format';
import { useAction, useLoad, usePagedList, useTitle } from '../hooks';
import { useSession } from '../session';
import { AddMemberDialog } from './AddMemberDialog';
import { AddServiceAccountDialog } from './AddServiceAccountDialog';
import { linkClick, navigate } from '../router';
import { serviceAccountPath } from './ServiceAccountPage';
import { EndSessionsDialog, ResetPasswordDialog } from './MemberAccountDialogs';
import { ChangeRoleDialog, DisableMemberDialog } from './MemberDialogs';
import { PageHeader } from '../components/PageHeader';

/** The workspace policy "owners and admins must use two-factor sign-in" (PATCH /api/workspace). */
function TwoFactorPolicy({ onSaved }: { onSaved: (message: string) => void }) {
  const loaded = useLoad(() => ok(api.GET('/api/workspace')), []);
  const workspace = loaded.data;
  const { busy, error, run } = useAction();
  const toggle = (on: boolean) =>
    void run(async () => {
      loaded.set(await ok(api.PATCH('/api/workspace', { body: { require_two_factor: on } })));
      onSaved(
        on
          ? 'Owners and admins must now use two-factor sign-in; those without it set it up at their next sign-in.'
          : 'Two-factor sign-in is no longer required.',
      );
    });
  return (
    <section class="prefs-card policy-card" aria-labelledby="two-factor-policy">
      <h2 id="two-factor-policy">Two-factor sign-in</h2>
      <ErrorAlert error={error ?? loaded.error} />
      {workspace && (
        <label class="checkbox">
          <input type="checkbox" checked={workspace.require_two_factor} disabled={busy} onChange={(e) => toggle(e.currentTarget.checked)} />
          Owners and admins must use two-factor sign-in
        </label>
      )}
      <p class="muted">Those who have not set it up are asked to at their next sign-in, and can do nothing else until they have.</p>
    </section>
  );
}

type Open = null | { kind: 'add' | 'add-service' } | { kind: 'role' | 'disable' | 'reset' | 'sessions'; user: User };

/** Settings → Members (owners and admins): add users, change roles, disable and re-enable. */
export function MembersPage() {
  useTitle('Members');
  const session = useSession();
  const list = usePagedList((cursor) => ok(api.GET('/api/users', { params: { query: { cursor } } })), []);
  const [open, setOpen] = useState<Open>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState('');
  const isOwner = session.user.role === 'owner';
  const close = () => setOpen(null);

  const saved = (u: User, message: string) => {
    list.replace(u);
    setNotice(message);
    close();
  };

  /** A person or a service account was added: say so, and list it. */
  const added = (u: User) => {
    close();
    const what = u.kind === 'service' ? `Service account ${u.name}` : u.name;
    setNotice(`${what} was added as ${capitalize(u.role)}.${u.kind === 'service' ? ' Open its keys to create the first one.' : ''}`);
    list.reload();
  };

  const enable = async (u: User) => {
    setError(null);
    try {
      saved(await ok(api.PATCH('/api/users/{id}', { params: { path: { id: u.id } }, body: { disabled: false } })), `${u.name} is enabled again.`);
    } catch (err) {
      setError(err);
    }
  };

  /** Owners change anyone but themselves; admins anyone but themselves and the owners. */
  const editable = (u: User) => u.id !== session.user.id && (isOwner || u.role !== 'owner');
  const actions = (u: User) => (
    <>
      <Button small aria-label={`Change role of ${u.name}`} onClick={() => setOpen({ kind: 'role', user: u })}>
        Change role
      </Button>
      {u.disabled ? (
        <Button small aria-label={`Enable ${u.name}`} onClick={() => void enable(u)}>
          Enable
        </Button>
      ) : (
        <Button small variant="danger-outline" aria-label={`Disable ${u.name}`} onClick={() => setOpen({ kind: 'disable', user: u })}>
          Disable
        </Button>
      )}
      {u.kind === 'service' ? (
        <Button small aria-label={`Keys of ${u.name}`} onClick={() => navigate(serviceAccountPath(u.id))}>
          Keys
        </Button>
      ) : (
        <RowMenu
          label={`More actions for ${u.name}`}
          items={[
            { label: 'Reset password', onSelect: () => setOpen({ kind: 'reset', user: u }) },
            { label: 'Sign out everywhere', onSelect: () => setOpen({ kind: 'sessions', user: u }) },
          ]}
        />
      )}
    </>
  );

  return (
    <section>
      <PageHeader eyebrow="Settings" title="Members" action={{ label: 'Add member', onClick: () => setOpen({ kind: 'add' }) }}>
        Everyone who can sign in to this workspace, and its service accounts. A member's role decides what they, and every API key they own, can do.
      </PageHeader>
      <div class="toolbar">
        <Button onClick={() => setOpen({ kind: 'add-service' })}>Add service account</Button>
        <span class="muted small">For integrations: no sign-in, and keys that outlive people.</span>
      </div>
      <PageStatus error={error ?? list.error} notice={notice} />
      <DataTable
        rows={list.items}
        rowKey={(u) => u.id}
        rowAttrs={(u) => ({ 'data-user-id': u.id })}
        columns={[
          {
            label: 'Name',
            cell: (u) => (
              <>
                {u.kind === 'service' ? (
                  <a href={serviceAccountPath(u.id)} onClick={linkClick}>
                    {u.name}
                  </a>
                ) : (
                  u.name
                )}
                {u.id === session.user.id && <span class="muted"> (you)</span>}
                {u.kind === 'service' && (
                  <>
                    {' '}
                    <Badge tone="blue">Service account</Badge>
                  </>
                )}
              </>
            ),
          },
          { label: 'Email', cell: (u) => u.email ?? <span class="muted">None</span> },
          { label: 'Role', cell: (u) => capitalize(u.role) },
          { label: 'Status', cell: (u) => (u.disabled ? <Badge tone="gray">Disabled</Badge> : <Badge tone="green">Active</Badge>) },
          { label: 'Added', cell: (u) => <Time iso={u.created_at} dateOnly /> },
          actionsColumn((u: User) => editable(u) && actions(u)),
        ]}
      />
      <ListFooter loading={list.loading} hasMore={list.hasMore} onMore={list.loadMore} />
      <TwoFactorPolicy onSaved={setNotice} />
      {open?.kind === 'add' && <AddMemberDialog canAddOwner={isOwner} onClose={close} onAdded={added} />}
      {open?.kind === 'add-service' && <AddServiceAccountDialog canAddOwner={isOwner} onClose={close} onAdded={added} />}
      {open?.kind === 'role' && (
        <ChangeRoleDialog user={open.user} canAssignOwner={isOwner} onClose={close} onSaved={(u) => saved(u, `${u.name} is now ${capitalize(u.role)}.`)} />
      )}
      {open?.kind === 'reset' && <ResetPasswordDialog user={open.user} onClose={close} onDone={setNotice} />}
      {open?.kind === 'sessions' && <EndSessionsDialog user={open.user} onClose={close} onDone={setNotice} />}
      {open?.kind === 'disable' && <DisableMemberDialog user={open.user} onClose={close} onSaved={(u) => saved(u, `${u.name} is disabled.`)} />}
    </section>
  );
}
