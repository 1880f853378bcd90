import { useState } from 'preact/hooks';
import { type Session, api } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { Field } from '../components/Field';
import { useTitle, useAction } from '../hooks';
import { AuthFrame } from './AuthFrame';

interface LoginPageProps {
  onSignedIn: (s: Session) => void;
  /** Shown when sign-up is open on this server. */
  onSignup?: () => void;
  notice?: string;
}

export function LoginPage({ onSignedIn, onSignup, notice }: LoginPageProps) {
  useTitle('Sign in');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, run } = useAction();

  const submit = async (e: Event) => {
    e.preventDefault();
    await run(async () => {
      onSignedIn(await api.post<Session>('/auth/login', { email: email.trim(), password }));
    });
  };

  return (
    <AuthFrame title="Sign in" intro="Sign in to your Keyward workspace.">
      {notice && (
        <p class="alert alert-info" role="status">
          {notice}
        </p>
      )}
      <form class="stack" onSubmit={submit}>
        <Field label="Email">
          {({ id }) => <input id={id} type="email" required autoComplete="username" value={email} onInput={(e) => setEmail(e.currentTarget.value)} autoFocus />}
        </Field>
        <Field label="Password">
          {({ id }) => <input id={id} type="password" required autoComplete="current-password" value={password} onInput={(e) => setPassword(e.currentTarget.value)} />}
        </Field>
        <ErrorAlert error={error} />
        <button type="submit" class="button primary block" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
        {onSignup && (
          <button type="button" class="button link" onClick={onSignup}>
            Create a new workspace
          </button>
        )}
      </form>
    </AuthFrame>
  );
}
