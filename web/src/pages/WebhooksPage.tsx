import { useState } from 'preact/hooks';
import { KEY_EVENT_TYPES, type Page, type Webhook, type WebhookDelivery, api, seg } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { Time } from '../components/Time';
import { usePagedList, useTitle } from '../hooks';

/** Settings → Webhooks (admins): endpoints, their signing secret (shown once), delivery log, redeliver, test. */
export function WebhooksPage() {
  useTitle('Webhooks');
  const list = usePagedList<Webhook>('/api/webhooks');
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<string[]>(['key.expiring', 'key.expired']);
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const create = async (e: Event) => {
    e.preventDefault();
    setError(null);
    try {
      const made = await api.post<Webhook & { secret: string }>('/api/webhooks', { url: url.trim(), events });
      setSecret(made.secret);
      setUrl('');
      list.reload();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section>
      <div class="page-header">
        <div>
          <h1 tabIndex={-1}>Webhooks</h1>
          <p class="muted">Signed Standard Webhooks for key events, sent to your endpoints.</p>
        </div>
      </div>
      <form class="webhook-form" onSubmit={create}>
        <label class="field">
          <span>Endpoint URL</span>
          <input type="url" required value={url} onInput={(e) => setUrl((e.currentTarget as HTMLInputElement).value)} placeholder="https://example.com/keyward" />
        </label>
        <fieldset>
          <legend>Events</legend>
          {KEY_EVENT_TYPES.map((t) => (
            <label key={t} class="checkbox">
              <input
                type="checkbox"
                checked={events.includes(t)}
                onChange={(e) => setEvents((prev) => ((e.currentTarget as HTMLInputElement).checked ? [...prev, t] : prev.filter((x) => x !== t)))}
              />
              <span>{t}</span>
            </label>
          ))}
        </fieldset>
        <button type="submit" class="btn btn-primary">
          Add endpoint
        </button>
      </form>
      <ErrorAlert error={error} />
      {secret && (
        <div class="alert" role="status">
          <p>Signing secret — copy it now, it will not be shown again:</p>
          <code class="secret" data-testid="webhook-secret">
            {secret}
          </code>
          <button type="button" class="btn btn-small" onClick={() => setSecret(null)}>
            Done
          </button>
        </div>
      )}
      <ErrorAlert error={list.error} />
      {!list.loading && list.items.length === 0 && <p class="muted">No webhook endpoints yet.</p>}
      <ul class="webhook-list">
        {list.items.map((w) => (
          <WebhookItem key={w.id} webhook={w} onError={setError} />
        ))}
      </ul>
    </section>
  );
}

function WebhookItem({ webhook: w, onError }: { webhook: Webhook; onError: (e: unknown) => void }) {
  const [deliveries, setDeliveries] = useState<WebhookDelivery[] | null>(null);
  const loadDeliveries = async () => {
    try {
      setDeliveries((await api.get<Page<WebhookDelivery>>(`/api/webhooks/${seg(w.id)}/deliveries`)).data);
    } catch (e) {
      onError(e);
    }
  };
  const run = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
      await loadDeliveries();
    } catch (e) {
      onError(e);
    }
  };
  return (
    <li class="webhook">
      <p>
        <code>{w.url}</code> {w.enabled ? '' : <span class="badge">disabled{w.disabled_reason ? ` (${w.disabled_reason})` : ''}</span>}
      </p>
      <p class="muted">{w.events.join(', ')}</p>
      <div class="actions">
        <button type="button" class="btn btn-small" onClick={() => run(() => api.post(`/api/webhooks/${seg(w.id)}/test`))}>
          Send test event
        </button>
        <button type="button" class="btn btn-small" onClick={loadDeliveries}>
          Show deliveries
        </button>
      </div>
      {deliveries && (
        <table aria-label={`Deliveries to ${w.url}`}>
          <thead>
            <tr>
              <th>Event</th>
              <th>Status</th>
              <th>Attempts</th>
              <th>Response</th>
              <th>Next try</th>
              <th>
                <span class="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {deliveries.length === 0 && (
              <tr>
                <td colSpan={6}>No deliveries yet.</td>
              </tr>
            )}
            {deliveries.map((d) => (
              <tr key={d.id}>
                <td data-label="Event">{d.type}</td>
                <td data-label="Status">{d.status}</td>
                <td data-label="Attempts">{d.attempts}</td>
                <td data-label="Response">{d.response_code ?? d.error ?? '—'}</td>
                <td data-label="Next try">{d.next_attempt_at ? <Time iso={d.next_attempt_at} /> : '—'}</td>
                <td data-label="Actions">
                  <button type="button" class="btn btn-small" onClick={() => run(() => api.post(`/api/webhooks/${seg(w.id)}/deliveries/${seg(d.id)}/redeliver`))}>
                    Redeliver
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </li>
  );
}
