import { useEffect, useState } from 'preact/hooks';
import { type AuditEvent, type KeyInfo, getKey, listAudit } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { FlagBadges, StatusBadge } from '../components/KeyBadges';
import { KeyLink } from '../components/KeyLink';
import { PermissionList } from '../components/Permissions';
import { Time } from '../components/Time';
import { useTitle } from '../hooks';
import { linkClick } from '../router';
import { can, useSession } from '../session';
import { describeEvent } from './audit-words';
import { ExpiryCell } from './KeysTable';

const CHAIN_MAX = 20;

/** The keys a roll chain links, oldest first: walks `rolled_from` back and `replaced_by` forward. */
async function rollChain(k: KeyInfo): Promise<KeyInfo[]> {
  const chain = [k];
  for (let at = k; at.rolled_from && chain.length < CHAIN_MAX; ) {
    const prev = await getKey(at.rolled_from).catch(() => null);
    if (!prev) break;
    chain.unshift((at = prev));
  }
  for (let at = k; at.replaced_by && chain.length < CHAIN_MAX; ) {
    const next = await getKey(at.replaced_by).catch(() => null);
    if (!next) break;
    chain.push((at = next));
  }
  return chain;
}

/** Settings → API Keys → one key: every field, its roll chain and its audit events. */
export function KeyDetailPage({ id }: { id: string }) {
  const session = useSession();
  const canAudit = can(session, 'audit:read');
  const [key, setKey] = useState<KeyInfo | null>(null);
  const [chain, setChain] = useState<KeyInfo[]>([]);
  const [events, setEvents] = useState<AuditEvent[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useTitle(key ? `API key “${key.name}”` : 'API key');

  useEffect(() => {
    let live = true;
    setKey(null);
    setError(null);
    getKey(id)
      .then(async (k) => {
        if (!live) return;
        setKey(k);
        const [c, ev] = await Promise.all([rollChain(k), canAudit ? listAudit({ target: k.id, limit: 50 }).then((p) => p.data) : null]);
        if (!live) return;
        setChain(c);
        setEvents(ev);
      })
      .catch((e) => live && setError(e));
    return () => {
      live = false;
    };
  }, [id]);

  return (
    <section>
      <div class="page-header">
        <div>
          <p class="eyebrow">
            <a href="/settings/api-keys" onClick={linkClick}>
              API Keys
            </a>
          </p>
          <h1 tabIndex={-1}>{key ? `“${key.name}”` : 'API key'}</h1>
        </div>
      </div>
      <ErrorAlert error={error} />
      {key && (
        <>
          <dl class="detail-list" aria-label="Key details">
            <dt>Key</dt>
            <dd>
              <code class="hint">{key.hint}</code> <span class="muted small">(the rest is never shown again)</span>
            </dd>
            <dt>Status</dt>
            <dd>
              <span class="badges">
                <StatusBadge status={key.status} />
                <FlagBadges flags={key.flags} />
              </span>
            </dd>
            <dt>Can</dt>
            <dd>
              <PermissionList permissions={key.permissions} />
              <span class="muted small block">
                {key.restriction === null
                  ? "Same as its owner's role (without managing keys, members or the audit log)."
                  : `Restricted to: ${key.restriction.join(', ') || 'nothing'} — never more than its owner's role allows.`}
              </span>
            </dd>
            <dt>Owner</dt>
            <dd>
              {key.owner.name} <span class="muted small">{key.owner.email}</span>
            </dd>
            <dt>Created</dt>
            <dd>
              <Time iso={key.created_at} /> (<Time iso={key.created_at} relative />)
            </dd>
            <dt>Expiry</dt>
            <dd>
              {key.expires_at && !key.revoked_at && (
                <>
                  <Time iso={key.expires_at} /> —{' '}
                </>
              )}
              <ExpiryCell k={key} />
            </dd>
            <dt>Last used</dt>
            <dd>
              {key.last_used_at ? (
                <>
                  <Time iso={key.last_used_at} relative /> {key.last_used_ip && <span class="muted">from {key.last_used_ip}</span>}
                </>
              ) : (
                'never'
              )}
            </dd>
            <dt>Rate limit</dt>
            <dd>
              {key.rate_limit.per_minute} requests a minute, {key.rate_limit.per_second} a second
            </dd>
            <dt>Id</dt>
            <dd>
              <code class="small">{key.id}</code>
            </dd>
          </dl>

          <h2 class="section-title">Roll chain</h2>
          {chain.length > 1 ? (
            <ol class="chain" aria-label="Roll chain, oldest first">
              {chain.map((k) => (
                <li key={k.id}>
                  {k.id === key.id ? (
                    <strong aria-current="page">
                      “{k.name}” <code class="hint">{k.hint}</code> (this key)
                    </strong>
                  ) : (
                    <KeyLink k={k} />
                  )}{' '}
                  <StatusBadge status={k.status} /> <span class="muted small">created <Time iso={k.created_at} /></span>
                </li>
              ))}
            </ol>
          ) : (
            <p class="muted chain">This key has not been rolled.</p>
          )}

          <h2 class="section-title">Activity</h2>
          {events === null ? (
            <p class="muted">Only owners and admins can read the audit log.</p>
          ) : events.length === 0 ? (
            <p class="muted">No events.</p>
          ) : (
            <ul class="event-list" aria-label="Audit events for this key">
              {events.map((e) => (
                <li key={e.id}>
                  <Time iso={e.at} /> — {describeEvent(e)}
                  {e.ip && <span class="muted small"> from {e.ip}</span>}
                </li>
              ))}
            </ul>
          )}
          {events !== null && (
            <p>
              <a href={`/audit?target=${encodeURIComponent(key.id)}`} onClick={linkClick}>
                Open in the audit log
              </a>
            </p>
          )}
        </>
      )}
    </section>
  );
}
