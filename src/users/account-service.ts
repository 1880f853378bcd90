import { AuditedService, type ServiceCore } from '../audited-service.js';
import { createHash } from 'node:crypto';
import { entryBy, entryOfOwn } from '../audit/audit-service.js';
import { iso } from '../dates.js';
import { fail, rateLimited } from '../errors.js';
import { randomBase62 } from '../keys/key-format.js';
import type { Principal } from '../principal.js';
import type { KeyEvents } from '../notifications/key-events.js';
import type { RequestContext } from '../principal.js';
import type { RateLimiter } from '../ratelimit/limiter.js';
import type { Repos, Session, SessionStage, User } from '../store/types.js';
import type { AccountMail } from './account-mail.js';
import { hashPassword } from './password.js';
import { enforce } from './permissions.js';
import { normaliseEmail } from './user-service.js';
import type { Proofs } from './proofs.js';
import type { SessionService } from './session-service.js';

/** A session as its user sees it: never its cookie value nor the hash it is stored under. */
export interface SessionView {
  id: string;
  ip: string | null;
  userAgent: string | null;
  createdAt: number;
  lastSeenAt: number | null;
  current: boolean;
}

/** The public id of a session: derived from its stored hash, so it can name a session but never open one. */
export const sessionPublicId = (idHash: string) => `ses_${createHash('sha256').update(`session-id:${idHash}`).digest('hex').slice(0, 24)}`;

/** Passwords and sessions: one's own, and those of the users one manages. */
export class AccountService extends AuditedService {
  constructor(
    core: ServiceCore,
    private readonly proofs: Proofs,
    private readonly sessions: SessionService,
    private readonly events: KeyEvents,
    private readonly mail: AccountMail,
    private readonly options: { scryptLogN: number; limiter: RateLimiter },
  ) {
    super(core);
  }

  /**
   * Changes one's own password: the current one is required (limited like sign-in); every other session
   * of the user ends, this one stays (and, when it was waiting for a new password, moves on).
   */
  async changePassword(p: Principal, current: string, next: string): Promise<{ sessionsEnded: number; stage: SessionStage }> {
    enforce(p, { type: 'account.own' });
    const { user, session } = mine(p);
    if (!(await this.proofs.password(user.id, current, p.ip))) fail('wrong_password', 'The current password is not correct');
    const passwordHash = await hashPassword(next, this.options.scryptLogN);
    const sessionsEnded = await this.store.transaction(async (tx) => {
      await tx.accounts.setPassword(user.id, passwordHash, false);
      const ended = await tx.sessions.deleteOthers(user.id, session.idHash);
      await this.audit.record(tx, entryBy(p, 'user.password_changed', { type: 'user', id: user.id }, { sessions_ended: ended }));
      await this.noticePasswordChanged(tx, user, p.ip);
      return ended;
    });
    return { sessionsEnded, stage: await this.sessions.advance(session.idHash, user) };
  }

  /** The in-app and email notice that a password changed (the email only with SMTP, to a verified address). */
  private noticePasswordChanged(tx: Repos, user: User, ip: string | null) {
    const now = this.clock.now();
    return this.events.recordAccount(tx, { type: 'account.password_changed', user, threshold: `${now} ${randomBase62(6)}`, extra: { at: iso(now), ip } });
  }

  /**
   * Sets a temporary password for a user the caller manages (an owner's only by an owner or the operator),
   * ends all their sessions, and makes them choose a new password at their next sign-in. The temporary
   * password is returned this once. The operator may also turn the user's two-factor sign-in off (a lost
   * authenticator), nobody else.
   */
  async resetPassword(p: Principal, userId: string, o: { resetTwoFactor?: boolean } = {}): Promise<{ user: User; temporaryPassword: string }> {
    enforce(p, { type: 'users.update' });
    if (o.resetTwoFactor && p.via !== 'cli')
      fail('insufficient_permission', 'Only the operator (keyward users reset-password) turns off another user’s two-factor sign-in');
    const temporaryPassword = randomBase62(20);
    const passwordHash = await hashPassword(temporaryPassword, this.options.scryptLogN);
    const user = await this.store.transaction(async (tx) => {
      const target = (await tx.users.get(p.workspace.id, userId)) ?? fail('not_found', 'No such user');
      enforce(p, { type: 'user.reset_password', target });
      await this.reset(tx, p, target, passwordHash, { two_factor_reset: o.resetTwoFactor === true, method: 'temporary_password' });
      if (o.resetTwoFactor) await tx.accounts.disableTotp(target.id);
      return target;
    });
    return { user, temporaryPassword };
  }

  /**
   * The same reset, by email (SMTP configured): the old password stops working and every session ends as
   * soon as the SMTP server has taken a one-time link (1 hour) to choose a new one; if it does not take it,
   * nothing changes (502 email_not_sent).
   */
  async resetPasswordByEmail(p: Principal, userId: string): Promise<User> {
    enforce(p, { type: 'users.update' });
    const target = (await this.store.users.get(p.workspace.id, userId)) ?? fail('not_found', 'No such user');
    enforce(p, { type: 'user.reset_password', target });
    // Nobody knows this password: the link is the only way back in.
    const unusable = await hashPassword(randomBase62(40), this.options.scryptLogN);
    await this.mail.sendLink(target, 'password_reset', {
      byAdmin: true,
      alsoDo: async (tx) => {
        const now = (await tx.users.get(p.workspace.id, userId)) ?? fail('not_found', 'No such user');
        enforce(p, { type: 'user.reset_password', target: now });
        await this.reset(tx, p, now, unusable, { method: 'email_link' });
      },
    });
    return target;
  }

  private async reset(tx: Repos, p: Principal, target: User, passwordHash: string, details: Record<string, unknown>): Promise<void> {
    await tx.accounts.setPassword(target.id, passwordHash, true);
    const ended = await tx.sessions.deleteOthers(target.id, null);
    await this.audit.record(tx, entryBy(p, 'user.password_reset', { type: 'user', id: target.id }, { sessions_ended: ended, ...details }));
  }

  /**
   * "Forgot password?" (SMTP configured): emails a reset link to every account of this address that can
   * sign in. Answers the same whether or not the address is known, and sends in the background so the
   * time taken tells nothing either; at most 10 requests an hour from one address, 3 links an hour to one.
   */
  async requestPasswordReset(emailRaw: string, ctx: RequestContext, onError: (err: unknown) => void): Promise<void> {
    if (!this.mail.enabled) fail('email_not_configured', 'This server sends no email: ask an admin of your workspace to reset your password');
    const gate = await this.options.limiter.hit(`reset-request:${ctx.ip}`, [{ name: 'reset_requests', limit: 10, windowMs: 3_600_000 }]);
    if (!gate.allowed) rateLimited('reset_requests', 'Too many reset requests from this address; try again later', gate.retryAfterMs);
    const users = (await this.store.users.findByEmail(normaliseEmail(emailRaw))).filter((u) => !u.disabled);
    void (async () => {
      for (const { passwordHash: _, ...u } of users) {
        if (!(await this.store.accounts.secrets(u.id))?.emailVerified) continue;
        await this.mail.sendLink(u, 'password_reset').catch(onError);
      }
    })().catch(onError);
  }

  /**
   * Chooses a new password through an emailed link: the link works once; every session of the user ends
   * (they sign in with the new password, and their two-factor code if they have one). Audited as
   * `user.password_changed` by the user, and noticed like any password change.
   */
  async completePasswordReset(token: string, next: string, ctx: RequestContext): Promise<void> {
    const passwordHash = await hashPassword(next, this.options.scryptLogN);
    await this.store.transaction(async (tx) => {
      const user = await this.mail.use(tx, token, 'password_reset');
      await tx.accounts.setPassword(user.id, passwordHash, false);
      const ended = await tx.sessions.deleteOthers(user.id, null);
      await this.audit.record(tx, entryOfOwn(user, 'user.password_changed', ctx, { sessions_ended: ended, via: 'email_link' }));
      await this.noticePasswordChanged(tx, user, ctx.ip);
    });
  }

  /** Opens an emailed address-confirmation link: the sign-up's owner may sign in from now on. Audited as `user.email_verified`. */
  async confirmEmail(token: string, ctx: RequestContext): Promise<User> {
    return this.store.transaction(async (tx) => {
      const user = await this.mail.use(tx, token, 'email_verification');
      await tx.accounts.setEmailVerified(user.id, true);
      await this.audit.record(tx, entryOfOwn(user, 'user.email_verified', ctx, { email: user.email }));
      return user;
    });
  }

  /** One's own sessions, newest first, the current one marked. */
  async listSessions(p: Principal): Promise<SessionView[]> {
    enforce(p, { type: 'account.own' });
    const { user, session } = mine(p);
    const now = this.clock.now();
    const all = await this.store.sessions.listForUser(user.id);
    return all.filter((s) => s.expiresAt > now).map((s) => viewOf(s, session.idHash));
  }

  /** Ends one of one's own sessions by its public id (404 for anyone else's). */
  async endSession(p: Principal, id: string): Promise<void> {
    enforce(p, { type: 'account.own' });
    const { user } = mine(p);
    const target = (await this.store.sessions.listForUser(user.id)).find((s) => sessionPublicId(s.idHash) === id) ?? fail('not_found', 'No such session');
    await this.store.transaction(async (tx) => {
      await tx.sessions.delete(target.idHash);
      await this.audit.record(tx, sessionsEnded(p, user.id, { sessions_ended: 1, which: 'one' }));
    });
  }

  /** Ends every session of one's own but this one. */
  async endOtherSessions(p: Principal): Promise<number> {
    enforce(p, { type: 'account.own' });
    const { user, session } = mine(p);
    return this.store.transaction(async (tx) => {
      const n = await tx.sessions.deleteOthers(user.id, session.idHash);
      await this.audit.record(tx, sessionsEnded(p, user.id, { sessions_ended: n, which: 'others' }));
      return n;
    });
  }

  /** Ends every session of a user the caller manages (an owner's only by an owner). */
  async endUserSessions(p: Principal, userId: string): Promise<number> {
    enforce(p, { type: 'users.update' });
    return this.store.transaction(async (tx) => {
      const target = (await tx.users.get(p.workspace.id, userId)) ?? fail('not_found', 'No such user');
      enforce(p, { type: 'user.end_sessions', target });
      const n = await tx.sessions.deleteOthers(target.id, p.via === 'session' && p.user.id === target.id ? (p.session?.idHash ?? null) : null);
      await this.audit.record(tx, sessionsEnded(p, target.id, { sessions_ended: n, which: 'all' }));
      return n;
    });
  }
}

const sessionsEnded = (p: Principal, userId: string, details: Record<string, unknown>) =>
  entryBy(p, 'user.sessions_ended', { type: 'user', id: userId }, details);

/** The signed-in user and their session; `account.own` has already refused anything but a session. */
function mine(p: Principal): { user: User; session: { idHash: string } } {
  if (p.via !== 'session' || !p.session) return fail('insufficient_permission', 'Sign in first');
  return { user: p.user, session: p.session };
}

const viewOf = (s: Session, currentHash: string): SessionView => ({
  id: sessionPublicId(s.idHash),
  ip: s.ip,
  userAgent: s.userAgent,
  createdAt: s.createdAt,
  lastSeenAt: s.lastSeenAt,
  current: s.idHash === currentHash,
});
