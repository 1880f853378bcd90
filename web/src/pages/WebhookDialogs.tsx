import { useId, useState } from 'preact/hooks';
import { KEY_EVENT_TYPES, type KeyEventType, type Webhook, type WebhookWithSecret, api, created, ok } from '../api';
import type { paths } from '../api-types';
import { Dialog, SaveSubmit } from '../components/Dialog';
import { ConfirmDialog, DeleteDialog } from '../components/ConfirmDialog';
import { CopyField, SaveGuardActions, useSaveGuard } from '../components/SecretReveal';
import { Field } from '../components/Field';
import { WEBHOOK_EVENT_LABELS, type WebhookFormErrors, checkWebhookForm, hasErrors, webhookFormErrors } from './webhook-words';

/** What PATCH /api/webhooks/{id} takes: only the fields that changed are sent. */
type WebhookChange = NonNullable<paths['/api/webhooks/{id}']['patch']['requestBody']>['content']['application/json'];

interface WebhookFormDialogProps {
  /** The endpoint being edited; absent for a new one. */
  webhook?: Webhook;
  onClose: () => void;
  onCreated?: (made: WebhookWithSecret) => void;
  onSaved?: (saved: Webhook) => void;
}

/**
 * Add or edit an endpoint: its URL, the events it receives and (when editing) whether it is on. Every
 * problem is shown once, in words, under the field it is about.
 */
export function WebhookFormDialog({ webhook, onClose, onCreated, onSaved }: WebhookFormDialogProps) {
  const [url, setUrl] = useState(webhook?.url ?? '');
  const [events, setEvents] = useState<KeyEventType[]>(webhook?.events ?? ['key.expiring', 'key.expired', 'key.revoked', 'key.leaked_revoked']);
  const [enabled, setEnabled] = useState(webhook?.enabled ?? true);
  const [errors, setErrors] = useState<WebhookFormErrors>({});
  const [busy, setBusy] = useState(false);
  const eventsErrorId = useId();

  const submit = async (e: Event) => {
    e.preventDefault();
    const found = checkWebhookForm(url, events);
    setErrors(found);
    if (hasErrors(found)) return;
    setBusy(true);
    try {
      const chosen = KEY_EVENT_TYPES.filter((t) => events.includes(t));
      if (webhook) {
        const body: WebhookChange = {};
        if (url.trim() !== webhook.url) body.url = url.trim();
        if (chosen.join() !== KEY_EVENT_TYPES.filter((t) => webhook.events.includes(t)).join()) body.events = chosen;
        if (enabled !== webhook.enabled) body.enabled = enabled;
        onSaved?.(Object.keys(body).length === 0 ? webhook : await ok(api.PATCH('/api/webhooks/{id}', { params: { path: { id: webhook.id } }, body })));
      } else {
        onCreated?.(await created(api.POST('/api/webhooks', { body: { url: url.trim(), events: chosen } })));
      }
    } catch (err) {
      setErrors(webhookFormErrors(err));
      setBusy(false);
    }
  };

  const toggle = (t: KeyEventType, on: boolean) => setEvents((prev) => (on ? [...prev.filter((x) => x !== t), t] : prev.filter((x) => x !== t)));

  return (
    <Dialog title={webhook ? 'Edit webhook endpoint' : 'Add webhook endpoint'} onClose={onClose} class="dialog-wide">
      <form class="stack webhook-form" onSubmit={submit} noValidate>
        <Field label="Endpoint URL" hint="Keyward POSTs each event here as JSON, signed with the endpoint's secret (Standard Webhooks).">
          {({ id, hintId }) => (
            <>
              <input
                id={id}
                type="url"
                inputMode="url"
                autoComplete="off"
                spellcheck={false}
                value={url}
                placeholder="https://example.com/keyward"
                aria-invalid={errors.url ? true : undefined}
                aria-describedby={[errors.url ? `${id}-error` : '', hintId ?? ''].join(' ').trim() || undefined}
                onInput={(e) => setUrl(e.currentTarget.value)}
                autoFocus
              />
              {errors.url && (
                <p class="field-error" id={`${id}-error`}>
                  {errors.url}
                </p>
              )}
            </>
          )}
        </Field>
        <fieldset class="webhook-events-field" aria-describedby={errors.events ? eventsErrorId : undefined}>
          <legend>Events to send</legend>
          {KEY_EVENT_TYPES.map((t) => (
            <label key={t} class="checkbox webhook-event-choice">
              <input type="checkbox" checked={events.includes(t)} onChange={(e) => toggle(t, e.currentTarget.checked)} />
              <span>
                {WEBHOOK_EVENT_LABELS[t]} <code class="event-code">{t}</code>
              </span>
            </label>
          ))}
          {errors.events && (
            <p class="field-error" id={eventsErrorId}>
              {errors.events}
            </p>
          )}
        </fieldset>
        {webhook && (
          <label class="checkbox">
            <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.currentTarget.checked)} />
            <span>Send deliveries to this endpoint (turn off to pause it without deleting it)</span>
          </label>
        )}
        <SaveSubmit error={errors.other} busy={busy} editing={webhook !== undefined} add="Add endpoint" />
      </form>
    </Dialog>
  );
}

interface ConfirmProps {
  webhook: Webhook;
  onClose: () => void;
}

/** Confirms a delete by naming the URL; Cancel has the focus. */
export function DeleteWebhookDialog({ webhook, onClose, onDeleted }: ConfirmProps & { onDeleted: () => void }) {
  return (
    <DeleteDialog path="/api/webhooks/{id}" id={webhook.id} title="Delete webhook endpoint" action="Delete endpoint" onDeleted={onDeleted} onClose={onClose}>
      <p>
        Delete the endpoint <code class="webhook-url-inline">{webhook.url}</code>?
      </p>
      <p>Keyward stops sending events to it at once and drops the deliveries still waiting. Its delivery log is deleted too. This cannot be undone.</p>
    </DeleteDialog>
  );
}

/** Asks before rolling: the old secret stops signing at once, so the receiver must be updated. */
export function RollSecretDialog({ webhook, onClose, onRolled }: ConfirmProps & { onRolled: (w: WebhookWithSecret) => void }) {
  const roll = async () => onRolled(await ok(api.POST('/api/webhooks/{id}/roll-secret', { params: { path: { id: webhook.id } } })));
  return (
    <ConfirmDialog title="Roll signing secret" action="Roll secret" busyLabel="Rolling…" onConfirm={roll} onClose={onClose}>
      <p>
        Make a new signing secret for <code class="webhook-url-inline">{webhook.url}</code>?
      </p>
      <p>The current secret stops signing at once: every delivery from now on is signed with the new one, so update your receiver with it straight away.</p>
    </ConfirmDialog>
  );
}

/**
 * The signing secret, shown this once (after adding an endpoint or rolling its secret) with a Copy
 * button. Closing it before copying asks "Did you save this secret?" first.
 */
export function WebhookSecretDialog({ made, rolled, onClose }: { made: WebhookWithSecret; rolled?: boolean; onClose: () => void }) {
  const guard = useSaveGuard();
  const inputId = useId();

  return (
    <Dialog title={rolled ? 'New signing secret' : 'Endpoint added: its signing secret'} onClose={onClose} class="dialog-wide" canClose={guard.canClose}>
      <div class="stack">
        <p class="alert alert-warning secret-warning">
          <strong>Copy this secret now — it's only shown once.</strong> Your receiver uses it to check that each delivery really comes from Keyward (the{' '}
          <code>webhook-signature</code> header).
          {rolled && ' The previous secret no longer signs anything.'}
        </p>
        <CopyField
          id={inputId}
          label={`Signing secret for ${made.url}`}
          value={made.secret}
          inputClass="mono"
          testId="webhook-secret"
          main
          noun="the secret"
          onCopied={guard.copied}
        />
        <p class="muted">
          Standard Webhooks libraries (e.g. <code>standardwebhooks</code> for Node.js or Python) take it as it is, <code>whsec_</code> prefix included.
        </p>
        <SaveGuardActions
          guard={guard}
          back="Go back to the secret"
          question={
            <>
              <strong>Did you save this secret?</strong> You have not copied it, and it cannot be shown again once this dialog closes (you could only roll a new
              one).
            </>
          }
        />
      </div>
    </Dialog>
  );
}
