import { type KeyInfo, api, ok } from '../api';
import { Dialog, DialogSubmit } from '../components/Dialog';
import { splitErrors } from '../field-errors';
import { useAction } from '../hooks';
import { KeyNameField, useKeyName } from './KeyNameField';

interface RenameKeyDialogProps {
  apiKey: KeyInfo;
  onClose: () => void;
  onRenamed: (key: KeyInfo) => void;
}

/** Renames a key (PATCH /api/keys/{id}); the key itself does not change. */
export function RenameKeyDialog({ apiKey, onClose, onRenamed }: RenameKeyDialogProps) {
  const keyName = useKeyName(apiKey.name);
  const name = keyName.name;
  const { busy, error, run } = useAction();
  const { fields, other } = splitErrors(error, { name: { label: 'name' } });

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!keyName.check()) return;
    await run(async () => {
      onRenamed(await ok(api.PATCH('/api/keys/{id}', { params: { path: { id: apiKey.id } }, body: { name: name.trim() } })));
    });
  };

  return (
    <Dialog title="Rename API key" onClose={onClose}>
      <form class="stack" onSubmit={submit}>
        <KeyNameField state={keyName} hint={`The key ${apiKey.hint} keeps working; only its name changes.`} error={fields.name} />
        <DialogSubmit error={other} disabled={busy || name.trim() === apiKey.name}>
          Save name
        </DialogSubmit>
      </form>
    </Dialog>
  );
}
