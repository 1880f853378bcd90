import { useState } from 'preact/hooks';
import { type KeyInfo, api, ok } from '../api';
import { Button } from '../components/Button';
import { Dialog, DialogActions } from '../components/Dialog';
import { ErrorAlert } from '../components/ErrorAlert';
import { splitErrors } from '../field-errors';
import { useAction } from '../hooks';
import { KeyNameField, blankNameError } from './KeyNameField';

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
    const blank = blankNameError(name);
    if (blank) return setNameError(blank);
    await run(async () => {
      onRenamed(await ok(api.PATCH('/api/keys/{id}', { params: { path: { id: apiKey.id } }, body: { name: name.trim() } })));
    });
  };

  return (
    <Dialog title="Rename API key" onClose={onClose}>
      <form class="stack" onSubmit={submit}>
        <KeyNameField
          value={name}
          onInput={(v) => (setName(v), setNameError(undefined))}
          hint={`The key ${apiKey.hint} keeps working; only its name changes.`}
          error={nameError ?? fields.name}
        />
        <ErrorAlert error={other} />
        <DialogActions>
          <Button type="submit" variant="primary" disabled={busy || name.trim() === apiKey.name}>
            Save name
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
