import type { UserPrincipal } from '../principal.js';
import type { SessionStage } from '../store/types.js';
import { NO_GRANTS } from './custom-permissions.js';
import { sessionPermissions } from './permissions.js';
import { type LiveSession, csrfMatches } from './session-service.js';

/** Methods that change nothing (RFC 9110 §9.2.1): a cross-site page can make them, but learns nothing by it. */
const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);

/** What a browser request presents for session authentication, read from it by the HTTP layer. */
export interface SessionRequest {
  /** The session cookie's value, if any. */
  readonly sessionId: string | undefined;
  /** The `X-CSRF-Token` header, if any. */
  readonly csrfToken: string | undefined;
  readonly method: string;
  /** Whether the route also takes an API key: a request with neither is then told to send one. */
  readonly keyAccepted: boolean;
  /** Sign-in stages besides `active` the route may be called in (finishing the sign-in). */
  readonly stages: readonly SessionStage[];
  readonly ip: string;
  readonly userAgent: string | null;
}

/** Why a request is not authenticated by its session; `detail` is what the caller is told. */
export type SessionRefusal = {
  readonly ok: false;
  readonly code: 'unauthenticated' | 'missing_api_key' | 'csrf_failed' | 'two_factor_required' | 'password_change_required' | 'two_factor_enrolment_required';
  readonly detail: string;
};

export type SessionAuthentication = { readonly ok: true; readonly principal: UserPrincipal; readonly sessionId: string } | SessionRefusal;

/** What a half signed-in session is told when it calls anything but the next step of its sign-in. */
const STAGE_REFUSAL: Record<Exclude<SessionStage, 'active'>, SessionRefusal> = {
  two_factor: { ok: false, code: 'two_factor_required', detail: 'Finish signing in: send your two-factor code to POST /auth/login/two-factor' },
  password_change: { ok: false, code: 'password_change_required', detail: 'Your password was reset: choose a new one with POST /api/me/password first' },
  two_factor_enrolment: {
    ok: false,
    code: 'two_factor_enrolment_required',
    detail: 'This workspace requires two-factor sign-in: set it up under /api/me/two-factor first',
  },
};

/**
 * Authenticates a request by its session: the live session for its cookie, then the CSRF token (any
 * method but a safe one must echo the session's token, so a cross-site form cannot act with the
 * cookie), then the sign-in stage. Returns the principal or why not; the HTTP layer only translates.
 */
export async function authenticateSession(
  sessions: { resolve(sessionId: string): Promise<LiveSession | undefined> },
  r: SessionRequest,
): Promise<SessionAuthentication> {
  const live = r.sessionId ? await sessions.resolve(r.sessionId) : undefined;
  if (!live || r.sessionId === undefined) {
    if (!r.keyAccepted || r.sessionId) return { ok: false, code: 'unauthenticated', detail: 'Sign in first (your session has ended or does not exist)' };
    return { ok: false, code: 'missing_api_key', detail: 'Send your API key in the X-API-Key header, or sign in' };
  }
  if (!SAFE_METHODS.has(r.method) && !csrfMatches(r.csrfToken, live.session.csrfToken)) {
    return { ok: false, code: 'csrf_failed', detail: 'Missing or invalid X-CSRF-Token header' };
  }
  const stage = live.session.stage;
  if (stage !== 'active' && !r.stages.includes(stage)) return STAGE_REFUSAL[stage];
  const grants = live.workspace.customPermissions ?? NO_GRANTS;
  const principal: UserPrincipal = {
    via: 'session',
    user: live.user,
    workspace: { id: live.workspace.id, name: live.workspace.name, customPermissions: grants },
    permissions: sessionPermissions(live.user.role, grants),
    ip: r.ip,
    userAgent: r.userAgent,
    session: { idHash: live.session.idHash, recentAuth: live.recentAuth },
  };
  return { ok: true, principal, sessionId: r.sessionId };
}
