import { describe, expect, it } from 'vitest';
import type { Session, SessionStage, User, Workspace } from '../../src/store/types.js';
import { type SessionRequest, authenticateSession } from '../../src/users/session-authentication.js';
import type { LiveSession } from '../../src/users/session-service.js';

const user: User = { id: 'usr_1', workspaceId: 'wks_1', email: 'a@example.test', name: 'A', role: 'member', disabled: false, createdAt: 0 };
const workspace: Workspace = { id: 'wks_1', name: 'W', createdAt: 0, maxKeyLifetimeDays: 366, requireKeyExpiry: false };

/** A session store that knows one cookie value, `sid`, in the given stage. */
function sessions(stage: SessionStage = 'active') {
  const session: Session = {
    idHash: 'hash',
    userId: user.id,
    workspaceId: workspace.id,
    csrfToken: 'token',
    createdAt: 0,
    expiresAt: 1,
    stage,
    ip: null,
    userAgent: null,
    lastSeenAt: null,
    reauthAt: null,
  };
  return { resolve: async (id: string): Promise<LiveSession | undefined> => (id === 'sid' ? { session, user, workspace, recentAuth: true } : undefined) };
}

const aRequest = (r: Partial<SessionRequest> = {}): SessionRequest => ({
  sessionId: 'sid',
  csrfToken: undefined,
  method: 'GET',
  keyAccepted: true,
  stages: [],
  ip: '192.0.2.1',
  userAgent: null,
  ...r,
});

describe('authenticateSession', () => {
  it('gives the session user’s principal, with the session’s id', async () => {
    const r = await authenticateSession(sessions(), aRequest());
    expect(r.ok && r.sessionId).toBe('sid');
    expect(r.ok && r.principal).toMatchObject({ via: 'session', user, workspace: { id: 'wks_1', name: 'W' }, session: { idHash: 'hash', recentAuth: true } });
    expect(r.ok && [...r.principal.permissions]).toEqual(['contacts:read', 'contacts:write', 'keys:own']);
  });

  it('asks for a key where one is accepted and nothing was sent; otherwise to sign in', async () => {
    expect(await authenticateSession(sessions(), aRequest({ sessionId: undefined }))).toMatchObject({ ok: false, code: 'missing_api_key' });
    expect(await authenticateSession(sessions(), aRequest({ sessionId: undefined, keyAccepted: false }))).toMatchObject({ ok: false, code: 'unauthenticated' });
    expect(await authenticateSession(sessions(), aRequest({ sessionId: 'ended' }))).toMatchObject({ ok: false, code: 'unauthenticated' });
  });

  it('needs the CSRF token on every method but GET, HEAD and OPTIONS', async () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS']) expect((await authenticateSession(sessions(), aRequest({ method }))).ok).toBe(true);
    for (const method of ['POST', 'PATCH', 'DELETE', 'PUT']) {
      expect(await authenticateSession(sessions(), aRequest({ method }))).toMatchObject({ ok: false, code: 'csrf_failed' });
      expect(await authenticateSession(sessions(), aRequest({ method, csrfToken: 'other' }))).toMatchObject({ ok: false, code: 'csrf_failed' });
      expect((await authenticateSession(sessions(), aRequest({ method, csrfToken: 'token' }))).ok).toBe(true);
    }
  });

  it('lets a half signed-in session call only the routes that finish its sign-in', async () => {
    expect(await authenticateSession(sessions('two_factor'), aRequest())).toMatchObject({ ok: false, code: 'two_factor_required' });
    expect(await authenticateSession(sessions('password_change'), aRequest())).toMatchObject({ ok: false, code: 'password_change_required' });
    expect(await authenticateSession(sessions('two_factor_enrolment'), aRequest())).toMatchObject({ ok: false, code: 'two_factor_enrolment_required' });
    expect((await authenticateSession(sessions('two_factor'), aRequest({ stages: ['two_factor'] }))).ok).toBe(true);
  });
});
