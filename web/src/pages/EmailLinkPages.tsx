import { useEffect, useState } from 'preact/hooks';
import { type Session, api, ok } from '../api';
import { Button } from '../components/Button';
import { ErrorAlert } from '../components/ErrorAlert';
import { PasswordField, TextField } from '../components/Field';
import { useAction, useTitle } from '../hooks';
import { AuthFrame } from './AuthFrame';

/** The token of an emailed link: it travels in the fragment (`#token=…`), which no server ever sees. */
export function linkToken(): string {
  return new URLSearchParams(location.hash.slice(1)).get('token') ?? '';
}

/** "Forgot password?": asks for a reset link, then says what happens next, whether or not the address is known. */
export function ForgotPasswordPage({ onBack }: { onBack: () => void }) {
  useTitle('Forgot password');
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState('');
  const { busy, error, run } = useAction();
  const submit = (e: Event) => {
    e.preventDefault();
    void run(async () => {
      await ok(api.POST('/auth/password-reset/request', { body: { email: email.trim() } }));
      setSent(email.trim());
    });
  };
  if (sent)
    return (
      <AuthFrame title="Check your email">
        <p role="status">
          If an account uses <strong>{sent}</strong>, a link to choose a new password is on its way. It works once, for one hour.
        </p>
        <Button block onClick={onBack} autoFocus>
          Back to sign in
        </Button>
      </AuthFrame>
    );
  return (
    <AuthFrame title="Forgot password" intro="We email you a link to choose a new password.">
      <form class="stack" onSubmit={submit}>
        <TextField label="Email" type="email" required maxLength={320} autoComplete="username" value={email} onValue={setEmail} autoFocus />
        <FormEnd error={error} busy={busy} label="Email me a link" busyLabel="Sending…" onBack={onBack} />
      </form>
    </AuthFrame>
  );
}

/** /reset-password#token=…: choose a new password with an emailed link, then sign in with it. */
export function ResetPasswordPage({ onDone, onBack }: { onDone: () => void; onBack: () => void }) {
  useTitle('Choose a new password');
  const [password, setPassword] = useState('');
  const { busy, error, run } = useAction();
  const submit = (e: Event) => {
    e.preventDefault();
    void run(async () => {
      await ok(api.POST('/auth/password-reset', { body: { token: linkToken(), new_password: password } }));
      onDone();
    });
  };
  return (
    <AuthFrame title="Choose a new password" intro="Every browser signed in to your account is signed out; then sign in with the new password.">
      <form class="stack" onSubmit={submit}>
        <PasswordField
          label="New password"
          autoComplete="new-password"
          minLength={12}
          maxLength={1024}
          hint="At least 12 characters."
          value={password}
          onValue={setPassword}
          autoFocus
        />
        <FormEnd error={error} busy={busy} label="Set new password" busyLabel="Saving…" onBack={onBack} />
      </form>
    </AuthFrame>
  );
}

/** /verify-email#token=…: confirms a sign-up's address and signs in. */
export function VerifyEmailPage({ onSignedIn, onBack }: { onSignedIn: (s: Session) => void; onBack: () => void }) {
  useTitle('Confirm your email address');
  const { error, run } = useAction();
  const [tried, setTried] = useState(false);
  useEffect(() => {
    void run(async () => {
      try {
        onSignedIn(await ok(api.POST('/auth/verify-email', { body: { token: linkToken() } })));
      } finally {
        setTried(true);
      }
    });
  }, []);
  return (
    <AuthFrame title="Confirm your email address">
      {!tried && <p role="status">Confirming your address…</p>}
      <ErrorAlert error={error} />
      {tried && error != null && (
        <>
          <p class="muted">Sign in with your email and password: a new link is sent to you.</p>
          <Button block onClick={onBack}>
            Back to sign in
          </Button>
        </>
      )}
    </AuthFrame>
  );
}

/** The end of an emailed-link form: its error, its submit button, and the way back to sign in. */
function FormEnd({ error, busy, label, busyLabel, onBack }: { error: unknown; busy: boolean; label: string; busyLabel: string; onBack: () => void }) {
  return (
    <>
      <ErrorAlert error={error} />
      <Button type="submit" variant="primary" block disabled={busy}>
        {busy ? busyLabel : label}
      </Button>
      <Button variant="link" onClick={onBack}>
        Back to sign in
      </Button>
    </>
  );
}
