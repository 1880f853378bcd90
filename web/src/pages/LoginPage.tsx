import { useState } from 'preact/hooks';
import { ApiError, type Session, api, ok } from '../api';
import { Button } from '../components/Button';
import { ErrorAlert } from '../components/ErrorAlert';
import { PasswordField, SelectField, TextField } from '../components/Field';
import { useTitle, useAction } from '../hooks';
import { AuthFrame } from './AuthFrame';

interface LoginPageProps {
  onSignedIn: (s: Session) => void;
  /** Shown when sign-up is open on this server. */
  onSignup?: () => void;
  /** Shown when the server sends email: "Forgot password?". */
  onForgot?: () => void;
  notice?: string;
}

export function LoginPage({ onSignedIn, onSignup, onForgot, notice }: LoginPageProps) {
  useTitle('Sign in');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, run } = useAction();
  /** Set when the email and password open several workspaces: the server asks which. */
  const [choices, setChoices] = useState<{ id: string; name: string }[] | null>(null);
  const [workspaceId, setWorkspaceId] = useState('');

  const submit = async (e: Event) => {
    e.preventDefault();
    await run(async () => {
      try {
        const body = { email: email.trim(), password, ...(choices && workspaceId ? { workspace_id: workspaceId } : {}) };
        onSignedIn(await ok(api.POST('/auth/login', { body })));
      } catch (err) {
        const listed = err instanceof ApiError && err.code === 'workspace_required' ? err.body.workspaces : undefined;
        if (!Array.isArray(listed)) throw err;
        const ws = listed as { id: string; name: string }[];
        setChoices(ws);
        setWorkspaceId(ws[0]?.id ?? '');
        throw err;
      }
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
        <TextField label="Email" type="email" required autoComplete="username" value={email} onValue={setEmail} autoFocus />
        <PasswordField label="Password" autoComplete="current-password" value={password} onValue={setPassword} />
        {choices && (
          <SelectField label="Workspace" options={choices.map((w) => ({ value: w.id, label: w.name }))} value={workspaceId} onValue={setWorkspaceId} />
        )}
        <ErrorAlert error={error} />
        <Button type="submit" variant="primary" block disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </Button>
        {onForgot && (
          <Button variant="link" onClick={onForgot}>
            Forgot password?
          </Button>
        )}
        {onSignup && (
          <Button variant="link" onClick={onSignup}>
            Create a new workspace
          </Button>
        )}
      </form>
    </AuthFrame>
  );
}
