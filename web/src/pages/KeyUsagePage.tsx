import { useEffect, useState } from 'preact/hooks';
import { type ApiKey, api, seg } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { Field } from '../components/Field';
import { useAction, useTitle } from '../hooks';
import { linkClick } from '../router';
import { useSession } from '../session';
import { KeyUsageSection } from './KeyUsageSection';
import { OldKeyTraffic } from './OldKeyTraffic';

/** /settings/api-keys/{id}/usage: one key's traffic chart and its IP allowlist. */
export function KeyUsagePage({ keyId }: { keyId: string }) {
  const [key, setKey] = useState<ApiKey | null>(null);
  const [error, setError] = useState<unknown>(null);
  useTitle(key ? `Usage of ${key.name}` : 'Key usage');

  useEffect(() => {
    api.get<ApiKey>(`/api/keys/${seg(keyId)}`).then(setKey, setError);
  }, [keyId]);

  return (
    <section class="stack">
      <p>
        <a href="/settings/api-keys" onClick={linkClick}>
          ← API Keys
        </a>
      </p>
      <h1 tabIndex={-1}>{key ? key.name : 'Key usage'}</h1>
      <ErrorAlert error={error} />
      {key && (
        <>
          <p>
            <code class="hint">{key.hint}</code> · {key.status}
            {key.replaced_by && key.status === 'active' && (
              <>
                {' '}
                · <OldKeyTraffic k={key} />
              </>
            )}
          </p>
          <KeyUsageSection keyId={key.id} keyName={key.name} />
          <AllowlistSection apiKey={key} onSaved={setKey} />
        </>
      )}
    </section>
  );
}

/** The key's IP allowlist, shown to anyone who can see the key and editable by its owner. */
function AllowlistSection({ apiKey, onSaved }: { apiKey: ApiKey; onSaved: (k: ApiKey) => void }) {
  const session = useSession();
  const mine = session?.user.id === apiKey.owner.id;
  const [text, setText] = useState((apiKey.allowed_ips ?? []).join('\n'));
  const [saved, setSaved] = useState(false);
  const { busy, error, run } = useAction();

  const submit = async (e: Event) => {
    e.preventDefault();
    const entries = text.split(/[\s,]+/).filter(Boolean);
    await run(async () => {
      onSaved(await api.patch<ApiKey>(`/api/keys/${seg(apiKey.id)}`, { allowed_ips: entries.length ? entries : null }));
      setSaved(true);
    });
  };

  const current = apiKey.allowed_ips;
  return (
    <section class="stack" aria-labelledby="allowlist-heading">
      <h2 id="allowlist-heading">Allowed IP addresses</h2>
      <p data-testid="allowlist-summary">
        {current ? `This key works only from: ${current.join(', ')}` : 'This key works from any address.'}
      </p>
      {mine && apiKey.status !== 'revoked' && (
        <form class="stack" onSubmit={submit}>
          <Field label="Allowed IP addresses" hint="One IPv4 or IPv6 address or CIDR per line (e.g. 203.0.113.0/24, 2001:db8::/32), at most 100. Empty = any address.">
            {({ id, hintId }) => (
              <textarea id={id} aria-describedby={hintId} rows={4} value={text} onInput={(e) => (setText((e.target as HTMLTextAreaElement).value), setSaved(false))} />
            )}
          </Field>
          <ErrorAlert error={error} />
          <div>
            <button type="submit" class="button primary" disabled={busy}>
              {busy ? 'Saving…' : 'Save allowlist'}
            </button>{' '}
            {saved && <span role="status">Saved.</span>}
          </div>
        </form>
      )}
    </section>
  );
}
