import { useState } from 'preact/hooks';
import { type Webhook, type WebhookWithSecret, api, ok } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { ListFooter } from '../components/ListFooter';
import { usePagedList, useTitle } from '../hooks';
import '../styles/webhooks.css';
import { WebhookCard } from './WebhookCard';
import { DeleteWebhookDialog, RollSecretDialog, WebhookFormDialog, WebhookSecretDialog } from './WebhookDialogs';
import { PageHeader } from '../components/PageHeader';

type Open =
  | null
  | { kind: 'new' }
  | { kind: 'edit'; webhook: Webhook }
  | { kind: 'delete'; webhook: Webhook }
  | { kind: 'roll'; webhook: Webhook }
  | { kind: 'secret'; made: WebhookWithSecret; rolled: boolean };

/** Settings → Webhooks (admins): endpoints, their signing secret (shown once), test events and the delivery log. */
export function WebhooksPage() {
  useTitle('Webhooks');
  const list = usePagedList((cursor) => ok(api.GET('/api/webhooks', { params: { query: { cursor } } })), []);
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useState('');
  const close = () => setOpen(null);

  return (
    <section>
      <PageHeader eyebrow="Settings" title="Webhooks" action={{ label: 'Add endpoint', onClick: () => setOpen({ kind: 'new' }) }}>
        Keyward tells your systems when a key is about to expire, expires, is revoked or rolled, or is used from a new address: it POSTs a signed Standard
        Webhooks event to each endpoint that asked for it.
      </PageHeader>
      <ErrorAlert error={list.error} />
      <p class="webhook-notice" role="status">
        {notice}
      </p>
      {!list.loading && list.items.length === 0 && !list.error && (
        <div class="empty">
          <p>
            <strong>No webhook endpoints yet.</strong>
          </p>
          <p class="muted">Add one to hear about key events in your own systems.</p>
        </div>
      )}
      <ul class="webhook-cards">
        {list.items.map((w) => (
          <WebhookCard
            key={w.id}
            webhook={w}
            onEdit={() => setOpen({ kind: 'edit', webhook: w })}
            onRoll={() => setOpen({ kind: 'roll', webhook: w })}
            onDelete={() => setOpen({ kind: 'delete', webhook: w })}
          />
        ))}
      </ul>
      <ListFooter loading={list.loading} hasMore={list.hasMore} onMore={list.loadMore} />
      {open?.kind === 'new' && (
        <WebhookFormDialog
          onClose={close}
          onCreated={(made) => {
            list.reload();
            setNotice(`Endpoint ${made.url} added.`);
            setOpen({ kind: 'secret', made, rolled: false });
          }}
        />
      )}
      {open?.kind === 'edit' && (
        <WebhookFormDialog
          webhook={open.webhook}
          onClose={close}
          onSaved={(w) => {
            list.replace(w);
            setNotice(`Endpoint ${w.url} saved.`);
            close();
          }}
        />
      )}
      {open?.kind === 'delete' && (
        <DeleteWebhookDialog
          webhook={open.webhook}
          onClose={close}
          onDeleted={() => {
            setNotice(`Endpoint ${open.webhook.url} deleted.`);
            list.reload();
            close();
          }}
        />
      )}
      {open?.kind === 'roll' && (
        <RollSecretDialog
          webhook={open.webhook}
          onClose={close}
          onRolled={(made) => {
            const { secret: _shownOnce, ...webhook } = made;
            list.replace(webhook);
            setOpen({ kind: 'secret', made, rolled: true });
          }}
        />
      )}
      {open?.kind === 'secret' && <WebhookSecretDialog made={open.made} rolled={open.rolled} onClose={close} />}
    </section>
  );
}
