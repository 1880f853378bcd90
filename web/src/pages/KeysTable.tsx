import type { ApiKey } from '../api';
import { FlagBadges, StatusBadge } from '../components/KeyBadges';
import { Time } from '../components/Time';
import { linkClick } from '../router';
import { OldKeyTraffic } from './OldKeyTraffic';

const DAY_MS = 86_400_000;

interface KeysTableProps {
  keys: ApiKey[];
  meId: string;
  showOwner: boolean;
  canAdmin: boolean;
  onRevoke: (key: ApiKey) => void;
  onRoll: (key: ApiKey) => void;
  onRename: (key: ApiKey) => void;
}

/** Settings → API Keys: one row per key, with what the article promises (name, dates, status). */
export function KeysTable({ keys, meId, showOwner, canAdmin, onRevoke, onRoll, onRename }: KeysTableProps) {
  const byId = new Map(keys.map((k) => [k.id, k]));
  return (
    <div class="table-wrap">
      <table class="table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Key</th>
            {showOwner && <th scope="col">Owner</th>}
            <th scope="col">Created</th>
            <th scope="col">Last used</th>
            <th scope="col">Expiry</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span class="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {keys.map((k) => (
            <KeyRow key={k.id} k={k} byId={byId} showOwner={showOwner} mine={k.owner.id === meId} canAdmin={canAdmin} onRevoke={onRevoke} onRoll={onRoll} onRename={onRename} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface KeyRowProps extends Pick<KeysTableProps, 'showOwner' | 'canAdmin' | 'onRevoke' | 'onRoll' | 'onRename'> {
  k: ApiKey;
  byId: Map<string, ApiKey>;
  mine: boolean;
}

function KeyRow({ k, byId, showOwner, mine, canAdmin, onRevoke, onRoll, onRename }: KeyRowProps) {
  const linked = (id: string) => byId.get(id)?.hint ?? id;
  return (
    <tr data-key-id={k.id}>
      <td data-label="Name">
        <span class="key-name">{k.name}</span>
        {k.rolled_from && (
          <span class="linked">
            Replaces <code>{linked(k.rolled_from)}</code>
          </span>
        )}
        {k.replaced_by && (
          <span class="linked">
            Replaced by <code>{linked(k.replaced_by)}</code>
          </span>
        )}
      </td>
      <td data-label="Key">
        <code class="hint">{k.hint}</code>
        {k.allowed_ips && (
          <span class="muted small block" title={k.allowed_ips.join(', ')}>
            {k.allowed_ips.length === 1 ? `Only from ${k.allowed_ips[0]}` : `Only from ${k.allowed_ips.length} address ranges`}
          </span>
        )}
      </td>
      {showOwner && (
        <td data-label="Owner">
          <span>{k.owner.name}</span>
          <span class="muted small block">{k.owner.email}</span>
        </td>
      )}
      <td data-label="Created">
        <Time iso={k.created_at} dateOnly />
      </td>
      <td data-label="Last used">
        {k.last_used_at ? (
          <>
            <Time iso={k.last_used_at} relative />
            {k.last_used_ip && <span class="muted small block">from {k.last_used_ip}</span>}
          </>
        ) : (
          <span class="muted">never</span>
        )}
        {k.replaced_by && k.status === 'active' && <OldKeyTraffic k={k} />}
      </td>
      <td data-label="Expiry">
        {k.expires_at ? (
          <Time iso={k.expires_at} dateOnly={Date.parse(k.expires_at) - Date.now() > 2 * DAY_MS} />
        ) : (
          <span class="warn-text" title="Keys without expiry are a security risk">
            <span aria-hidden="true">⚠ </span>never
            <span class="visually-hidden"> (keys without expiry are a security risk)</span>
          </span>
        )}
      </td>
      <td data-label="Status">
        <span class="badges">
          <StatusBadge status={k.status} />
          <FlagBadges flags={k.flags} />
        </span>
      </td>
      <td data-label="Actions" class="actions">
        <a class="button small" href={`/settings/api-keys/${encodeURIComponent(k.id)}/usage`} onClick={linkClick} aria-label={`Usage of ${k.name} (${k.hint})`}>
          Usage
        </a>
        {mine && k.status !== 'revoked' && (
          <button type="button" class="button small" aria-label={`Rename ${k.name} (${k.hint})`} onClick={() => onRename(k)}>
            Rename
          </button>
        )}
        {mine && k.status === 'active' && (
          <button type="button" class="button small" aria-label={`Roll ${k.name} (${k.hint})`} onClick={() => onRoll(k)}>
            Roll
          </button>
        )}
        {(mine || canAdmin) && k.status !== 'revoked' && (
          <button type="button" class="button small danger-outline" aria-label={`Revoke ${k.name} (${k.hint})`} onClick={() => onRevoke(k)}>
            Revoke
          </button>
        )}
      </td>
    </tr>
  );
}
