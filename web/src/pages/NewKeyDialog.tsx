import { useMemo, useState } from 'preact/hooks';
import { type IssuedKeyInfo, type Role, api, created, ok } from '../api';
import { Dialog, DialogSubmit } from '../components/Dialog';
import { Field, TextField } from '../components/Field';
import { endOfLocalDay, formatDate, localDateInput } from '../format';
import { useAction, useLoad } from '../hooks';
import { NO_GRANTS, grantsOf } from '../permissions';
import { splitErrors } from '../field-errors';
import { useSession } from '../session';
import { type Access, KeyAccessFields, restrictionOf } from './KeyAccessFields';
import { KeyNameField, useKeyName } from './KeyNameField';

const PRESETS = [30, 60, 90, 180, 365];
const DEFAULT_DAYS = '90';

interface NewKeyDialogProps {
  /** A service account to make the key for (owners and admins); yourself when absent. */
  owner?: { id: string; name: string; role: Role };
  onClose: () => void;
  onCreated: (key: IssuedKeyInfo) => void;
}

/** "New API Key": a name and an expiry (presets, a custom date, or none with the article's warning). */
export function NewKeyDialog({ owner, onClose, onCreated }: NewKeyDialogProps) {
  const keyName = useKeyName('');
  const [expiry, setExpiry] = useState(DEFAULT_DAYS);
  const [date, setDate] = useState(localDateInput(30));
  const [access, setAccess] = useState<Access>({ kind: 'full' });
  const { busy, error, run } = useAction();
  const session = useSession();
  // The workspace's own permissions, offered for the key's restriction (none until they have loaded).
  const permissions = useLoad(() => ok(api.GET('/api/permissions')), []);
  const grants = useMemo(() => (permissions.data ? grantsOf(permissions.data.custom) : NO_GRANTS), [permissions.data]);
  const restriction = restrictionOf(access);
  const { fields, other } = splitErrors(error, { name: { label: 'name' }, expires_at: { label: 'expiry date' }, expires_in_days: { label: 'expiry' } });

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!keyName.check()) return;
    const body = {
      name: keyName.name.trim(),
      ...(expiry === 'custom' ? { expires_at: endOfLocalDay(date) } : expiry !== 'never' ? { expires_in_days: Number(expiry) } : {}),
      ...(restriction ? { restriction } : {}),
      ...(owner ? { owner_id: owner.id } : {}),
    };
    await run(async () => {
      onCreated(await created(api.POST('/api/keys', { body })));
    });
  };

  const days = Number(expiry);
  const expiresOn = Number.isInteger(days) ? formatDate(new Date(Date.now() + days * 86_400_000).toISOString()) : null;

  return (
    <Dialog title={owner ? `New API Key for ${owner.name}` : 'New API Key'} onClose={onClose}>
      <form class="stack" onSubmit={submit}>
        <KeyNameField state={keyName} hint='What uses this key, e.g. "CRM Integration" or "Website Widget".' error={fields.name} />
        <Field label="Expiry" hint={expiresOn ? `The key stops working on ${expiresOn}.` : undefined} error={fields.expires_in_days}>
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
          <TextField
            label="Expiry date"
            hint="The key stops working at the end of this day."
            error={fields.expires_at}
            type="date"
            required
            min={localDateInput(1)}
            max={localDateInput(365)}
            value={date}
            onValue={setDate}
          />
        )}
        <KeyAccessFields
          role={owner?.role ?? session.user.role}
          ownerName={owner?.name}
          held={session.permissions}
          grants={grants}
          access={access}
          onChange={setAccess}
        />
        {expiry === 'never' && (
          <p class="alert alert-warning" role="status">
            <strong>Keys without expiry are a security risk.</strong> If this key leaks, it works until someone revokes it. Set an expiry date unless you rotate
            the key on a schedule.
          </p>
        )}
        <DialogSubmit error={other} disabled={busy || restriction?.length === 0}>
          {busy ? 'Creating…' : 'Create'}
        </DialogSubmit>
      </form>
    </Dialog>
  );
}
