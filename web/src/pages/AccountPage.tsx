import { useEffect, useState } from 'preact/hooks';
import { ApiError, type SessionInfo, api, ok } from '../api';
import { Button } from '../components/Button';
import { Dialog, DialogSubmit } from '../components/Dialog';
import { ErrorAlert } from '../components/ErrorAlert';
import { CodeField, PasswordField } from '../components/Field';
import { RecoveryCodesView } from '../components/RecoveryCodesView';
import { Time } from '../components/Time';
import { useAction, useLoad, useTitle } from '../hooks';
import { PasswordForm } from './SignInSteps';
import { TwoFactorEnrol } from './TwoFactorEnrol';
import '../styles/account.css';
import { PageHeader } from '../components/PageHeader';

/** Settings → Account: your password, two-factor sign-in and the sessions signed in as you. */
export function AccountPage() {
  useTitle('Account');
  const [sessionsVersion, setSessionsVersion] = useState(0);
  return (
    <section>
      <PageHeader eyebrow="Settings" title="Account">
        Your password, two-factor sign-in and where you are signed in.
      </PageHeader>
      <div class="account-sections">
        <PasswordSection onChanged={() => setSessionsVersion((v) => v + 1)} />
        <TwoFactorSection />
        <SessionsSection version={sessionsVersion} />
      </div>
    </section>
  );
}

function PasswordSection({ onChanged }: { onChanged: () => void }) {
  const [status, setStatus] = useState('');
  return (
    <section class="account-section" aria-labelledby="account-password">
      <h2 id="account-password">Password</h2>
      <PasswordForm
        onChanged={(r) => {
          const n = r.sessions_ended;
          setStatus(`Password changed; ${n} other ${n === 1 ? 'session was' : 'sessions were'} signed out.`);
          onChanged();
        }}
      />
      <p role="status" class="account-status">
        {status}
      </p>
    </section>
  );
}

function TwoFactorSection() {
  const twoFactor = useLoad(() => ok(api.GET('/api/me/two-factor')), []);
  const { data: status, error } = twoFactor;
  const [mode, setMode] = useState<'idle' | 'enrol' | 'disable'>('idle');
  const [codes, setCodes] = useState<string[] | null>(null);
  const [notice, setNotice] = useState('');
  const regen = useAction();
  const load = twoFactor.reload;

  const newCodes = () =>
    void regen.run(async () => {
      setNotice('');
      const r = await ok(api.POST('/api/me/two-factor/recovery-codes'));
      setCodes(r.recovery_codes);
    });

  return (
    <section class="account-section" aria-labelledby="account-2fa">
      <h2 id="account-2fa">Two-factor sign-in</h2>
      <ErrorAlert error={error} />
      {status && mode !== 'enrol' && !codes && (
        <>
          <p>
            {status.enabled ? (
              <>
                <strong>On.</strong> Signing in asks for a code from your authenticator app. {status.recovery_codes_left} recovery{' '}
                {status.recovery_codes_left === 1 ? 'code' : 'codes'} left.
              </>
            ) : (
              <>
                <strong>Off.</strong> Add a code from an authenticator app to your password, so a stolen password alone does not open your account.
              </>
            )}
          </p>
          {status.required && <p class="muted">Your workspace requires two-factor sign-in for your role.</p>}
          <ErrorAlert error={regen.error} />
          <div class="form-actions">
            {status.enabled ? (
              <>
                <Button onClick={newCodes} disabled={regen.busy}>
                  New recovery codes
                </Button>
                {!status.required && (
                  <Button variant="danger" onClick={() => setMode('disable')}>
                    Turn off
                  </Button>
                )}
              </>
            ) : (
              <Button variant="primary" onClick={() => setMode('enrol')}>
                Turn on two-factor sign-in
              </Button>
            )}
          </div>
        </>
      )}
      {mode === 'enrol' && (
        <TwoFactorEnrol
          onCancel={() => setMode('idle')}
          onDone={() => {
            setMode('idle');
            setNotice('Two-factor sign-in is on.');
            void load();
          }}
        />
      )}
      {codes && (
        <RecoveryCodesView
          codes={codes}
          onSaved={() => {
            setCodes(null);
            setNotice('New recovery codes saved; the old ones no longer work.');
            void load();
          }}
        />
      )}
      <p role="status" class="account-status">
        {notice}
      </p>
      {mode === 'disable' && (
        <DisableDialog
          onClose={() => setMode('idle')}
          onDisabled={() => {
            setNotice('Two-factor sign-in is off.');
            void load();
          }}
        />
      )}
    </section>
  );
}

function DisableDialog({ onClose, onDisabled }: { onClose: () => void; onDisabled: () => void }) {
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const { busy, error, run } = useAction();
  const wrongPassword = error instanceof ApiError && error.code === 'wrong_password' ? error.detail : undefined;
  const wrongCode = error instanceof ApiError && error.code === 'invalid_two_factor_code' ? error.detail : undefined;
  const submit = (e: Event) => {
    e.preventDefault();
    void run(async () => {
      await ok(api.POST('/api/me/two-factor/disable', { body: { password, code: code.trim() } }));
      onDisabled();
      onClose();
    });
  };
  return (
    <Dialog title="Turn off two-factor sign-in" onClose={onClose}>
      <form class="stack" onSubmit={submit}>
        <p class="muted">Signing in will ask only for your password. Your recovery codes stop working.</p>
        <PasswordField label="Password" autoComplete="current-password" error={wrongPassword} value={password} onValue={setPassword} autoFocus />
        <CodeField error={wrongCode} value={code} onValue={setCode} />
        <DialogSubmit error={wrongPassword || wrongCode ? null : error} disabled={busy} variant="danger">
          {busy ? 'Turning off…' : 'Turn off'}
        </DialogSubmit>
      </form>
    </Dialog>
  );
}

function SessionsSection({ version }: { version: number }) {
  const [sessions, setSessions] = useState<SessionInfo[] | null>(null);
  const [status, setStatus] = useState('');
  const { busy, error, run } = useAction();
  const load = () => ok(api.GET('/api/me/sessions')).then((r) => setSessions(r.data));
  useEffect(() => void run(load), [version]);

  const endOne = (s: SessionInfo) =>
    void run(async () => {
      await ok(api.DELETE('/api/me/sessions/{id}', { params: { path: { id: s.id } } }));
      setStatus('Signed out that session.');
      await load();
    });
  const endOthers = () =>
    void run(async () => {
      const n = (await ok(api.DELETE('/api/me/sessions'))).sessions_ended;
      setStatus(`Signed out ${n} other ${n === 1 ? 'session' : 'sessions'}.`);
      await load();
    });
  const others = sessions?.filter((s) => !s.current).length ?? 0;

  return (
    <section class="account-section" aria-labelledby="account-sessions">
      <h2 id="account-sessions">Sessions</h2>
      <p class="muted">Browsers signed in as you. Sign out any you don't recognise, then change your password.</p>
      <ErrorAlert error={error} />
      <ul class="session-list">
        {sessions?.map((s) => (
          <li key={s.id} class="session-item">
            <div>
              <p class="session-agent">
                {describeAgent(s.user_agent)} {s.current && <span class="badge badge-green">This browser</span>}
              </p>
              <p class="muted session-meta">
                {s.ip ?? 'Unknown address'} · signed in <Time iso={s.created_at} relative />
                {s.last_seen_at && (
                  <>
                    {' · '}last active <Time iso={s.last_seen_at} relative />
                  </>
                )}
              </p>
            </div>
            {!s.current && (
              <Button small disabled={busy} onClick={() => endOne(s)} aria-label={`Sign out ${describeAgent(s.user_agent)} from ${s.ip ?? 'unknown address'}`}>
                Sign out
              </Button>
            )}
          </li>
        ))}
      </ul>
      <div class="form-actions">
        <Button variant="danger" disabled={busy || others === 0} onClick={endOthers}>
          Sign out all other sessions
        </Button>
      </div>
      <p role="status" class="account-status">
        {status}
      </p>
    </section>
  );
}

/** "Chrome on macOS" from a user agent, or the raw string when it is unusual. */
function describeAgent(ua: string | null): string {
  if (!ua) return 'Unknown browser';
  const browser = /Edg\//.test(ua)
    ? 'Edge'
    : /Firefox\//.test(ua)
      ? 'Firefox'
      : /Chrome\//.test(ua)
        ? 'Chrome'
        : /Safari\//.test(ua)
          ? 'Safari'
          : /curl\//.test(ua)
            ? 'curl'
            : null;
  const os = /iPhone|iPad/.test(ua)
    ? 'iOS'
    : /Android/.test(ua)
      ? 'Android'
      : /Mac OS X/.test(ua)
        ? 'macOS'
        : /Windows/.test(ua)
          ? 'Windows'
          : /Linux/.test(ua)
            ? 'Linux'
            : null;
  if (!browser) return ua.length > 60 ? `${ua.slice(0, 57)}…` : ua;
  return os ? `${browser} on ${os}` : browser;
}
