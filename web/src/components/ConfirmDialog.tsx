import type { ComponentChildren } from 'preact';
import { Button } from './Button';
import { Dialog, DialogActions } from './Dialog';
import { ErrorAlert } from './ErrorAlert';

interface ConfirmDialogProps {
  title: string;
  /** The danger button's words, and what it says while the action runs (the same words when absent). */
  action: string;
  busyLabel?: string;
  busy: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
  /** What happens, in sentences (and any choices to make first). */
  children: ComponentChildren;
}

/** Asks before something drastic: what happens, any error, Cancel (focused, so Enter alone does no harm) and the action. */
export function ConfirmDialog({ title, action, busyLabel, busy, error, onConfirm, onClose, children }: ConfirmDialogProps) {
  return (
    <Dialog title={title} onClose={onClose} role="alertdialog">
      <div class="stack">
        {children}
        <ErrorAlert error={error} />
        <DialogActions cancelFirst>
          <Button variant="danger" onClick={onConfirm} disabled={busy}>
            {busy ? (busyLabel ?? action) : action}
          </Button>
        </DialogActions>
      </div>
    </Dialog>
  );
}
