import { useState } from 'preact/hooks';
import { type KeyInfo, api, seg } from '../api';
import { Dialog, closeDialog } from '../components/Dialog';
import { ErrorAlert } from '../components/ErrorAlert';
import { Field, lengthHint } from '../components/Field';
import { splitErrors } from '../field-errors';
import { useAction } from '../hooks';

interface RenameKeyDialogProps {
  apiKey: KeyInfo;
  onClose: () => void;
  onRenamed: (key: KeyInfo) => void;
}

/** Renames a key (PATCH /api/keys/{id}); the key itself does not change. */
export function RenameKeyDialog({ apiKey, onClose, onRenamed }: RenameKeyDialogProps) {
  const [name, setName] = useState(apiKey.name);
  const [nameError, setNameError] = useState<string | undefined>();
  const { busy, error, run } = useAction();
  const { fields, other } = splitErrors(error, { name: { label: 'name' } });

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!name.trim()) return setNameError('Enter a name: spaces alone are not a name.');
    await run(async () => {
      onRenamed(await api.patch<KeyInfo>(`/api/keys/${seg(apiKey.id)}`, { name: name.trim() }));
    });
  };

  return (
    <Dialog title="Rename API key" onClose={onClose}>
      <form class="stack" onSubmit={submit}>
        <Field label="Name" hint={lengthHint(name, 100, `The key ${apiKey.hint} keeps working; only its name changes.`)} error={nameError ?? fields.name}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              required
              maxLength={100}
              value={name}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              onInput={(e) => (setName(e.currentTarget.value), setNameError(undefined))}
              autoFocus
            />
          )}
        </Field>
        <ErrorAlert error={other} />
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
