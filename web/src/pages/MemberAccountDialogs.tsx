import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { type PasswordReset, type User, api, ok } from '../api';
import { Button } from '../components/Button';
import { Dialog, closeDialog } from '../components/Dialog';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { CopyField } from '../components/SecretReveal';
import { useLoad } from '../hooks';

interface Props {
  user: User;
  onClose: () => void;
  /** A sentence for the page's status line once the action is done. */
  onDone: (message: string) => void;
}

/**
 * "Reset password": confirm, then POST /api/users/{id}/reset-password. When the server sends email, the
 * member can be emailed a link (the default) instead; otherwise the temporary password it answers is shown
 * this once with Copy. The member is signed out everywhere and must choose a new password.
 */
export function ResetPasswordDialog({ user, onClose, onDone }: Props) {
  const [reset, setReset] = useState<PasswordReset | null>(null);
  const [method, setMethod] = useState<'email_link' | 'temporary_password'>('email_link');
  // Without an answer, the temporary password is the way offered.
  const emailOn = useLoad(() => ok(api.GET('/auth/status')), []).data?.email ?? false;
  const byLink = emailOn && method === 'email_link';
  const confirm = async () => {
    const r = await ok(
      api.POST('/api/users/{id}/reset-password', { params: { path: { id: user.id } }, body: { method: byLink ? 'email_link' : 'temporary_password' } }),
    );
    if (r.link_sent_to) {
      onDone(`A link to choose a new password was emailed to ${r.link_sent_to}; ${user.name} was signed out everywhere.`);
      onClose();
      return;
    }
    setReset(r);
    onDone(`${user.name}'s password was reset; they were signed out everywhere.`);
  };
  const temporary = reset?.temporary_password;
  if (temporary)
    return (
      <Dialog title="Temporary password" onClose={onClose}>
        <div class="stack">
          <p class="alert alert-warning">
            <strong>Copy it now — it's shown only once.</strong> Give it to {user.name} privately; at their next sign-in they choose a new password.
          </p>
          <CopyField id="temporary-password" label={`Temporary password for ${user.email}`} value={temporary} main noun="it" />
          <div class="dialog-actions">
            <Button onClick={closeDialog}>Done</Button>
          </div>
        </div>
      </Dialog>
    );
  return (
    <ConfirmMemberAction
      title={`Reset ${user.name}'s password?`}
      action={byLink ? 'Email reset link' : 'Reset password'}
      busyLabel={byLink ? 'Sending…' : 'Resetting…'}
      onConfirm={confirm}
      onClose={onClose}
      extra={
        emailOn && (
          <fieldset class="radio-group">
            <legend>How they choose a new password</legend>
            <label class="radio">
              <input type="radio" name="reset-method" checked={method === 'email_link'} onChange={() => setMethod('email_link')} />
              Email them a link (works once, for an hour)
            </label>
            <label class="radio">
              <input type="radio" name="reset-method" checked={method === 'temporary_password'} onChange={() => setMethod('temporary_password')} />
              Show me a temporary password to give them
            </label>
          </fieldset>
        )
      }
    >
      {user.name} ({user.email}) is signed out everywhere at once and their old password stops working.{' '}
      {byLink
        ? 'They get an email with a link to choose a new one.'
        : 'You get a temporary password to give them; they must choose a new one when they sign in.'}{' '}
      Their API keys keep working.
    </ConfirmMemberAction>
  );
}

/** "Sign out everywhere": confirm, then POST /api/users/{id}/end-sessions. */
export function EndSessionsDialog({ user, onClose, onDone }: Props) {
  const confirm = async () => {
    const n = (await ok(api.POST('/api/users/{id}/end-sessions', { params: { path: { id: user.id } } }))).sessions_ended;
    onDone(`${user.name} was signed out of ${n} ${n === 1 ? 'session' : 'sessions'}.`);
    onClose();
  };
  return (
    <ConfirmMemberAction
      title={`Sign ${user.name} out everywhere?`}
      action="Sign out everywhere"
      busyLabel="Signing out…"
      onConfirm={confirm}
      onClose={onClose}
    >
      Every browser signed in as {user.name} is signed out at once. They can sign in again with their password; their API keys keep working.
    </ConfirmMemberAction>
  );
}

interface ConfirmProps {
  title: string;
  action: string;
  busyLabel: string;
  onConfirm: () => Promise<void>;
  onClose: () => void;
  children: ComponentChildren;
  /** Choices between the sentence and the buttons. */
  extra?: ComponentChildren;
}

/** The question both member actions ask first: what happens, then Cancel and the action. */
function ConfirmMemberAction({ children, extra, ...confirm }: ConfirmProps) {
  return (
    <ConfirmDialog {...confirm}>
      <p>{children}</p>
      {extra}
    </ConfirmDialog>
  );
}
