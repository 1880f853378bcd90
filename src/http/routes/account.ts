import type { FastifyReply } from 'fastify';
import type { Services } from '../../services.js';
import {
  CodeBody,
  DisableTwoFactorBody,
  PasswordChangeBody,
  PasswordChanged,
  ReauthBody,
  Reauthenticated,
  RecoveryCodes,
  SessionList,
  SessionsEnded,
  TwoFactorSetup,
  TwoFactorStatus,
} from '../schemas/account.js';
import { Session } from '../schemas/auth.js';
import { IdParams, NoContent, ref } from '../schemas/common.js';
import type { App } from '../types.js';
import { operations, principalOf, problemResponses } from '../types.js';
import { sessionBody } from './auth.js';

const pendingOf = (stage: string) => (stage === 'active' ? null : (stage as 'two_factor' | 'password_change' | 'two_factor_enrolment'));
/** Answers `body` with `Cache-Control: no-store`: a session, a two-factor secret or recovery codes are never cached. */
const unstored = <T>(reply: FastifyReply, body: T): T => {
  reply.header('cache-control', 'no-store');
  return body;
};
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

const authOp = operations('auth', {
  signInSecondFactor: {
    summary: 'Second sign-in step: the TOTP or a recovery code',
    description:
      'For a session whose sign-in answered pending: "two_factor". A wrong, reused or stale code answers 403 invalid_two_factor_code (limited like passwords, 429). Each recovery code works once. The answer may still be pending (a new password, or enrolment).',
  },
  signInAgain: {
    summary: 'Confirm the password (or a two-factor code) before a sensitive action',
    description: `Answer to 403 reauth_required: after this, sensitive actions succeed for REAUTH_WINDOW_MINUTES (default 10). A wrong password answers 403 wrong_password, a wrong code 403 invalid_two_factor_code; both are limited like sign-in (429).`,
  },
});
const op = operations('account', {
  updateMyPassword: {
    summary: 'Change your password; every other session of yours ends',
    description:
      'Needs the current password (403 wrong_password, limited like sign-in). At least 12 characters. After a reset (pending: "password_change") this is the one call the session may make.',
  },
  listMySessions: {
    summary: 'Your sessions: where, which browser, since when, last seen',
    description:
      'Every live session of yours, newest first: its address, browser (user agent), when it started and was last seen (to the minute), and which one is this. The id names a session for DELETE; it cannot open one.',
  },
  deleteMySession: {
    summary: 'End one of your sessions (signs that browser out)',
    description: 'Signs that browser out at once (server-side). 404 for a session that is not yours.',
  },
  deleteMyOtherSessions: {
    summary: 'End every session of yours but this one',
    description: 'Signs you out everywhere else; this session stays. Your API keys keep working.',
  },
  getTwoFactor: {
    summary: 'Whether two-factor sign-in is on, recovery codes left, and whether the workspace requires it',
    description: 'Also callable while the workspace policy forces enrolment (pending: two_factor_enrolment).',
  },
  setupTwoFactor: {
    summary: 'Start two-factor enrolment: a new TOTP secret, as otpauth URI and QR code',
    description: 'Nothing changes until /enable confirms a code. Needs a recent password check (403 reauth_required).',
  },
  createTwoFactor: {
    summary: 'Confirm enrolment with a first code; returns 10 recovery codes, this once',
    description:
      'Confirms POST /api/me/two-factor/setup with a code from the authenticator app (403 invalid_two_factor_code otherwise); from then on sign-in asks for a code. The answer holds 10 recovery codes, shown this once. Needs a recent password check (403 reauth_required).',
  },
  deleteTwoFactor: {
    summary: 'Turn two-factor sign-in off: the password and a code',
    description:
      'Needs both the current password (403 wrong_password) and a TOTP or recovery code (403 invalid_two_factor_code), and a recent password check (403 reauth_required); limited like sign-in.',
  },
  createRecoveryCodes: {
    summary: 'Ten new recovery codes (shown this once); the old ones stop working',
    description: 'Needs a recent password check (403 reauth_required); 409 two_factor_state when two-factor sign-in is off.',
  },
});

/**
 * One's own account from a browser session (API keys never reach these: `auth: 'session'`):
 * the second sign-in step, re-authentication, password, sessions and two-factor sign-in.
 */
export function accountRoutes(app: App, { sessions, accounts, twoFactor }: Services): void {
  const session = { auth: 'session' } as const;
  const common = problemResponses([400, 401, 403, 409, 429]);

  app.post(
    '/auth/login/two-factor',
    { schema: { ...authOp.signInSecondFactor, body: CodeBody, response: { 200: ref(Session), ...common } }, config: { ...session, stages: ['two_factor'] } },
    async (req, reply) => {
      const s = await sessions.completeTwoFactor(req.sessionId ?? '', req.body.code, { ip: req.ip, userAgent: req.headers['user-agent'] ?? null });
      return unstored(reply, sessionBody(s, req.ip));
    },
  );

  app.post(
    '/auth/reauth',
    { schema: { ...authOp.signInAgain, body: ReauthBody, response: { 200: ref(Reauthenticated), ...common } }, config: session },
    async (req) => {
      const b = req.body;
      const { until } = await sessions.reauthenticate(principalOf(req), 'password' in b ? { password: b.password } : { code: b.code });
      return { reauth_until: new Date(until).toISOString() };
    },
  );

  app.post(
    '/api/me/password',
    {
      schema: { ...op.updateMyPassword, body: PasswordChangeBody, response: { 200: ref(PasswordChanged), ...common } },
      config: { ...session, stages: ['password_change'] },
    },
    async (req) => {
      const r = await accounts.changePassword(principalOf(req), req.body.current_password, req.body.new_password);
      return { sessions_ended: r.sessionsEnded, pending: pendingOf(r.stage) };
    },
  );

  app.get(
    '/api/me/sessions',
    { schema: { ...op.listMySessions, response: { 200: ref(SessionList), ...problemResponses([401, 403, 429]) } }, config: session },
    async (req) => ({
      data: (await accounts.listSessions(principalOf(req))).map((s) => ({
        id: s.id,
        ip: s.ip,
        user_agent: s.userAgent,
        created_at: iso(s.createdAt)!,
        last_seen_at: iso(s.lastSeenAt),
        current: s.current,
      })),
    }),
  );

  app.delete(
    '/api/me/sessions/:id',
    { schema: { ...op.deleteMySession, params: IdParams, response: { 204: NoContent, ...problemResponses([401, 403, 404, 429]) } }, config: session },
    async (req, reply) => {
      await accounts.endSession(principalOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  );

  app.delete(
    '/api/me/sessions',
    { schema: { ...op.deleteMyOtherSessions, response: { 200: ref(SessionsEnded), ...problemResponses([401, 403, 429]) } }, config: session },
    async (req) => ({ sessions_ended: await accounts.endOtherSessions(principalOf(req)) }),
  );

  const enrol = { ...session, stages: ['two_factor_enrolment'] } as const;
  app.get(
    '/api/me/two-factor',
    { schema: { ...op.getTwoFactor, response: { 200: ref(TwoFactorStatus), ...problemResponses([401, 403, 429]) } }, config: enrol },
    async (req) => {
      const s = await twoFactor.status(principalOf(req));
      return { enabled: s.enabled, recovery_codes_left: s.recoveryCodesLeft, required: s.required };
    },
  );

  app.post(
    '/api/me/two-factor/setup',
    { schema: { ...op.setupTwoFactor, response: { 200: ref(TwoFactorSetup), ...common } }, config: enrol },
    async (req, reply) => {
      const s = await twoFactor.setup(principalOf(req));
      return unstored(reply, { secret: s.secret, otpauth_uri: s.uri, qr_svg: s.qrSvg });
    },
  );

  app.post(
    '/api/me/two-factor/enable',
    { schema: { ...op.createTwoFactor, body: CodeBody, response: { 200: ref(RecoveryCodes), ...common } }, config: enrol },
    async (req, reply) => {
      const r = await twoFactor.enable(principalOf(req), req.body.code);
      return unstored(reply, { recovery_codes: r.recoveryCodes, pending: pendingOf(r.stage) });
    },
  );

  app.post(
    '/api/me/two-factor/disable',
    { schema: { ...op.deleteTwoFactor, body: DisableTwoFactorBody, response: { 204: NoContent, ...common } }, config: session },
    async (req, reply) => {
      await twoFactor.disable(principalOf(req), req.body.password, req.body.code);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/me/two-factor/recovery-codes',
    { schema: { ...op.createRecoveryCodes, response: { 200: ref(RecoveryCodes), ...common } }, config: session },
    async (req, reply) => unstored(reply, { recovery_codes: await twoFactor.regenerateRecoveryCodes(principalOf(req)), pending: null }),
  );
}
