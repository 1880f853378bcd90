import { useState } from 'preact/hooks';
import { type ApiKey, api, ok } from '../api';
import { Button } from '../components/Button';
import { ErrorAlert } from '../components/ErrorAlert';
import { Field } from '../components/Field';
import { splitErrors } from '../field-errors';
import { useAction } from '../hooks';
import { allowsAddress } from '../ip-match';
import { useSession } from '../session';

/** The entries of the allowlist textarea: one per line (commas and spaces separate too). */
const entriesOf = (text: string) => text.split(/[\s,]+/).filter(Boolean);

/**
 * A key's IP allowlist, shown to anyone who can see the key and editable by its owner. Errors name the
 * line they are about; a list that would shut out the address this browser uses says so before saving.
 */
export function AllowlistSection({ apiKey, onSaved, clientIp }: { apiKey: ApiKey; onSaved: (k: ApiKey) => void; clientIp?: string }) {
  const session = useSession();
  const mine = session.user.id === apiKey.owner.id;
  const [text, setText] = useState((apiKey.allowed_ips ?? []).join('\n'));
  const [saved, setSaved] = useState(false);
  const { busy, error, run } = useAction();
  const entries = entriesOf(text);
  const { fields, other } = splitErrors(error, { allowed_ips: { label: 'allowlist', entry: 'Line', values: entries } });
  const locksOut = clientIp !== undefined && entries.length > 0 && !allowsAddress(entries, clientIp);

  const submit = async (e: Event) => {
    e.preventDefault();
    await run(async () => {
      onSaved(await ok(api.PATCH('/api/keys/{id}', { params: { path: { id: apiKey.id } }, body: { allowed_ips: entries.length ? entries : null } })));
      setSaved(true);
    });
  };

  const current = apiKey.allowed_ips;
  return (
    <section class="stack" aria-labelledby="allowlist-heading">
      <h2 id="allowlist-heading" class="section-title">
        Allowed IP addresses
      </h2>
      <p data-testid="allowlist-summary">{current ? `This key works only from: ${current.join(', ')}` : 'This key works from any address.'}</p>
      {mine && apiKey.status !== 'revoked' && (
        <form class="stack" onSubmit={submit}>
          <Field
            label="Allowed IP addresses"
            hint="One IPv4 or IPv6 address or CIDR range per line (e.g. 203.0.113.0/24, 2001:db8::/32), at most 100. Empty: any address."
            error={fields.allowed_ips}
          >
            {({ id, describedBy, invalid }) => (
              <textarea
                id={id}
                aria-describedby={describedBy}
                aria-invalid={invalid}
                rows={4}
                value={text}
                onInput={(e) => (setText(e.currentTarget.value), setSaved(false))}
              />
            )}
          </Field>
          {locksOut && (
            <p class="alert alert-warning" role="status" data-testid="allowlist-lockout">
              You are using this app from {clientIp}, which this list does not include: requests with this key from here would be refused.
            </p>
          )}
          <ErrorAlert error={other} />
          <div class="form-actions">
            <Button type="submit" variant="primary" disabled={busy}>
              {busy ? 'Saving…' : 'Save allowlist'}
            </Button>
            {saved && <span role="status">Saved.</span>}
          </div>
        </form>
      )}
    </section>
  );
}
