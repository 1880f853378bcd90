import type { ComponentChildren } from 'preact';
import type { KeyInfo } from '../api';
import { DataTable, actionsColumn } from '../components/DataTable';
import { ListFooter } from '../components/ListFooter';
import type { PagedList } from '../hooks';
import { FlagBadges, StatusBadge } from '../components/KeyBadges';
import { KeyLink, useKeyRefs } from '../components/KeyLink';
import { permissionSummary } from '../components/Permissions';
import { describePermission } from '../permissions';
import { type MenuItem, RowMenu } from '../components/RowMenu';
import { Time } from '../components/Time';
import { expiryPhrase, formatLocalFull } from '../format';
import { navigate } from '../router';
import { OldKeyTraffic } from './OldKeyTraffic';

interface KeysTableProps {
  keys: KeyInfo[];
  meId: string;
  /** The caller manages every key listed (a service account's, by an owner or admin): rename and roll as its own. */
  manages?: boolean;
  showOwner: boolean;
  canAdmin: boolean;
  onRevoke: (key: KeyInfo) => void;
  onRoll: (key: KeyInfo) => void;
  onRename: (key: KeyInfo) => void;
}

/** A paged list of keys: the table, or once loaded without an error and empty, `empty`; then the "more" footer. */
export function KeyList({ list, empty, ...table }: Omit<KeysTableProps, 'keys'> & { list: PagedList<KeyInfo>; empty: ComponentChildren }) {
  return (
    <>
      {list.items.length > 0 ? <KeysTable keys={list.items} {...table} /> : !list.loading && !list.error && empty}
      <ListFooter loading={list.loading} hasMore={list.hasMore} onMore={list.loadMore} />
    </>
  );
}

/** Settings → API Keys: one row per key (a card on a phone), its actions behind a "⋯" menu. */
export function KeysTable({ keys, meId, manages, showOwner, canAdmin, onRevoke, onRoll, onRename }: KeysTableProps) {
  const refs = useKeyRefs(
    keys.flatMap((k) => [k.rolled_from, k.replaced_by]),
    keys,
  );
  const menu = (k: KeyInfo): MenuItem[] => {
    const mine = k.owner.id === meId || manages === true;
    const items: MenuItem[] = [
      { label: 'View details', onSelect: () => navigate(`/settings/api-keys/${encodeURIComponent(k.id)}`) },
      { label: 'Usage', onSelect: () => navigate(`/settings/api-keys/${encodeURIComponent(k.id)}/usage`) },
    ];
    if (mine && k.status !== 'revoked') items.push({ label: 'Rename', onSelect: () => onRename(k) });
    if (mine && k.status === 'active') items.push({ label: 'Roll', onSelect: () => onRoll(k) });
    if ((mine || canAdmin) && k.status !== 'revoked') items.push({ label: 'Revoke', danger: true, onSelect: () => onRevoke(k) });
    return items;
  };
  const ref = (id: string | null) => (id ? refs.get(id) : undefined);
  return (
    <DataTable
      rows={keys}
      rowKey={(k) => k.id}
      rowAttrs={(k) => ({ 'data-key-id': k.id })}
      columns={[
        {
          label: 'Name',
          cell: (k) => {
            const from = ref(k.rolled_from);
            const to = ref(k.replaced_by);
            return (
              <span>
                <KeyLink k={k} hint={false} />
                {from && (
                  <span class="linked">
                    Replaces <KeyLink k={from} />
                  </span>
                )}
                {to && (
                  <span class="linked">
                    Replaced by <KeyLink k={to} />
                  </span>
                )}
              </span>
            );
          },
        },
        {
          label: 'Key',
          cell: (k) => (
            <span>
              <code class="hint">{k.hint}</code>
              {k.allowed_ips && (
                <span class="muted small block" title={k.allowed_ips.join(', ')}>
                  {k.allowed_ips.length === 1 ? `Only from ${k.allowed_ips[0]}` : `Only from ${k.allowed_ips.length} address ranges`}
                </span>
              )}
            </span>
          ),
        },
        showOwner && {
          label: 'Owner',
          cell: (k) => (
            <span>
              {k.owner.name}
              <span class="muted small block">{k.owner.email}</span>
            </span>
          ),
        },
        {
          label: 'Can',
          cell: (k) => (
            <span class="small" title={k.permissions.map(describePermission).join(', ')}>
              {permissionSummary(k.permissions)}
              <span class="muted block">{k.restriction === null ? 'full access' : 'custom'}</span>
            </span>
          ),
        },
        { label: 'Created', cell: (k) => <Time iso={k.created_at} /> },
        {
          label: 'Last used',
          cell: (k) => (
            <>
              {k.last_used_at ? (
                <span>
                  <Time iso={k.last_used_at} relative />
                  {k.last_used_ip && <span class="muted small block">from {k.last_used_ip}</span>}
                </span>
              ) : (
                <span class="muted">never</span>
              )}
              {k.replaced_by && k.status === 'active' && <OldKeyTraffic k={k} />}
            </>
          ),
        },
        { label: 'Expiry', cell: (k) => <ExpiryCell k={k} /> },
        {
          label: 'Status',
          cell: (k) => (
            <span class="badges">
              <StatusBadge status={k.status} />
              <FlagBadges flags={k.flags} />
            </span>
          ),
        },
        actionsColumn((k: KeyInfo) => <RowMenu label={`Actions for ${k.name} (${k.hint})`} items={menu(k)} />, 'actions actions-menu'),
      ]}
    />
  );
}

/** Revoked keys say when and by whom; others say when they expire, in words, with the local time in the tooltip. */
export function ExpiryCell({ k }: { k: KeyInfo }) {
  if (k.revoked_at) {
    const who = k.revoked_reason === 'leaked' ? 'automatically (reported leaked)' : k.revoked_by?.name ? `by ${k.revoked_by.name}` : '';
    return (
      <span>
        Revoked <Time iso={k.revoked_at} /> {who}
      </span>
    );
  }
  if (!k.expires_at) {
    return (
      <span class="warn-text" title="Keys without expiry are a security risk">
        <span aria-hidden="true">⚠ </span>never
        <span class="visually-hidden"> (keys without expiry are a security risk)</span>
      </span>
    );
  }
  return (
    <time dateTime={k.expires_at} title={formatLocalFull(k.expires_at)}>
      {expiryPhrase(k.expires_at)}
    </time>
  );
}
