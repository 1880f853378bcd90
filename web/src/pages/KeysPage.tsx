import { useState } from 'preact/hooks';
import type { ApiKey, IssuedKey } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { ListFooter } from '../components/ListFooter';
import { useNow, usePagedList, useTitle } from '../hooks';
import { can, useSession } from '../session';
import { KeysTable } from './KeysTable';
import { NewKeyDialog } from './NewKeyDialog';
import { RevealKeyDialog } from './RevealKeyDialog';
import { RenameKeyDialog } from './RenameKeyDialog';
import { RevokeKeyDialog } from './RevokeKeyDialog';
import { RollKeyDialog } from './RollKeyDialog';

type Open =
  | null
  | { kind: 'new' }
  | { kind: 'reveal'; issued: IssuedKey; previous?: ApiKey }
  | { kind: 'revoke'; key: ApiKey }
  | { kind: 'roll'; key: ApiKey }
  | { kind: 'rename'; key: ApiKey };

/** Settings → API Keys. */
export function KeysPage() {
  useTitle('API Keys');
  useNow(); // re-render every 30 s so "Last used … ago" stays current
  const session = useSession();
  const canAdmin = can(session, 'keys:admin');
  const [status, setStatus] = useState('');
  const [everyone, setEveryone] = useState(false);
  const [open, setOpen] = useState<Open>(null);
  const scope = canAdmin && everyone ? 'workspace' : undefined;
  const list = usePagedList<ApiKey>('/api/keys', { status: status || undefined, scope });
  const close = () => setOpen(null);

  return (
    <section>
      <div class="page-header">
        <div>
          <p class="eyebrow">Settings</p>
          <h1 tabIndex={-1}>API Keys</h1>
          <p class="muted">
            Keys let your CRM, website and apps call the Keyward API. A key acts with your role's permissions. Rotate keys every 90 days and
            revoke the ones you no longer use.
          </p>
        </div>
        <button type="button" class="button primary" onClick={() => setOpen({ kind: 'new' })}>
          New API Key
        </button>
      </div>

      <div class="toolbar" role="group" aria-label="Filters">
        <label class="inline-field">
          <span>Status</span>
          <select value={status} onChange={(e) => setStatus(e.currentTarget.value)}>
            <option value="">All</option>
            <option value="active">Active</option>
            <option value="expired">Expired</option>
            <option value="revoked">Revoked</option>
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
      {list.items.length > 0 ? (
        <KeysTable
          keys={list.items}
          meId={session.user.id}
          showOwner={scope === 'workspace'}
          canAdmin={canAdmin}
          onRevoke={(key) => setOpen({ kind: 'revoke', key })}
          onRoll={(key) => setOpen({ kind: 'roll', key })}
          onRename={(key) => setOpen({ kind: 'rename', key })}
        />
      ) : (
        !list.loading &&
        !list.error && (
          <div class="empty">
            <p>{status ? `No ${status} keys.` : 'No API keys yet.'}</p>
            <p class="muted">Create one for each integration that needs to call the API.</p>
          </div>
        )
      )}
      <ListFooter loading={list.loading} hasMore={list.hasMore} onMore={list.loadMore} />

      {open?.kind === 'new' && (
        <NewKeyDialog
          onClose={close}
          onCreated={(issued) => {
            setOpen({ kind: 'reveal', issued });
            list.reload();
          }}
        />
      )}
      {open?.kind === 'reveal' && <RevealKeyDialog issued={open.issued} previous={open.previous} onClose={close} />}
      {open?.kind === 'revoke' && (
        <RevokeKeyDialog
          apiKey={open.key}
          onClose={close}
          onRevoked={(key) => {
            list.replace(key);
            close();
          }}
        />
      )}
      {open?.kind === 'rename' && (
        <RenameKeyDialog
          apiKey={open.key}
          onClose={close}
          onRenamed={(key) => {
            list.replace(key);
            close();
          }}
        />
      )}
      {open?.kind === 'roll' && (
        <RollKeyDialog
          apiKey={open.key}
          onClose={close}
          onRolled={({ key, previous }) => {
            setOpen({ kind: 'reveal', issued: key, previous });
            list.reload();
          }}
        />
      )}
    </section>
  );
}
