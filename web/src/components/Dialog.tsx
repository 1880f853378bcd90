import type { ComponentChildren } from 'preact';
import { useId, useLayoutEffect, useRef } from 'preact/hooks';
import { Button } from './Button';
import { ErrorAlert } from './ErrorAlert';

interface DialogProps {
  title: string;
  /** Called once the dialog has closed (Escape, a Cancel button, or the parent). */
  onClose: () => void;
  children: ComponentChildren;
  /** Extra class, e.g. "dialog-wide". */
  class?: string;
  role?: 'dialog' | 'alertdialog';
  /**
   * Asked before Escape, a click on the backdrop or `requestClose` closes the dialog: return false to
   * keep it open (the reveal dialog asks "Did you save this key?" first).
   */
  canClose?: () => boolean;
}

/**
 * A modal built on the native `<dialog>` opened with showModal(): the browser traps focus, makes the
 * page behind it inert and closes it on Escape. Mount it to open it, unmount it to close it; focus goes
 * back to the control that opened it (or the page heading when that control is gone).
 */
export function Dialog({ title, onClose, children, class: extra, role, canClose }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;
  const allowed = () => canClose?.() ?? true;

  // Escape: cancelling the keydown stops the browser's close request (a cancelled `cancel` event alone
  // is honoured only once per user activation).
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && !e.defaultPrevented && !allowed()) e.preventDefault();
  };
  const onCancel = (e: Event) => {
    if (!allowed()) e.preventDefault();
  };
  // A click on the backdrop lands on the <dialog> itself, outside its box.
  const onClick = (e: MouseEvent) => {
    const dialog = ref.current;
    if (!dialog || e.target !== dialog) return;
    const r = dialog.getBoundingClientRect();
    const inside = e.clientX >= r.left && e.clientX <= r.right && e.clientY >= r.top && e.clientY <= r.bottom;
    if (!inside && allowed()) dialog.close();
  };

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const handleClose = () => onCloseRef.current();
    dialog.addEventListener('close', handleClose);
    dialog.showModal();
    return () => {
      dialog.removeEventListener('close', handleClose);
      if (dialog.open) dialog.close();
      setTimeout(() => restoreFocus(opener), 0);
    };
  }, []);

  return (
    <dialog ref={ref} class={`dialog ${extra ?? ''}`} aria-labelledby={titleId} role={role} onKeyDown={onKeyDown} onCancel={onCancel} onClick={onClick}>
      <h2 id={titleId} class="dialog-title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}

function restoreFocus(opener: HTMLElement | null): void {
  if (document.querySelector('dialog[open]')) return;
  if (document.activeElement && document.activeElement !== document.body) return;
  if (opener?.isConnected) opener.focus();
  if (opener && document.activeElement === opener) return;
  document.querySelector<HTMLElement>('main h1')?.focus();
}

/** Closes the nearest `<dialog>` (a Cancel button's handler). */
export function closeDialog(e: Event): void {
  (e.currentTarget as HTMLElement).closest('dialog')?.close();
}

/**
 * A dialog's button row: Cancel (it closes the dialog) and then the dialog's own buttons. `cancelFirst`
 * gives Cancel the focus, so that Enter alone does no harm in a dialog that asks before something drastic.
 */
export function DialogActions({ children, cancel = 'Cancel', cancelFirst }: { children?: ComponentChildren; cancel?: string; cancelFirst?: boolean }) {
  return (
    <div class="dialog-actions">
      <Button onClick={closeDialog} autoFocus={cancelFirst}>
        {cancel}
      </Button>
      {children}
    </div>
  );
}

/** The end of a dialog's form: the error no field shows, then Cancel and the submit button (`children` is its label). */
export function DialogSubmit({
  error,
  disabled,
  variant = 'primary',
  children,
}: {
  error: unknown;
  disabled: boolean;
  variant?: 'primary' | 'danger';
  children: ComponentChildren;
}) {
  return (
    <>
      <ErrorAlert error={error} />
      <DialogActions>
        <Button type="submit" variant={variant} disabled={disabled}>
          {children}
        </Button>
      </DialogActions>
    </>
  );
}

/** The submit of a form that adds a thing or edits one: its "Add …" label or "Save changes", and "Saving…" while it is sent. */
export function SaveSubmit({ error, busy, editing, add }: { error: unknown; busy: boolean; editing: boolean; add: string }) {
  return (
    <DialogSubmit error={error} disabled={busy}>
      {busy ? 'Saving…' : editing ? 'Save changes' : add}
    </DialogSubmit>
  );
}
