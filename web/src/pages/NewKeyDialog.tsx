import { useState } from 'preact/hooks';
import { type IssuedKeyInfo, api } from '../api';
import { Dialog, closeDialog } from '../components/Dialog';
import { ErrorAlert } from '../components/ErrorAlert';
import { Field } from '../components/Field';
import { endOfLocalDay, formatDate, localDateInput } from '../format';
import { useAction } from '../hooks';
import { MANAGEMENT_PERMISSIONS, type Permission, describePermission, keyPermissions, sortPermissions } from '../permissions';
import { useSession } from '../session';

const PRESETS = [30, 60, 90, 180, 365];
const DEFAULT_DAYS = '90';

interface NewKeyDialogProps {
  onClose: () => void;
  onCreated: (key: IssuedKeyInfo) => void;
}

/** "New API Key": a name and an expiry (presets, a custom date, or none with the article's warning). */
export function NewKeyDialog({ onClose, onCreated }: NewKeyDialogProps) {
  const [name, setName] = useState('');
  const [expiry, setExpiry] = useState(DEFAULT_DAYS);
  const [date, setDate] = useState(localDateInput(30));
  const [scope, setScope] = useState<'role' | 'restricted'>('role');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set(['contacts:read']));
  const { busy, error, run } = useAction();
  const session = useSession();
  const held = sortPermissions(session.permissions);
  const roleKey = sortPermissions(keyPermissions(session.user.role, null));

  const submit = async (e: Event) => {
    e.preventDefault();
    const body: Record<string, unknown> = { name: name.trim() };
    if (expiry === 'custom') body.expires_at = endOfLocalDay(date);
    else if (expiry !== 'never') body.expires_in_days = Number(expiry);
    if (scope === 'restricted') body.restriction = held.filter((p) => chosen.has(p));
    await run(async () => {
      onCreated(await api.post<IssuedKeyInfo>('/api/keys', body));
    });
  };

  const days = Number(expiry);
  const expiresOn = Number.isInteger(days) ? formatDate(new Date(Date.now() + days * 86_400_000).toISOString()) : null;

  return (
    <Dialog title="New API Key" onClose={onClose}>
      <form class="stack" onSubmit={submit}>
        <Field label="Name" hint='What uses this key, e.g. "CRM Integration" or "Website Widget". One key per integration.'>
          {({ id, hintId }) => (
            <input id={id} required maxLength={100} pattern=".*\S.*" value={name} aria-describedby={hintId} onInput={(e) => setName(e.currentTarget.value)} autoFocus />
          )}
        </Field>
        <Field label="Expiry" hint={expiresOn ? `The key stops working on ${expiresOn}.` : undefined}>
          {({ id, hintId }) => (
            <select id={id} value={expiry} aria-describedby={hintId} onChange={(e) => setExpiry(e.currentTarget.value)}>
              {PRESETS.map((d) => (
                <option key={d} value={String(d)}>
                  {d} days{String(d) === DEFAULT_DAYS ? ' (recommended)' : ''}
                </option>
              ))}
              <option value="custom">Custom date…</option>
              <option value="never">No expiry</option>
            </select>
          )}
        </Field>
        {expiry === 'custom' && (
          <Field label="Expiry date" hint="The key stops working at the end of this day.">
            {({ id, hintId }) => (
              <input
                id={id}
                type="date"
                required
                min={localDateInput(1)}
                max={localDateInput(365)}
                value={date}
                aria-describedby={hintId}
                onInput={(e) => setDate(e.currentTarget.value)}
              />
            )}
          </Field>
        )}
        <fieldset class="radio-group">
          <legend>Permissions</legend>
          <label class="radio">
            <input type="radio" name="scope" checked={scope === 'role'} onChange={() => setScope('role')} aria-describedby="scope-role-hint" />
            Same as my role (recommended)
          </label>
          <p id="scope-role-hint" class="hint">
            It can {roleKey.map((p) => describePermission(p).toLowerCase()).join(', ') || 'do nothing'}: what your role ({session.user.role})
            allows, except managing keys, members and the audit log. If your role changes, the key follows.
          </p>
          <label class="radio">
            <input type="radio" name="scope" checked={scope === 'restricted'} onChange={() => setScope('restricted')} aria-describedby="scope-restricted-hint" />
            Restricted
          </label>
          <p id="scope-restricted-hint" class="hint">
            Only the permissions you tick, and never more than your role allows. Best for an integration that only reads, say.
          </p>
          {scope === 'restricted' && (
            <div class="stack" role="group" aria-label="Allowed permissions">
              {held.map((p: Permission) => (
                <label key={p} class="checkbox">
                  <input
                    type="checkbox"
                    checked={chosen.has(p)}
                    onChange={(e) => {
                      const next = new Set(chosen);
                      if (e.currentTarget.checked) next.add(p);
                      else next.delete(p);
                      setChosen(next);
                    }}
                  />
                  <span>
                    {describePermission(p)} <code class="muted small">{p}</code>
                    {MANAGEMENT_PERMISSIONS.has(p) && <span class="muted small"> (only when ticked here)</span>}
                  </span>
                </label>
              ))}
              {chosen.size === 0 && <p class="alert alert-warning">Tick at least one permission.</p>}
            </div>
          )}
        </fieldset>
        {expiry === 'never' && (
          <p class="alert alert-warning" role="status">
            <strong>Keys without expiry are a security risk.</strong> If this key leaks, it works until someone revokes it. Set an expiry date unless
            you rotate the key on a schedule.
          </p>
        )}
        <ErrorAlert error={error} />
        <div class="dialog-actions">
          <button type="button" class="button" onClick={closeDialog}>
            Cancel
          </button>
          <button type="submit" class="button primary" disabled={busy || (scope === 'restricted' && chosen.size === 0)}>
            {busy ? 'Creating…' : 'Create'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
