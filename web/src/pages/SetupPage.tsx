import { useState } from 'preact/hooks';
import { type Session, api, ok } from '../api';
import { Button } from '../components/Button';
import { ErrorAlert } from '../components/ErrorAlert';
import { PasswordField, TextField } from '../components/Field';
import { useTitle, useAction } from '../hooks';
import { AuthFrame } from './AuthFrame';

interface SetupPageProps {
  /** setup: the first run (POST /auth/setup); signup: a new workspace (POST /auth/signup). */
  mode: 'setup' | 'signup';
  onSignedIn: (s: Session) => void;
  /** Sign-up on a server that sends email: the address is confirmed by a link before anyone signs in. */
  onVerificationSent?: (email: string) => void;
  onCancel?: () => void;
}

/** Creates a workspace and its owner account, then signs in. */
export function SetupPage({ mode, onSignedIn, onVerificationSent, onCancel }: SetupPageProps) {
  const title = mode === 'setup' ? 'Create the owner account' : 'Create a workspace';
  useTitle(title);
  const [form, setForm] = useState({ workspace_name: '', name: '', email: '', password: '' });
  const { busy, error, run } = useAction();
  const set = (k: keyof typeof form) => (value: string) => setForm({ ...form, [k]: value });

  const submit = async (e: Event) => {
    e.preventDefault();
    await run(async () => {
      const body = { ...form, workspace_name: form.workspace_name.trim(), name: form.name.trim() };
      const r = mode === 'setup' ? await ok(api.POST('/auth/setup', { body })) : await ok(api.POST('/auth/signup', { body }));
      if ('verification_sent_to' in r) onVerificationSent?.(r.verification_sent_to);
      else onSignedIn(r);
    });
  };

  return (
    <AuthFrame
      title={title}
      intro={mode === 'setup' ? 'Welcome to Keyward. Name your workspace and create the account that owns it.' : 'A new workspace, with you as its owner.'}
    >
      <form class="stack" onSubmit={submit}>
        <TextField
          label="Workspace name"
          required
          maxLength={200}
          autoComplete="organization"
          value={form.workspace_name}
          onValue={set('workspace_name')}
          autoFocus
        />
        <TextField label="Your name" required maxLength={200} autoComplete="name" value={form.name} onValue={set('name')} />
        <TextField label="Email" type="email" required maxLength={320} autoComplete="email" value={form.email} onValue={set('email')} />
        <PasswordField
          label="Password"
          autoComplete="new-password"
          minLength={12}
          hint="At least 12 characters."
          value={form.password}
          onValue={set('password')}
        />
        <ErrorAlert error={error} />
        <Button type="submit" variant="primary" block disabled={busy}>
          {busy ? 'Creating…' : mode === 'setup' ? 'Create owner account' : 'Create workspace'}
        </Button>
        {onCancel && (
          <Button variant="link" onClick={onCancel}>
            I already have an account
          </Button>
        )}
      </form>
    </AuthFrame>
  );
}
