import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ApiError, type RecoveryCodes, type TwoFactorSetup, api, ok } from '../api';
import { Button } from '../components/Button';
import { ErrorAlert } from '../components/ErrorAlert';
import { CodeField } from '../components/Field';
import { RecoveryCodesView } from '../components/RecoveryCodesView';
import { useAction } from '../hooks';

/**
 * Turning two-factor sign-in on: POST /api/me/two-factor/setup gives a secret (as a QR code and as text),
 * a code from the app confirms it (POST /api/me/two-factor/enable), then the recovery codes are shown once.
 * `onDone` runs after "I saved them". Used by the sign-in step the workspace policy forces and by Account.
 */
export function TwoFactorEnrol({ onDone, onCancel }: { onDone: (result: RecoveryCodes) => void; onCancel?: () => void }) {
  const [setup, setSetup] = useState<TwoFactorSetup | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [code, setCode] = useState('');
  const [result, setResult] = useState<RecoveryCodes | null>(null);
  const { busy, error, run } = useAction();

  const start = () => {
    setLoadError(null);
    ok(api.POST('/api/me/two-factor/setup')).then(setSetup, setLoadError);
  };
  useEffect(start, []);

  if (result) return <RecoveryCodesView codes={result.recovery_codes} onSaved={() => onDone(result)} />;
  if (loadError)
    return (
      <div class="stack">
        <ErrorAlert error={loadError} />
        <FormActions onCancel={onCancel}>
          <Button onClick={start}>Try again</Button>
        </FormActions>
      </div>
    );
  if (!setup)
    return (
      <p role="status" class="muted">
        Preparing…
      </p>
    );

  const codeError = error instanceof ApiError && error.code === 'invalid_two_factor_code' ? error.detail : undefined;
  const submit = (e: Event) => {
    e.preventDefault();
    void run(async () => setResult(await ok(api.POST('/api/me/two-factor/enable', { body: { code: code.trim() } }))));
  };
  return (
    <form class="stack" onSubmit={submit}>
      <p>Scan this QR code with an authenticator app (such as 1Password, Google Authenticator or Aegis), then enter the 6-digit code it shows.</p>
      <img class="qr-code" src={setup.qr_svg} alt="QR code for your authenticator app" width={180} height={180} />
      <p>
        Can't scan it? Type this key into the app instead:{' '}
        <code class="totp-secret" aria-label="Two-factor secret key">
          {setup.secret}
        </code>
      </p>
      <CodeField error={codeError} inputMode="numeric" pattern="[0-9 ]*" value={code} onValue={setCode} />
      <ErrorAlert error={codeError ? null : error} />
      <FormActions onCancel={onCancel}>
        <Button type="submit" variant="primary" disabled={busy}>
          {busy ? 'Checking…' : 'Turn on two-factor sign-in'}
        </Button>
      </FormActions>
    </form>
  );
}

/** The step's buttons, then Cancel when the step can be left. */
function FormActions({ onCancel, children }: { onCancel?: () => void; children: ComponentChildren }) {
  return (
    <div class="form-actions">
      {children}
      {onCancel && <Button onClick={onCancel}>Cancel</Button>}
    </div>
  );
}
