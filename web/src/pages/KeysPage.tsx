import { useState } from 'preact/hooks';
import { api, ok } from '../api';
import { Button } from '../components/Button';
import { ErrorAlert } from '../components/ErrorAlert';
import { useLoad, useNow, usePagedList, useTitle } from '../hooks';
import { can, useSession } from '../session';
import { KeyList } from './KeysTable';
import { useKeyDialogs } from './KeyDialogs';
import { PageHeader } from '../components/PageHeader';

const STATUSES = ['active', 'expired', 'revoked'] as const;
type Scope = 'workspace' | undefined;
const COUNT_CAP = 100;

/** Keys per status for the filter (one page of up to 100 each: "100+" beyond that). */
function useStatusCounts(scope: Scope, version: number): Record<string, string> {
  const counts = useLoad(
    () =>
      Promise.all(
        STATUSES.map((status) =>
          ok(api.GET('/api/keys', { params: { query: { status, scope, limit: COUNT_CAP } } })).then(
            (p) => [status, p.next_cursor ? `${COUNT_CAP}+` : String(p.data.length)] as const,
            () => [status, '?'] as const,
          ),
        ),
      ).then((entries): Record<string, string> => Object.fromEntries(entries)),
    [scope, version],
  );
  return counts.data ?? {};
}

/** Settings → API Keys. */
export function KeysPage() {
  useTitle('API Keys');
  useNow(); // re-render every 30 s so "Last used … ago" stays current
  const session = useSession();
  const canAdmin = can(session, 'keys:admin');
  const [status, setStatus] = useState<(typeof STATUSES)[number] | ''>('active');
  const [version, setVersion] = useState(0);
  const [everyone, setEveryone] = useState(false);
  const scope: Scope = canAdmin && everyone ? 'workspace' : undefined;
  const list = usePagedList((cursor) => ok(api.GET('/api/keys', { params: { query: { status: status || undefined, scope, cursor } } })), [status, scope]);
  const counts = useStatusCounts(scope, version);
  const keyDialogs = useKeyDialogs(list, { onChanged: () => setVersion((v) => v + 1) });
  const { newKey } = keyDialogs;

  return (
    <section>
      <PageHeader eyebrow="Settings" title="API Keys" action={{ label: 'New API Key', onClick: newKey }}>
        Keys let your CRM, website and apps call the Keyward API. A key can do what your role allows (except managing keys, members and the audit log), or less
        if you restrict it. Rotate keys every 90 days and revoke the ones you no longer use.
      </PageHeader>

      <div class="toolbar" role="group" aria-label="Filters">
        <label class="inline-field">
          <span>Status</span>
          <select value={status} onChange={(e) => setStatus(e.currentTarget.value as typeof status)}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {s.charAt(0).toUpperCase() + s.slice(1)}
                {counts[s] !== undefined ? ` (${counts[s]})` : ''}
              </option>
            ))}
            <option value="">All</option>
          </select>
        </label>
        {canAdmin && (
          <label class="checkbox">
            <input type="checkbox" checked={everyone} onChange={(e) => setEveryone(e.currentTarget.checked)} />
            Show everyone's keys
          </label>
        )}
      </div>

      <ErrorAlert error={list.error} />
      <KeyList
        list={list}
        meId={session.user.id}
        showOwner={scope === 'workspace'}
        canAdmin={canAdmin}
        {...keyDialogs.rowActions}
        empty={
          <div class="empty stack">
            <p>{status ? `No ${status} keys.` : 'No API keys yet.'}</p>
            <p class="muted">Create one for each integration that needs to call the API.</p>
            <p>
              <Button variant="primary" onClick={newKey}>
                {STATUSES.every((s) => counts[s] === '0') ? 'Create your first key' : 'Create a key'}
              </Button>
            </p>
          </div>
        }
      />

      {keyDialogs.dialogs}
    </section>
  );
}
