import { useState } from 'preact/hooks';
import { type IssuedKeyInfo, type KeyInfo, api, created } from '../api';
import { Dialog, DialogSubmit } from '../components/Dialog';
import { formatDate } from '../format';
import { useAction } from '../hooks';

const GRACE = [
  { seconds: 0, label: 'Immediately' },
  { seconds: 3600, label: 'In 1 hour' },
  { seconds: 86_400, label: 'In 24 hours' },
  { seconds: 604_800, label: 'In 7 days' },
];

interface RollKeyDialogProps {
  apiKey: KeyInfo;
  onClose: () => void;
  onRolled: (result: { key: IssuedKeyInfo; previous: KeyInfo }) => void;
}

/** Rotation in one step: a replacement key now, the old one expiring after the chosen grace period. */
export function RollKeyDialog({ apiKey, onClose, onRolled }: RollKeyDialogProps) {
  const [grace, setGrace] = useState(86_400);
  const [idle, setIdle] = useState('');
  const { busy, error, run } = useAction();

  const submit = async (e: Event) => {
    e.preventDefault();
    await run(async () => {
      onRolled(
        await created(
          api.POST('/api/keys/{id}/roll', {
            params: { path: { id: apiKey.id } },
            body: { grace_seconds: grace, ...(idle && grace > 0 ? { revoke_when_idle_minutes: Number(idle) } : {}) },
          }),
        ),
      );
    });
  };

  // The server gives the new key the old one's lifetime (capped by the workspace's maximum).
  const lifetimeMs = apiKey.expires_at ? Date.parse(apiKey.expires_at) - Date.parse(apiKey.created_at) : null;
  const days = lifetimeMs === null ? null : Math.round(lifetimeMs / 86_400_000);

  return (
    <Dialog title="Roll API key" onClose={onClose}>
      <form class="stack" onSubmit={submit}>
        <p>
          Create a replacement for <strong class="key-name">“{apiKey.name}”</strong> (<code>{apiKey.hint}</code>) with the same name and permissions.
        </p>
        <p id="roll-grace" aria-live="polite">
          {grace === 0
            ? 'The old key stops working as soon as the new one is created: update your integration first.'
            : `Both keys work for the next ${GRACE.find((g) => g.seconds === grace)?.label.replace(/^In /, '')}, so you can switch your integration over without downtime; then the old key stops working.`}
        </p>
        <p id="roll-expiry">
          {lifetimeMs === null ? (
            <>The new key never expires, like the old one.</>
          ) : (
            <>
              The new key expires on <strong>{formatDate(new Date(Date.now() + lifetimeMs).toISOString())}</strong> ({days} days from now, the old key's
              lifetime).
            </>
          )}
        </p>
        <fieldset class="radio-group">
          <legend>The old key stops working</legend>
          {GRACE.map((g) => (
            <label key={g.seconds} class="radio">
              <input
                type="radio"
                name="grace"
                value={String(g.seconds)}
                checked={grace === g.seconds}
                onChange={() => setGrace(g.seconds)}
                autoFocus={g.seconds === 86_400}
              />
              {g.label}
              {g.seconds === 86_400 ? ' (default)' : ''}
            </label>
          ))}
        </fieldset>
        <label class="field">
          <span>Revoke the old key sooner, once it has had no traffic for</span>
          <select value={idle} onChange={(e) => setIdle((e.target as HTMLSelectElement).value)} disabled={grace === 0}>
            <option value="">— (keep it until the grace period ends)</option>
            <option value="10">10 minutes</option>
            <option value="30">30 minutes</option>
            <option value="60">1 hour</option>
            <option value="1440">24 hours</option>
          </select>
        </label>
        <DialogSubmit error={error} disabled={busy}>
          {busy ? 'Rolling…' : 'Roll key'}
        </DialogSubmit>
      </form>
    </Dialog>
  );
}
