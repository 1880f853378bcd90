import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { type PasswordReset, type SessionsEnded, type User, api, seg } from '../api';
import { Dialog, closeDialog } from '../components/Dialog';
import { ErrorAlert } from '../components/ErrorAlert';
import { useAction } from '../hooks';

interface Props {
  user: User;
  onClose: () => void;
  /** A sentence for the page's status line once the action is done. */
  onDone: (message: string) => void;
}

/**
 * "Reset password": confirm, then POST /api/users/{id}/reset-password; the temporary password it answers is
 * shown this once with Copy. The member is signed out everywhere and must choose a new password at sign-in.
 */
export function ResetPasswordDialog({ user, onClose, onDone }: Props) {
  const [reset, setReset] = useState<PasswordReset | null>(null);
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const field = useRef<HTMLInputElement>(null);
  const { busy, error, run } = useAction();
  const confirm = () =>
    void run(async () => {
      setReset(await api.post<PasswordReset>(`/api/users/${seg(user.id)}/reset-password`));
      onDone(`${user.name}'s password was reset; they were signed out everywhere.`);
    });
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('copied');
    } catch {
      field.current?.select();
      setCopied('failed');
    }
  };
  if (reset)
    return (
      <Dialog title="Temporary password" onClose={onClose}>
        <div class="stack">
          <p class="alert alert-warning">
            <strong>Copy it now — it's shown only once.</strong> Give it to {user.name} privately; at their next sign-in they choose a new password.
          </p>
          <div class="field">
            <label for="temporary-password">Temporary password for {user.email}</label>
            <div class="copy-row">
              <input ref={field} id="temporary-password" readOnly value={reset.temporary_password} onFocus={(e) => e.currentTarget.select()} />
              <button type="button" class="button primary" onClick={() => void copy(reset.temporary_password)} autoFocus>
                {copied === 'copied' ? 'Copied ✓' : 'Copy'}
              </button>
            </div>
            <p class="hint" role="status">
              {copied === 'copied' ? 'Copied to the clipboard.' : copied === 'failed' ? 'Could not copy: select it and press Ctrl+C.' : ''}
            </p>
          </div>
          <div class="dialog-actions">
            <button type="button" class="button" onClick={closeDialog}>
              Done
            </button>
          </div>
        </div>
      </Dialog>
    );
  return (
    <ConfirmMemberAction title={`Reset ${user.name}'s password?`} action="Reset password" busyLabel="Resetting…" busy={busy} error={error} onConfirm={confirm} onClose={onClose}>
      {user.name} ({user.email}) is signed out everywhere at once. You get a temporary password to give them; they must choose a new one when they sign
      in. Their API keys keep working.
    </ConfirmMemberAction>
  );
}

/** "Sign out everywhere": confirm, then POST /api/users/{id}/end-sessions. */
export function EndSessionsDialog({ user, onClose, onDone }: Props) {
  const { busy, error, run } = useAction();
  const confirm = () =>
    void run(async () => {
      const n = (await api.post<SessionsEnded>(`/api/users/${seg(user.id)}/end-sessions`)).sessions_ended;
      onDone(`${user.name} was signed out of ${n} ${n === 1 ? 'session' : 'sessions'}.`);
      onClose();
    });
  return (
    <ConfirmMemberAction title={`Sign ${user.name} out everywhere?`} action="Sign out everywhere" busyLabel="Signing out…" busy={busy} error={error} onConfirm={confirm} onClose={onClose}>
      Every browser signed in as {user.name} is signed out at once. They can sign in again with their password; their API keys keep working.
    </ConfirmMemberAction>
  );
}

interface ConfirmProps {
  title: string;
  action: string;
  busyLabel: string;
  busy: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
  children: ComponentChildren;
}

/** The question both member actions ask first: what happens, Cancel (focused, so Enter alone does no harm) and the action. */
function ConfirmMemberAction({ title, action, busyLabel, busy, error, onConfirm, onClose, children }: ConfirmProps) {
  return (
    <Dialog title={title} onClose={onClose} role="alertdialog">
      <div class="stack">
        <p>{children}</p>
        <ErrorAlert error={error} />
        <div class="dialog-actions">
          <button type="button" class="button" onClick={closeDialog} autoFocus>
            Cancel
          </button>
          <button type="button" class="button danger" onClick={onConfirm} disabled={busy}>
            {busy ? busyLabel : action}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
