import { useState } from 'preact/hooks';
import { type KeyInfo, api, seg } from '../api';
import { Dialog, closeDialog } from '../components/Dialog';
import { ErrorAlert } from '../components/ErrorAlert';
import { Field } from '../components/Field';
import { useAction } from '../hooks';

interface RenameKeyDialogProps {
  apiKey: KeyInfo;
  onClose: () => void;
  onRenamed: (key: KeyInfo) => void;
}

/** Renames a key (PATCH /api/keys/{id}); the key itself does not change. */
export function RenameKeyDialog({ apiKey, onClose, onRenamed }: RenameKeyDialogProps) {
  const [name, setName] = useState(apiKey.name);
  const { busy, error, run } = useAction();

  const submit = async (e: Event) => {
    e.preventDefault();
    await run(async () => {
      onRenamed(await api.patch<KeyInfo>(`/api/keys/${seg(apiKey.id)}`, { name: name.trim() }));
    });
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
