import { useEffect, useState } from 'preact/hooks';
import { type AuditEvent, type IssuedKeyInfo, type KeyInfo, api, getKey, ok } from '../api';
import { Button } from '../components/Button';
import { ErrorAlert } from '../components/ErrorAlert';
import { FlagBadges, StatusBadge } from '../components/KeyBadges';
import { KeyLink } from '../components/KeyLink';
import { PermissionList } from '../components/Permissions';
import { Time } from '../components/Time';
import { useLoad, useTitle } from '../hooks';
import { linkClick } from '../router';
import { can, useSession } from '../session';
import { AllowlistSection } from './AllowlistSection';
import { describeEvent } from './audit-words';
import { KeyUsageSection } from './KeyUsageSection';
import { ExpiryCell } from './KeysTable';
import { OldKeyTraffic } from './OldKeyTraffic';
import { RenameKeyDialog } from './RenameKeyDialog';
import { RevealKeyDialog } from './RevealKeyDialog';
import { RevokeKeyDialog } from './RevokeKeyDialog';
import { RollKeyDialog } from './RollKeyDialog';

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

type Open = null | 'rename' | 'roll' | 'revoke' | { reveal: IssuedKeyInfo; previous: KeyInfo };

/**
 * Settings → API Keys → one key, the home of a key (as Stripe's and GitHub's are): its details and what it
 * can do, rename, roll and revoke, its allowlist, its usage chart, its roll chain and its audit events.
 * `/settings/api-keys/{id}/usage` opens the same page at its usage chart.
 */
export function KeyDetailPage({ id, section }: { id: string; section?: 'usage' }) {
  const session = useSession();
  const canAudit = can(session, 'audit:read');
  const [open, setOpen] = useState<Open>(null);
  const [version, setVersion] = useState(0);
  const loaded = useLoad(() => getKey(id), [id, version]);
  const key = loaded.data ?? null;
  const setKey = loaded.set;
  // Each answer for the key (a reload, or what a change returned) reads its roll chain and events again.
  const around = useLoad(
    async () =>
      key
        ? Promise.all([rollChain(key), canAudit ? ok(api.GET('/api/audit', { params: { query: { target: key.id, limit: 50 } } })).then((p) => p.data) : null])
        : null,
    [key],
  );
  const chain = around.data?.[0] ?? [];
  const events = around.data?.[1] ?? null;
  const error = loaded.error ?? around.error;
  useTitle(key ? `API key “${key.name}”` : 'API key');

  // Opened at its usage chart: scroll there once the key is on screen.
  useEffect(() => {
    if (key && section === 'usage') document.getElementById('usage-heading')?.scrollIntoView({ block: 'start' });
  }, [key?.id, section]);

  const changed = () => setVersion((v) => v + 1);
  const mine = key?.owner.id === session.user.id;
  const canRevoke = key && key.status !== 'revoked' && (mine || can(session, 'keys:admin'));

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
          {key && (
            <p class="key-subtitle">
              <code class="hint">{key.hint}</code>{' '}
              <span class="badges">
                <StatusBadge status={key.status} />
                <FlagBadges flags={key.flags} />
              </span>
              {key.replaced_by && key.status === 'active' && <OldKeyTraffic k={key} />}
            </p>
          )}
        </div>
        {key && (mine || canRevoke) && (
          <div class="page-actions" role="group" aria-label="Key actions">
            {mine && key.status !== 'revoked' && <Button onClick={() => setOpen('rename')}>Rename</Button>}
            {mine && key.status === 'active' && <Button onClick={() => setOpen('roll')}>Roll</Button>}
            {canRevoke && (
              <Button variant="danger-outline" onClick={() => setOpen('revoke')}>
                Revoke
              </Button>
            )}
          </div>
        )}
      </div>
      <ErrorAlert error={error} />
      {key && (
        <div class="stack-lg">
          <KeyDetails k={key} />
          <KeyUsageSection keyId={key.id} keyName={key.name} />
          <AllowlistSection key={key.id} apiKey={key} onSaved={setKey} clientIp={session.client_ip} />
          <RollChain k={key} chain={chain} />
          <Activity k={key} events={events} />
        </div>
      )}

      {key && open === 'rename' && <RenameKeyDialog apiKey={key} onClose={() => setOpen(null)} onRenamed={(k) => (setOpen(null), setKey(k), changed())} />}
      {key && open === 'revoke' && <RevokeKeyDialog apiKey={key} onClose={() => setOpen(null)} onRevoked={(k) => (setOpen(null), setKey(k), changed())} />}
      {key && open === 'roll' && (
        <RollKeyDialog
          apiKey={key}
          onClose={() => setOpen(null)}
          onRolled={({ key: issued, previous }) => {
            setOpen({ reveal: issued, previous });
            changed();
          }}
        />
      )}
      {open !== null && typeof open === 'object' && <RevealKeyDialog issued={open.reveal} previous={open.previous} onClose={() => setOpen(null)} />}
    </section>
  );
}

function KeyDetails({ k }: { k: KeyInfo }) {
  return (
    <dl class="detail-list" aria-label="Key details">
      <dt>Key</dt>
      <dd>
        <code class="hint">{k.hint}</code> <span class="muted small">(the rest is never shown again)</span>
      </dd>
      <dt>Can</dt>
      <dd>
        <PermissionList permissions={k.permissions} />
        <span class="muted small block">
          {k.restriction === null
            ? 'Full access: what its owner’s role allows with contacts, following the role. Never key, member or audit-log management.'
            : `Custom: ${k.restriction.join(', ') || 'nothing'}, never more than its owner’s role allows now. To change this, create a new key.`}
        </span>
      </dd>
      <dt>Owner</dt>
      <dd>
        {k.owner.name} <span class="muted small">{k.owner.email}</span>
      </dd>
      <dt>Created</dt>
      <dd>
        <Time iso={k.created_at} /> (<Time iso={k.created_at} relative />)
      </dd>
      <dt>Expiry</dt>
      <dd>
        {k.expires_at && !k.revoked_at && (
          <>
            <Time iso={k.expires_at} /> —{' '}
          </>
        )}
        <ExpiryCell k={k} />
      </dd>
      <dt>Last used</dt>
      <dd>
        {k.last_used_at ? (
          <>
            <Time iso={k.last_used_at} relative /> {k.last_used_ip && <span class="muted">from {k.last_used_ip}</span>}
          </>
        ) : (
          'never'
        )}
        <span class="muted small block">Accepted requests only; refused attempts are in the usage chart and the activity below.</span>
      </dd>
      <dt>Rate limit</dt>
      <dd>
        {k.rate_limit.per_minute} requests a minute, {k.rate_limit.per_second} a second
      </dd>
      <dt>Id</dt>
      <dd>
        <code class="small">{k.id}</code>
      </dd>
    </dl>
  );
}

function RollChain({ k, chain }: { k: KeyInfo; chain: KeyInfo[] }) {
  return (
    <section aria-labelledby="chain-heading">
      <h2 id="chain-heading" class="section-title">
        Roll chain
      </h2>
      {chain.length > 1 ? (
        <ol class="chain" aria-label="Roll chain, oldest first">
          {chain.map((c) => (
            <li key={c.id}>
              {c.id === k.id ? (
                <strong aria-current="page">
                  “{c.name}” <code class="hint">{c.hint}</code> (this key)
                </strong>
              ) : (
                <KeyLink k={c} />
              )}{' '}
              <StatusBadge status={c.status} />{' '}
              <span class="muted small">
                created <Time iso={c.created_at} />
              </span>
            </li>
          ))}
        </ol>
      ) : (
        <p class="muted chain">This key has not been rolled.</p>
      )}
    </section>
  );
}

function Activity({ k, events }: { k: KeyInfo; events: AuditEvent[] | null }) {
  return (
    <section aria-labelledby="activity-heading">
      <h2 id="activity-heading" class="section-title">
        Activity
      </h2>
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
          <a href={`/audit?target=${encodeURIComponent(k.id)}`} onClick={linkClick}>
            Open in the audit log
          </a>
        </p>
      )}
    </section>
  );
}
