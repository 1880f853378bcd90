import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, type AuthStatus, type Me, type Session, api, onSessionEnded, setCsrfToken } from './api';
import { ErrorAlert } from './components/ErrorAlert';
import { Routes } from './Routes';
import { LoginPage } from './pages/LoginPage';
import { SetupPage } from './pages/SetupPage';
import { navigate } from './router';
import { SessionContext, type SessionState } from './session';

type Phase =
  | { name: 'loading' }
  | { name: 'setup' }
  | { name: 'signup' }
  | { name: 'login'; signup: boolean; notice?: string }
  | { name: 'ready'; session: SessionState }
  | { name: 'failed'; error: unknown };

/** Boots from /auth/status and /auth/session, then shows first-run setup, sign-in or the app. */
export function App() {
  const [phase, setPhase] = useState<Phase>({ name: 'loading' });
  const signupOpen = useRef(false);

  const toLogin = (notice?: string) => {
    setCsrfToken(null);
    setPhase({ name: 'login', signup: signupOpen.current, notice });
  };

  const signedIn = async (s: Session) => {
    setCsrfToken(s.csrf_token);
    const me = await api.get<Me>('/api/me');
    if (location.pathname === '/' || location.pathname === '/login') navigate('/contacts', { replace: true });
    setPhase({ name: 'ready', session: { ...s, permissions: new Set(me.permissions) } });
  };

  const boot = async () => {
    try {
      const status = await api.get<AuthStatus>('/auth/status');
      signupOpen.current = status.signup;
      if (status.needs_setup) return setPhase({ name: 'setup' });
      try {
        await signedIn(await api.get<Session>('/auth/session'));
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
    void boot();
    return () => onSessionEnded(null);
  }, []);

  const logout = async () => {
    try {
      await api.post('/auth/logout');
    } catch (err) {
      if (!(err instanceof ApiError && err.status === 401)) throw err;
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
            <button type="button" class="button" onClick={() => void boot()}>
              Try again
            </button>
          </div>
        </main>
      );
    case 'setup':
      return <SetupPage mode="setup" onSignedIn={afterAuth} />;
    case 'signup':
      return <SetupPage mode="signup" onSignedIn={afterAuth} onCancel={() => toLogin()} />;
    case 'login':
      return <LoginPage notice={phase.notice} onSignedIn={afterAuth} onSignup={phase.signup ? () => setPhase({ name: 'signup' }) : undefined} />;
    case 'ready':
      return (
        <SessionContext.Provider value={phase.session}>
          <Routes onLogout={() => void logout()} />
        </SessionContext.Provider>
      );
  }
}
