import { useState } from 'preact/hooks';
import { type KeyInfo, api, ok } from '../api';
import { Dialog, closeDialog } from '../components/Dialog';
import { ErrorAlert } from '../components/ErrorAlert';
import { useAction } from '../hooks';
import { Button } from '../components/Button';

interface RevokeKeyDialogProps {
  apiKey: KeyInfo;
  onClose: () => void;
  onRevoked: (key: KeyInfo) => void;
}

/** Confirms a revoke by naming the key; Cancel has the focus, so Enter alone does no harm. */
export function RevokeKeyDialog({ apiKey, onClose, onRevoked }: RevokeKeyDialogProps) {
  const { busy, error, run } = useAction();

  const revoke = async () => {
    await run(async () => {
      onRevoked(await ok(api.POST('/api/keys/{id}/revoke', { params: { path: { id: apiKey.id } } })));
    });
  };

  return (
    <Dialog title="Revoke API key" onClose={onClose} role="alertdialog">
      <div class="stack">
        <p>
          Revoke <strong class="key-name">“{apiKey.name}”</strong> (<code>{apiKey.hint}</code>)?
        </p>
        <p>Every request that uses it is refused from now on. This cannot be undone; integrations using it need a new key.</p>
        <ErrorAlert error={error} />
        <div class="dialog-actions">
          <Button onClick={closeDialog} autoFocus>
            Cancel
          </Button>
          <Button variant="danger" onClick={() => void revoke()} disabled={busy}>
            {busy ? 'Revoking…' : 'Revoke key'}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
