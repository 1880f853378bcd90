import { type KeyInfo, api, ok } from '../api';
import { ConfirmDialog } from '../components/ConfirmDialog';

interface RevokeKeyDialogProps {
  apiKey: KeyInfo;
  onClose: () => void;
  onRevoked: (key: KeyInfo) => void;
}

/** Confirms a revoke by naming the key; Cancel has the focus, so Enter alone does no harm. */
export function RevokeKeyDialog({ apiKey, onClose, onRevoked }: RevokeKeyDialogProps) {
  const revoke = async () => onRevoked(await ok(api.POST('/api/keys/{id}/revoke', { params: { path: { id: apiKey.id } } })));
  return (
    <ConfirmDialog title="Revoke API key" action="Revoke key" busyLabel="Revoking…" onConfirm={revoke} onClose={onClose}>
      <p>
        Revoke <strong class="key-name">“{apiKey.name}”</strong> (<code>{apiKey.hint}</code>)?
      </p>
      <p>Every request that uses it is refused from now on. This cannot be undone; integrations using it need a new key.</p>
    </ConfirmDialog>
  );
}
