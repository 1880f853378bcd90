import { api, ok } from '../api';
import { Badge } from '../components/Badge';
import { Button } from '../components/Button';
import { ErrorAlert } from '../components/ErrorAlert';
import { PageHeader } from '../components/PageHeader';
import { capitalize } from '../format';
import { useLoad, useNow, usePagedList, useTitle } from '../hooks';
import { linkClick } from '../router';
import { useSession } from '../session';
import { useKeyDialogs } from './KeyDialogs';
import { KeyList } from './KeysTable';

/** Where a service account's own page lives. */
export const serviceAccountPath = (id: string) => `/settings/members/${encodeURIComponent(id)}`;

/**
 * Settings → Members → a service account: its keys, which owners and admins create, roll, rename and
 * revoke here (the new key shown once, as on the API Keys page). The keys act with the account's role
 * and keep working whoever leaves the team.
 */
export function ServiceAccountPage({ id }: { id: string }) {
  useNow(); // "Last used … ago" stays current
  const session = useSession();
  const account = useLoad(() => ok(api.GET('/api/users/{id}', { params: { path: { id } } })), [id]);
  const list = usePagedList((cursor) => ok(api.GET('/api/keys', { params: { query: { scope: 'workspace', user_id: id, cursor } } })), [id]);
  const sa = account.data?.kind === 'service' ? account.data : undefined;
  const keyDialogs = useKeyDialogs(list, { owner: sa });
  useTitle(sa?.name ?? 'Service account');
  if (account.data && !sa) return <p>This member is a person, not a service account: their keys are on the API Keys page.</p>;

  return (
    <section>
      <PageHeader eyebrow="Service account" title={sa?.name ?? 'Service account'} action={sa && { label: 'New API Key', onClick: keyDialogs.newKey }}>
        {sa && (
          <>
            <Badge tone="blue">Service account</Badge> {capitalize(sa.role)}
            {sa.disabled ? ', disabled: its keys do not work until it is enabled again.' : '.'} It never signs in; its keys act with its role and keep working
            whoever leaves the team.{' '}
            <a href="/settings/members" onClick={linkClick}>
              All members
            </a>
          </>
        )}
      </PageHeader>
      <ErrorAlert error={account.error ?? list.error} />
      <KeyList
        list={list}
        meId={session.user.id}
        manages
        showOwner={false}
        canAdmin
        {...keyDialogs.rowActions}
        empty={
          sa && (
            <div class="empty stack">
              <p>No API keys yet.</p>
              <p>
                <Button variant="primary" onClick={keyDialogs.newKey}>
                  Create its first key
                </Button>
              </p>
            </div>
          )
        }
      />
      {keyDialogs.dialogs}
    </section>
  );
}
