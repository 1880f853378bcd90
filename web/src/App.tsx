import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, type Session, api, ok, onReauthRequired, onSessionEnded, setCsrfToken } from './api';
import { ReauthDialog } from './components/ReauthDialog';
import { ErrorAlert } from './components/ErrorAlert';
import { Routes } from './Routes';
import { ForgotPasswordPage, ResetPasswordPage, VerifyEmailPage } from './pages/EmailLinkPages';
import { LoginPage } from './pages/LoginPage';
import { SetupPage } from './pages/SetupPage';
import { SignInStep } from './pages/SignInSteps';
import { navigate } from './router';
import { SessionContext, type SessionState } from './session';
import { Button } from './components/Button';

type Phase =
  | { name: 'loading' }
  | { name: 'setup' }
  | { name: 'signup' }
  | { name: 'login'; signup: boolean; notice?: string }
  | { name: 'forgot' }
  | { name: 'reset' }
  | { name: 'verify' }
  | { name: 'step'; session: Session }
  | { name: 'ready'; session: SessionState }
  | { name: 'failed'; error: unknown };

/** Boots from /auth/status and /auth/session, then shows first-run setup, sign-in or the app. */
export function App() {
  const [phase, setPhase] = useState<Phase>({ name: 'loading' });
  const signupOpen = useRef(false);
  /** The server sends email: "Forgot password?" is offered. */
  const emailOn = useRef(false);
  /** The open "Confirm it's you" prompt: how to answer the calls waiting on it. */
  const [reauth, setReauth] = useState<((confirmed: boolean) => void) | null>(null);

  const toLogin = (notice?: string) => {
    setCsrfToken(null);
    // Leaving an emailed link's page: its token is used up (or was not wanted).
    if (location.pathname === '/reset-password' || location.pathname === '/verify-email') navigate('/login', { replace: true });
    setPhase({ name: 'login', signup: signupOpen.current, notice });
  };

  const signedIn = async (s: Session) => {
    setCsrfToken(s.csrf_token);
    // Two-factor code, a new password or two-factor enrolment first: nothing else answers until then.
    if (s.pending) return setPhase({ name: 'step', session: s });
    const me = await ok(api.GET('/api/me'));
    if (['/', '/login', '/verify-email', '/reset-password'].includes(location.pathname)) navigate('/contacts', { replace: true });
    setPhase({ name: 'ready', session: { ...s, permissions: new Set(me.permissions) } });
  };

  const boot = async () => {
    try {
      const status = await ok(api.GET('/auth/status'));
      signupOpen.current = status.signup;
      emailOn.current = status.email;
      if (status.needs_setup) return setPhase({ name: 'setup' });
      // Emailed links: the token is in the fragment, read by the page.
      if (location.pathname === '/reset-password') return setPhase({ name: 'reset' });
      if (location.pathname === '/verify-email') return setPhase({ name: 'verify' });
      try {
        await signedIn(await ok(api.GET('/auth/session')));
      } catch (err) {
        if (err instanceof ApiError && err.status === 401) return toLogin();
        throw err;
      }
    } catch (error) {
      setPhase({ name: 'failed', error });
    }
  };

  useEffect(() => {
    onSessionEnded(() => toLogin('Your session has ended. Sign in again to continue.'));
    onReauthRequired(() => new Promise<boolean>((resolve) => setReauth(() => resolve)));
    void boot();
    return () => {
      onSessionEnded(null);
      onReauthRequired(null);
    };
  }, []);

  const logout = async () => {
    try {
      await ok(api.POST('/auth/logout'));
    } catch (err) {
      // Signed out already (401), or a sign-in still pending a step (403): either way the session is gone for us.
      if (!(err instanceof ApiError && (err.status === 401 || err.status === 403))) throw err;
    }
    navigate('/login');
    toLogin('You have been logged out.');
  };

  const afterAuth = (s: Session) => signedIn(s).catch((error) => setPhase({ name: 'failed', error }));

  switch (phase.name) {
    case 'loading':
      return (
        <p class="boot" role="status">
          Loading…
        </p>
      );
    case 'failed':
      return (
        <main class="auth" id="main">
          <div class="auth-card">
            <h1>Keyward is not reachable</h1>
            <ErrorAlert error={phase.error} />
            <Button onClick={() => void boot()}>Try again</Button>
          </div>
        </main>
      );
    case 'setup':
      return <SetupPage mode="setup" onSignedIn={afterAuth} />;
    case 'signup':
      return (
        <SetupPage
          mode="signup"
          onSignedIn={afterAuth}
          onVerificationSent={(email) =>
            toLogin(`We sent a link to ${email}. Open it within 24 hours to confirm your address and finish creating your workspace.`)
          }
          onCancel={() => toLogin()}
        />
      );
    case 'login':
      return (
        <LoginPage
          notice={phase.notice}
          onSignedIn={afterAuth}
          onSignup={phase.signup ? () => setPhase({ name: 'signup' }) : undefined}
          onForgot={emailOn.current ? () => setPhase({ name: 'forgot' }) : undefined}
        />
      );
    case 'forgot':
      return <ForgotPasswordPage onBack={() => toLogin()} />;
    case 'reset':
      return <ResetPasswordPage onDone={() => toLogin('Your password was changed. Sign in with it.')} onBack={() => toLogin()} />;
    case 'verify':
      return <VerifyEmailPage onSignedIn={(s) => afterAuth(s)} onBack={() => toLogin()} />;
    case 'step':
      return <SignInStep session={phase.session} onNext={afterAuth} onCancel={() => void logout()} />;
    case 'ready':
      return (
        <SessionContext.Provider value={phase.session}>
          <Routes onLogout={() => void logout()} />
          {reauth && (
            <ReauthDialog
              onDone={(confirmed) => {
                setReauth(null);
                reauth(confirmed);
              }}
            />
          )}
        </SessionContext.Provider>
      );
  }
}
