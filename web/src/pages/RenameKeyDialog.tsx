import { useState } from 'preact/hooks';
import { type ApiKey, api, seg } from '../api';
import { Dialog, closeDialog } from '../components/Dialog';
import { ErrorAlert } from '../components/ErrorAlert';
import { Field } from '../components/Field';

interface RenameKeyDialogProps {
  apiKey: ApiKey;
  onClose: () => void;
  onRenamed: (key: ApiKey) => void;
}

/** Renames a key (PATCH /api/keys/{id}); the key itself does not change. */
export function RenameKeyDialog({ apiKey, onClose, onRenamed }: RenameKeyDialogProps) {
  const [name, setName] = useState(apiKey.name);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onRenamed(await api.patch<ApiKey>(`/api/keys/${seg(apiKey.id)}`, { name: name.trim() }));
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <Dialog title="Rename API key" onClose={onClose}>
      <form class="stack" onSubmit={submit}>
        <Field label="Name" hint={`The key ${apiKey.hint} keeps working; only its name changes.`}>
          {({ id, hintId }) => (
            <input id={id} required maxLength={100} pattern=".*\S.*" value={name} aria-describedby={hintId} onInput={(e) => setName(e.currentTarget.value)} autoFocus />
          )}
        </Field>
        <ErrorAlert error={error} />
        <div class="dialog-actions">
          <button type="button" class="button" onClick={closeDialog}>
            Cancel
          </button>
          <button type="submit" class="button primary" disabled={busy || name.trim() === apiKey.name}>
            Save name
          </button>
        </div>
      </form>
    </Dialog>
  );
}
