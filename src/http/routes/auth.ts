import type { FastifyReply, FastifyRequest } from 'fastify';
import { fail, rateLimited } from '../../errors.js';
import type { SignedIn } from '../../users/session-service.js';
import { SESSION_COOKIE, sessionCookieOf } from '../auth-hook.js';
import type { Services } from '../../services.js';
import { AuthStatus, LoginBody, ResetCompleteBody, ResetRequestBody, Session, SetupBody, SignupPending, VerifyEmailBody } from '../schemas/auth.js';
import { NoContent, ref } from '../schemas/common.js';
import type { App } from '../types.js';
import { operations, problemResponses } from '../types.js';

/** `clientIp`: the caller's address as the server sees it (TRUST_PROXY applied), e.g. for the allowlist editor's lock-out warning. */
export const sessionBody = (s: Pick<SignedIn, 'user' | 'workspace' | 'session'>, clientIp: string) => ({
  user: { id: s.user.id, email: s.user.email, name: s.user.name, role: s.user.role },
  workspace: { id: s.workspace.id, name: s.workspace.name },
  csrf_token: s.session.csrfToken,
  client_ip: clientIp,
  pending: s.session.stage === 'active' ? null : s.session.stage,
});

/**
 * `__Host-` cookie: Secure, Path=/, no Domain; browsers accept Secure cookies on http://localhost.
 * HttpOnly and SameSite=Lax so scripts cannot read it and cross-site POSTs do not carry it.
 */
function setSessionCookie(reply: FastifyReply, s: SignedIn, ttlMs: number): void {
  reply.setCookie(SESSION_COOKIE, s.sessionId, { path: '/', secure: true, httpOnly: true, sameSite: 'lax', maxAge: Math.floor(ttlMs / 1000) });
  reply.header('cache-control', 'no-store');
}

const op = operations('auth', {
  setupWorkspace: {
    summary: 'First run: create the workspace and its owner',
    description:
      'Only while no user exists (see GET /auth/status): creates the first workspace and its owner, and signs in (sets the session cookie). Answers 409 already_set_up afterwards.',
  },
  signUp: {
    summary: 'Create a new workspace with its owner (only with ALLOW_SIGNUP; SIGNUP_PER_HOUR per address)',
    description:
      'Creates a workspace with its owner. Without SMTP_URL it signs in at once (200). With SMTP_URL the address is confirmed first (202): a link valid 24 hours is emailed, and nothing else is sent to the address nor anyone signed in until POST /auth/verify-email; 502 email_not_sent (nothing created) when the SMTP server does not take it. Refused with 403 signup_disabled unless the server runs with ALLOW_SIGNUP; at most SIGNUP_PER_HOUR sign-ups an hour from one address.',
  },
  signIn: {
    summary: 'Sign in with email and password',
    description:
      'Sets the __Host-keyward_session cookie and returns the CSRF token to send as X-CSRF-Token on state-changing calls. A wrong email and a wrong password get the same 401 invalid_credentials; repeated failures are limited per address and per account (429). When `pending` is not null the session can only finish signing in: send the two-factor code (POST /auth/login/two-factor), choose a new password after a reset (POST /api/me/password), or enrol in two-factor sign-in when the workspace requires it (/api/me/two-factor/…); any other call answers 403 with two_factor_required, password_change_required or two_factor_enrolment_required.',
  },
  getSession: {
    summary: 'The signed-in user, workspace and CSRF token',
    description: "For the browser app: the session cookie's user and workspace, and its CSRF token. 401 unauthenticated without a live session.",
  },
  getAuthStatus: {
    summary: 'Whether first-run setup is still needed, and whether sign-up is open',
    description: 'Public: tells a sign-in page whether to offer first-run setup and sign-up.',
  },
  createEmailVerification: {
    summary: "Confirm a sign-up's email address and sign in",
    description:
      'Opens the link a sign-up emailed (the token after #token=): the address is confirmed, and this browser is signed in. The link works once, for 24 hours (400 invalid_link otherwise; signing in with the password sends a new one).',
  },
  createPasswordResetLink: {
    summary: 'Forgot password: email a reset link',
    description:
      'Forgot password: emails a one-time link (1 hour) to choose a new password to every account of this address that can sign in. Answers 204 whether or not the address is known (and in the same time: the email leaves in the background). At most 10 requests an hour from one address (429) and 3 links an hour to one address; 409 email_not_configured on a server without SMTP_URL (ask an admin, or the operator: keyward users reset-password).',
  },
  updatePasswordWithLink: {
    summary: 'Choose a new password with an emailed link',
    description:
      'Chooses a new password with an emailed reset link (the token after #token=). The link works once, for 1 hour (400 invalid_link otherwise). Every session of the user ends; sign in with the new password (and a two-factor code, if on). Audited as user.password_changed; the user is told by email.',
  },
  signOut: { summary: 'End the session (server-side)', description: 'Ends the session on the server and clears the cookie. Needs the X-CSRF-Token header.' },
});

export function authRoutes(app: App, deps: Services): void {
  const signupRule = [{ name: 'signup', limit: deps.config.signupPerHour, windowMs: 3_600_000 }];
  const ctx = (req: { ip: string; headers: Record<string, unknown> }) => ({ ip: req.ip, userAgent: (req.headers['user-agent'] as string) ?? null });

  /** Setup (first run only) and sign-up (ALLOW_SIGNUP) both create a workspace with its owner and sign in. */
  const newWorkspace = (first: boolean) => async (req: FastifyRequest<{ Body: SetupBody }>, reply: FastifyReply) => {
    const c = ctx(req);
    if (!first) {
      if (!deps.config.allowSignup) fail('signup_disabled', 'Sign-up is disabled on this server; ask an admin to add you');
      const gate = await deps.abuseLimiter.hit(`signup:${c.ip}`, signupRule);
      if (!gate.allowed) rateLimited('signup', 'Too many sign-ups from this address; try again later', gate.retryAfterMs);
    }
    const b = req.body;
    const account = { workspaceName: b.workspace_name, email: b.email, name: b.name, password: b.password };
    if (!first && deps.accountMail.enabled) {
      // The address is confirmed before anything else: nobody is signed in until the emailed link is opened.
      const { user } = await deps.users.createWorkspace(account, c, { verifyBy: deps.accountMail });
      return reply.code(202).send({ verification_sent_to: user.email });
    }
    const { user } = first ? await deps.users.setup(account, c) : await deps.users.createWorkspace(account, c);
    const s = await deps.sessions.open(user, c);
    setSessionCookie(reply, s, deps.config.sessionTtlMs);
    return sessionBody(s, req.ip);
  };

  app.post(
    '/auth/setup',
    {
      schema: { ...op.setupWorkspace, body: SetupBody, response: { 200: ref(Session), ...problemResponses([400, 409]) } },
      config: { auth: 'none', sessionCookie: 'set' },
    },
    newWorkspace(true),
  );

  app.post(
    '/auth/signup',
    {
      schema: { ...op.signUp, body: SetupBody, response: { 200: ref(Session), 202: ref(SignupPending), ...problemResponses([400, 403, 409, 429, 502]) } },
      config: { auth: 'none', sessionCookie: 'set' },
    },
    newWorkspace(false),
  );

  app.post(
    '/auth/login',
    {
      schema: { ...op.signIn, body: LoginBody, response: { 200: ref(Session), ...problemResponses([400, 401, 403, 409, 429]) } },
      config: { auth: 'none', sessionCookie: 'set' },
    },
    async (req, reply) => {
      const s = await deps.sessions.login(req.body.email, req.body.password, ctx(req), req.body.workspace_id);
      // A sign-in replaces the session this browser presented: it ends server-side, not just in the cookie jar.
      const prior = sessionCookieOf(req);
      if (prior) await deps.sessions.logout(prior, ctx(req));
      setSessionCookie(reply, s, deps.config.sessionTtlMs);
      return sessionBody(s, req.ip);
    },
  );

  app.get(
    '/auth/session',
    { schema: { ...op.getSession, response: { 200: ref(Session), ...problemResponses([401]) } }, config: { auth: 'none' } },
    async (req, reply) => {
      const sid = sessionCookieOf(req);
      const live = sid ? await deps.sessions.resolve(sid) : undefined;
      if (!live) return fail('unauthenticated', 'Not signed in');
      reply.header('cache-control', 'no-store');
      return sessionBody(live, req.ip);
    },
  );

  app.get('/auth/status', { schema: { ...op.getAuthStatus, response: { 200: ref(AuthStatus) } }, config: { auth: 'none' } }, async () => ({
    needs_setup: (await deps.store.users.countAll()) === 0,
    signup: deps.config.allowSignup,
    email: deps.accountMail.enabled,
  }));

  app.post(
    '/auth/verify-email',
    {
      schema: { ...op.createEmailVerification, body: VerifyEmailBody, response: { 200: ref(Session), ...problemResponses([400]) } },
      config: { auth: 'none', sessionCookie: 'set' },
    },
    async (req, reply) => {
      const c = ctx(req);
      const user = await deps.accounts.confirmEmail(req.body.token, c);
      const s = await deps.sessions.open(user, c, await deps.sessions.stageFor(user, { secondFactorDone: false }));
      setSessionCookie(reply, s, deps.config.sessionTtlMs);
      return sessionBody(s, req.ip);
    },
  );

  app.post(
    '/auth/password-reset/request',
    {
      schema: { ...op.createPasswordResetLink, body: ResetRequestBody, response: { 204: NoContent, ...problemResponses([400, 409, 429]) } },
      config: { auth: 'none' },
    },
    async (req, reply) => {
      await deps.accounts.requestPasswordReset(req.body.email, ctx(req), (err) =>
        req.log.warn({ err: { message: (err as Error).message } }, 'password reset email not sent'),
      );
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/auth/password-reset',
    { schema: { ...op.updatePasswordWithLink, body: ResetCompleteBody, response: { 204: NoContent, ...problemResponses([400]) } }, config: { auth: 'none' } },
    async (req, reply) => {
      await deps.accounts.completePasswordReset(req.body.token, req.body.new_password, ctx(req));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/auth/logout',
    { schema: { ...op.signOut, response: { 204: NoContent, ...problemResponses([401, 403]) } }, config: { auth: 'session', sessionCookie: 'clear' } },
    async (req, reply) => {
      if (req.sessionId) await deps.sessions.logout(req.sessionId, ctx(req));
      reply.clearCookie(SESSION_COOKIE, { path: '/', secure: true, httpOnly: true, sameSite: 'lax' });
      return reply.code(204).send(null);
    },
  );
}
