import { useState } from 'preact/hooks';
import { ApiError, type PasswordChanged, type Session, api, ok } from '../api';
import { Button } from '../components/Button';
import { ErrorAlert } from '../components/ErrorAlert';
import { CodeField, PasswordField } from '../components/Field';
import { splitErrors } from '../field-errors';
import { useAction, useTitle } from '../hooks';
import { AuthFrame } from './AuthFrame';
import { TwoFactorEnrol } from './TwoFactorEnrol';

interface StepProps {
  session: Session;
  /** The session after this step (it may still be pending another step). */
  onNext: (s: Session) => void;
  onCancel: () => void;
}

/** What a signed-in session must do before anything else (`pending`), one step at a time. */
export function SignInStep(props: StepProps) {
  switch (props.session.pending) {
    case 'two_factor':
      return <TwoFactorStep {...props} />;
    case 'password_change':
      return <PasswordChangeStep {...props} />;
    case 'two_factor_enrolment':
      return <EnrolmentStep {...props} />;
    default:
      return null;
  }
}

const currentSession = () => ok(api.GET('/auth/session'));

function CancelLink({ onCancel }: { onCancel: () => void }) {
  return (
    <Button variant="link" onClick={onCancel}>
      Sign in as someone else
    </Button>
  );
}

function TwoFactorStep({ onNext, onCancel }: StepProps) {
  useTitle('Two-factor sign-in');
  const [code, setCode] = useState('');
  const { busy, error, run } = useAction();
  const codeError = error instanceof ApiError && error.code === 'invalid_two_factor_code' ? error.detail : undefined;
  const submit = (e: Event) => {
    e.preventDefault();
    void run(async () => onNext(await ok(api.POST('/auth/login/two-factor', { body: { code: code.trim() } }))));
  };
  return (
    <AuthFrame title="Two-factor sign-in" intro="Enter the 6-digit code from your authenticator app, or one of your recovery codes.">
      <form class="stack" onSubmit={submit}>
        <CodeField
          error={codeError}
          hint="A 6-digit code, or a recovery code like xxxxx-xxxxx."
          autoCapitalize="off"
          spellcheck={false}
          value={code}
          onValue={setCode}
          autoFocus
        />
        <ErrorAlert error={codeError ? null : error} />
        <Button type="submit" variant="primary" block disabled={busy}>
          {busy ? 'Checking…' : 'Verify'}
        </Button>
        <CancelLink onCancel={onCancel} />
      </form>
    </AuthFrame>
  );
}

function PasswordChangeStep({ onNext, onCancel }: StepProps) {
  useTitle('Choose a new password');
  return (
    <AuthFrame title="Choose a new password" intro="You signed in with a temporary password. Choose your own before you continue.">
      <PasswordForm submitLabel="Set new password" currentLabel="Temporary password" onChanged={async () => onNext(await currentSession())} />
      <CancelLink onCancel={onCancel} />
    </AuthFrame>
  );
}

function EnrolmentStep({ onNext, onCancel }: StepProps) {
  useTitle('Set up two-factor sign-in');
  const { error, run } = useAction();
  return (
    <AuthFrame title="Set up two-factor sign-in" intro="Your workspace requires two-factor sign-in for your role. Set it up to continue.">
      <TwoFactorEnrol onDone={() => void run(async () => onNext(await currentSession()))} />
      <ErrorAlert error={error} />
      <CancelLink onCancel={onCancel} />
    </AuthFrame>
  );
}

/**
 * Current password, new password and its confirmation → POST /api/me/password. Shared by the forced step
 * and Account settings; `onChanged` gets the answer (how many other sessions were ended).
 */
export function PasswordForm({
  onChanged,
  submitLabel = 'Change password',
  currentLabel = 'Current password',
}: {
  onChanged: (r: PasswordChanged) => Promise<void> | void;
  submitLabel?: string;
  currentLabel?: string;
}) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const { busy, error, run, setError } = useAction();
  const { fields, other } = splitErrors(error, { current_password: { label: 'current password' }, new_password: { label: 'new password' } });
  const wrong = error instanceof ApiError && error.code === 'wrong_password' ? error.detail : undefined;
  const mismatch = error instanceof Error && error.message === MISMATCH ? MISMATCH : undefined;
  const submit = (e: Event) => {
    e.preventDefault();
    if (next !== confirm) return setError(new Error(MISMATCH));
    void run(async () => {
      const r = await ok(api.POST('/api/me/password', { body: { current_password: current, new_password: next } }));
      setCurrent('');
      setNext('');
      setConfirm('');
      await onChanged(r);
    });
  };
  return (
    <form class="stack" onSubmit={submit}>
      <PasswordField label={currentLabel} autoComplete="current-password" error={wrong ?? fields.current_password} value={current} onValue={setCurrent} />
      <PasswordField
        label="New password"
        autoComplete="new-password"
        error={fields.new_password}
        hint="At least 12 characters."
        value={next}
        onValue={setNext}
      />
      <PasswordField label="Confirm new password" autoComplete="new-password" error={mismatch} value={confirm} onValue={setConfirm} />
      <ErrorAlert error={wrong || mismatch ? null : other} />
      <div class="form-actions">
        <Button type="submit" variant="primary" disabled={busy}>
          {busy ? 'Saving…' : submitLabel}
        </Button>
      </div>
    </form>
  );
}

const MISMATCH = 'The two new passwords are not the same.';
