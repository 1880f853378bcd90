import type { ComponentChildren } from 'preact';
import { api, ok } from '../api';
import { Button } from './Button';
import { Dialog, DialogActions } from './Dialog';
import { ErrorAlert } from './ErrorAlert';
import { useAction } from '../hooks';

interface ConfirmDialogProps {
  title: string;
  /** The danger button's words, and what it says while the action runs (the same words when absent). */
  action: string;
  busyLabel?: string;
  /** The action: the button is disabled while it runs, and what it throws is shown above the buttons. */
  onConfirm: () => Promise<unknown>;
  onClose: () => void;
  /** What happens, in sentences (and any choices to make first). */
  children: ComponentChildren;
}

/** Asks before something drastic: what happens, any error, Cancel (focused, so Enter alone does no harm) and the action. */
export function ConfirmDialog({ title, action, busyLabel, onConfirm, onClose, children }: ConfirmDialogProps) {
  const { busy, error, run } = useAction();
  const confirm = () =>
    void run(async () => {
      await onConfirm();
    });
  return (
    <Dialog title={title} onClose={onClose} role="alertdialog">
      <div class="stack">
        {children}
        <ErrorAlert error={error} />
        <DialogActions cancelFirst>
          <Button variant="danger" onClick={confirm} disabled={busy}>
            {busy ? (busyLabel ?? action) : action}
          </Button>
        </DialogActions>
      </div>
    </Dialog>
  );
}

/** A record the web app deletes by id alone: DELETE on its path, no body, 204. */
type DeleteByIdPath = '/api/contacts/{id}' | '/api/protected-apis/{id}' | '/api/webhooks/{id}';

interface DeleteDialogProps extends Omit<ConfirmDialogProps, 'onConfirm'> {
  path: DeleteByIdPath;
  id: string;
  /** Called once the server has deleted it; a refusal stays in the dialog instead. */
  onDeleted: () => void;
}

/**
 * Confirms deleting one record, then sends the DELETE: the words (title, action, what happens) are the caller's;
 * while the request runs, the button says "Deleting…".
 */
export function DeleteDialog({ path, id, onDeleted, busyLabel = 'Deleting…', ...confirm }: DeleteDialogProps) {
  const remove = async () => {
    await ok(api.DELETE(path, { params: { path: { id } } }));
    onDeleted();
  };
  return <ConfirmDialog {...confirm} busyLabel={busyLabel} onConfirm={remove} />;
}
