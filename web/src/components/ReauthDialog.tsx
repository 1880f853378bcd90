import { useRef, useState } from 'preact/hooks';
import { ApiError, api, ok } from '../api';
import { Button } from './Button';
import { Dialog, DialogActions } from './Dialog';
import { ErrorAlert } from './ErrorAlert';
import { CodeField, PasswordField } from './Field';
import { useAction } from '../hooks';

/**
 * "Confirm it's you" (sudo mode): asked when a sensitive call answered `reauth_required`. The password, or
 * a two-factor code, goes to POST /auth/reauth; `onDone(true)` then lets api.ts retry the call, and
 * Cancel (or Escape) answers false so the call fails with its original error.
 */
export function ReauthDialog({ onDone }: { onDone: (confirmed: boolean) => void }) {
  const [useCode, setUseCode] = useState(false);
  const [value, setValue] = useState('');
  const { busy, error, run } = useAction();
  const confirmed = useRef(false);
  const fieldError = error instanceof ApiError && (error.code === 'wrong_password' || error.code === 'invalid_two_factor_code') ? error.detail : undefined;
  const submit = (e: Event) => {
    e.preventDefault();
    void run(async () => {
      await ok(api.POST('/auth/reauth', { body: useCode ? { code: value.trim() } : { password: value } }));
      confirmed.current = true;
      onDone(true);
    });
  };
  return (
    <Dialog title="Confirm it's you" onClose={() => confirmed.current || onDone(false)}>
      <form class="stack" onSubmit={submit}>
        <p class="muted">
          This is a sensitive action. Confirm your {useCode ? 'two-factor code' : 'password'} to continue; you won't be asked again for a few minutes.
        </p>
        {useCode ? (
          <CodeField
            key="code"
            error={fieldError}
            hint="A 6-digit code from your authenticator app, or a recovery code."
            value={value}
            onValue={setValue}
            autoFocus
          />
        ) : (
          <PasswordField key="password" label="Password" autoComplete="current-password" error={fieldError} value={value} onValue={setValue} autoFocus />
        )}
        <ErrorAlert error={fieldError ? null : error} />
        <Button
          variant="link"
          onClick={() => {
            setUseCode(!useCode);
            setValue('');
          }}
        >
          {useCode ? 'Use your password instead' : 'Use a two-factor code instead'}
        </Button>
        <DialogActions>
          <Button type="submit" variant="primary" disabled={busy}>
            {busy ? 'Checking…' : 'Confirm'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
