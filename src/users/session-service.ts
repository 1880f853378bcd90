import { AuditedService, type ServiceCore } from '../audited-service.js';
import { hash, randomBytes, timingSafeEqual } from 'node:crypto';
import { entryOfOwn } from '../audit/audit-service.js';
import { FUTURE_SKEW_MS } from '../clock.js';
import { fail } from '../errors.js';
import type { Principal, RequestContext } from '../principal.js';
import type { LimitRule, RateLimiter } from '../ratelimit/limiter.js';
import { type Session, type SessionStage, type User, type UserSecrets, type UserWithSecret, type Workspace, isServiceAccount } from '../store/types.js';
import { dummyPasswordHash, verifyPassword } from './password.js';
import type { Proofs } from './proofs.js';
import { normaliseEmail } from './user-service.js';

/** Failed logins allowed per (account, IP), per account from all IPs, and per IP over all accounts. */
const PAIR: readonly LimitRule[] = [{ name: 'account_ip', limit: 10, windowMs: 15 * 60_000 }];
const ACCOUNT: readonly LimitRule[] = [{ name: 'account', limit: 100, windowMs: 60 * 60_000 }];
const IP: readonly LimitRule[] = [{ name: 'ip', limit: 100, windowMs: 15 * 60_000 }];
/** "No failure at all from this address lately": the per-account gate never closes on such an address. */
const CLEAN_IP: readonly LimitRule[] = [{ name: 'clean', limit: 1, windowMs: 15 * 60_000 }];

export interface SignedIn {
  /** The raw session id for the cookie; only its SHA-256 is stored. */
  sessionId: string;
  session: Session;
  user: User;
  workspace: Workspace;
}

export const sessionHash = (id: string) => hash('sha256', id, 'hex');
/** A session half signed in (password given, code not yet) lives this long. */
const SECOND_STEP_MS = 10 * 60_000;
/** Last seen is written at most this often per session (not a write per request). */
const LAST_SEEN_EVERY_MS = 60_000;

/** A live session as a request sees it. */
export interface LiveSession {
  session: Session;
  user: User;
  workspace: Workspace;
  /** The session proved its user within the re-authentication window. */
  recentAuth: boolean;
}

/** Password sign-in and server-side sessions. */
export class SessionService extends AuditedService {
  constructor(
    core: ServiceCore,
    private readonly limiter: RateLimiter,
    private readonly options: { sessionTtlMs: number; scryptLogN: number; reauthWindowMs: number },
    private readonly proofs: Proofs,
    private readonly hooks: {
      /** Told of every completed sign-in (new-address notices). */
      onSignIn?: (user: User, ctx: RequestContext) => Promise<void>;
      /** The right password for an address not yet confirmed: sends a new confirmation link (when allowed). */
      onUnverified?: (user: User) => Promise<void>;
    } = {},
  ) {
    super(core);
  }

  private async onSignIn(user: User, ctx: RequestContext): Promise<void> {
    await this.hooks.onSignIn?.(user, ctx);
  }

  /**
   * Checks the password and opens a new session (a fresh id every time, so a planted id is useless).
   * Unknown email, wrong password and disabled user all answer the same generic 401, in the same time.
   * One email may belong to several workspaces (one user in each): when the password opens more than
   * one, the caller is asked to choose (409 `workspace_required`, naming only those workspaces).
   *
   * Limits: per (account, address) and per address always; per account only against addresses that
   * have failed lately, so a password spray from many addresses cannot lock the holder out: the right
   * password from an address with no recent failures still signs in while the sprayers stay limited.
   */
  async login(emailRaw: string, password: string, ctx: RequestContext, workspaceId?: string): Promise<SignedIn> {
    const email = normaliseEmail(emailRaw);
    const keys = { pair: `login:pair:${email}:${ctx.ip}`, account: `login:acct:${email}`, ip: `login:ip:${ctx.ip}` };
    const [pair, account, ip, clean] = await Promise.all([
      this.limiter.peek(keys.pair, PAIR),
      this.limiter.peek(keys.account, ACCOUNT),
      this.limiter.peek(keys.ip, IP),
      this.limiter.peek(keys.ip, CLEAN_IP),
    ]);
    const closed = [pair, ip, clean.allowed ? undefined : account].find((d) => d !== undefined && !d.allowed);
    if (closed && !closed.allowed) {
      fail('too_many_failed_attempts', 'Too many failed sign-in attempts; try again later', {
        retryAfterMs: closed.retryAfterMs,
      });
    }
    const candidates = (await this.store.users.findByEmail(email)).filter((u) => workspaceId === undefined || u.workspaceId === workspaceId);
    // One password check per workspace the email belongs to, and one on a dummy hash when it belongs to none.
    const matched: UserWithSecret[] = [];
    if (candidates.length === 0) await verifyPassword(password, await dummyPasswordHash(this.options.scryptLogN));
    for (const u of candidates) if ((await verifyPassword(password, u.passwordHash)) && !u.disabled && !isServiceAccount(u)) matched.push(u);
    if (matched.length === 0) {
      await Promise.all([this.limiter.hit(keys.pair, PAIR), this.limiter.hit(keys.account, ACCOUNT), this.limiter.hit(keys.ip, IP)]);
      await this.recordFailures(candidates, ctx);
      return fail('invalid_credentials', 'Email or password is incorrect');
    }
    if (matched.length > 1) {
      const workspaces = await Promise.all(matched.map((u) => this.store.workspaces.get(u.workspaceId)));
      fail('workspace_required', 'This email and password belong to several workspaces: choose one (workspace_id)', {
        workspaces: workspaces.filter((w) => w !== undefined).map((w) => ({ id: w.id, name: w.name })),
      });
    }
    const { passwordHash: _, ...user } = matched[0];
    const secrets = await this.store.accounts.secrets(user.id);
    if (secrets?.emailVerified === false) {
      await this.hooks.onUnverified?.(user);
      fail('email_not_verified', `Confirm your email address first: a link was sent to ${user.email}; open it to finish signing up`);
    }
    return this.open(user, ctx, await this.stageFor(user, { secondFactorDone: false }, secrets));
  }

  /**
   * Where a sign-in goes after the steps done so far: the TOTP code when two-factor is on, then a new
   * password after a reset, then enrolment when the workspace requires two-factor of owners and admins.
   */
  async stageFor(user: User, o: { secondFactorDone: boolean }, known?: UserSecrets): Promise<SessionStage> {
    const secrets = known ?? (await this.store.accounts.secrets(user.id));
    if (secrets?.totpSecret && !o.secondFactorDone) return 'two_factor';
    if (secrets?.mustChangePassword) return 'password_change';
    if (!secrets?.totpSecret && (user.role === 'owner' || user.role === 'admin')) {
      const workspace = await this.store.workspaces.get(user.workspaceId);
      if (workspace?.requireTwoFactor) return 'two_factor_enrolment';
    }
    return 'active';
  }

  /** The second sign-in step: a TOTP or recovery code for a session at stage `two_factor`. */
  async completeTwoFactor(sessionId: string, code: string, ctx: RequestContext): Promise<SignedIn> {
    const live = await this.resolve(sessionId);
    if (!live || live.session.stage !== 'two_factor') return fail('two_factor_state', 'This session is not waiting for a two-factor code; sign in again');
    const method = await this.proofs.secondFactor(live.user.id, code, ctx.ip);
    const base = { workspaceId: live.user.workspaceId, target: { type: 'user', id: live.user.id }, context: ctx };
    if (!method) {
      await this.store.transaction((tx) =>
        this.audit.record(tx, { ...base, action: 'user.login_failed', actor: { actorType: 'anonymous', actorId: null }, details: { reason: 'two_factor' } }),
      );
      return fail('invalid_two_factor_code', 'The code is not correct, or was already used');
    }
    const now = this.clock.now();
    const stage = await this.stageFor(live.user, { secondFactorDone: true });
    const session: Session = { ...live.session, stage, expiresAt: now + this.options.sessionTtlMs, reauthAt: now };
    await this.store.transaction(async (tx) => {
      await tx.sessions.update(session.idHash, { stage, expiresAt: session.expiresAt, reauthAt: now });
      await this.audit.record(tx, entryOfOwn(live.user, 'user.login', ctx, { second_factor: method }));
    });
    if (stage === 'active') await this.onSignIn(live.user, ctx);
    return { sessionId, session, user: live.user, workspace: live.workspace };
  }

  /** After a step done inside a session (a new password, enrolment), moves it on to what is left. */
  async advance(idHash: string, user: User): Promise<SessionStage> {
    const session = await this.store.sessions.get(idHash);
    if (!session || session.stage === 'active' || session.stage === 'two_factor') return session?.stage ?? 'active';
    const stage = await this.stageFor(user, { secondFactorDone: true });
    await this.store.sessions.update(idHash, { stage });
    return stage;
  }

  /**
   * "Sudo mode": the session proves its user again with the password or a two-factor code,
   * and may do sensitive things for `reauthWindowMs`. Wrong answers are limited like sign-in.
   */
  async reauthenticate(p: Principal, proof: { password?: string; code?: string }): Promise<{ until: number }> {
    if (p.via !== 'session' || !p.session || !p.user)
      return fail('insufficient_permission', 'Only a signed-in browser session re-authenticates; API keys are never asked');
    if (proof.password !== undefined) {
      if (!(await this.proofs.password(p.user.id, proof.password, p.ip))) fail('wrong_password', 'The password is not correct');
    } else if (proof.code !== undefined) {
      if (!(await this.proofs.secondFactor(p.user.id, proof.code, p.ip))) fail('invalid_two_factor_code', 'The code is not correct, or was already used');
    } else {
      fail('validation_error', 'Send password or code', { errors: [{ path: '/password', message: 'send password or code' }] });
    }
    const now = this.clock.now();
    await this.store.sessions.update(p.session.idHash, { reauthAt: now });
    return { until: now + this.options.reauthWindowMs };
  }

  private async recordFailures(users: readonly User[], ctx: RequestContext): Promise<void> {
    for (const user of users) {
      await this.store.transaction((tx) =>
        this.audit.record(tx, {
          workspaceId: user.workspaceId,
          action: 'user.login_failed',
          actor: { actorType: 'anonymous', actorId: null },
          target: { type: 'user', id: user.id },
          context: ctx,
          details: { reason: user.disabled ? 'disabled' : 'password' },
        }),
      );
    }
  }

  /** Opens a session for a person who just proved who they are (login, or setup), at `stage` of the sign-in; never for a service account. */
  async open(user: User, ctx: RequestContext | null, stage: SessionStage = 'active'): Promise<SignedIn> {
    if (isServiceAccount(user)) fail('service_account', 'A service account never signs in; use one of its API keys');
    const now = this.clock.now();
    const sessionId = randomBytes(32).toString('base64url');
    const session: Session = {
      idHash: sessionHash(sessionId),
      userId: user.id,
      workspaceId: user.workspaceId,
      csrfToken: randomBytes(32).toString('base64url'),
      createdAt: now,
      expiresAt: now + (stage === 'two_factor' ? SECOND_STEP_MS : this.options.sessionTtlMs),
      stage,
      ip: ctx?.ip ?? null,
      userAgent: ctx?.userAgent ?? null,
      lastSeenAt: now,
      reauthAt: now,
    };
    const workspace = (await this.store.workspaces.get(user.workspaceId)) ?? fail('not_found');
    await this.store.transaction(async (tx) => {
      await tx.sessions.create(session);
      await this.audit.record(tx, entryOfOwn(user, 'user.login', ctx, stage === 'active' ? undefined : { pending: stage }));
    });
    if (ctx && stage !== 'two_factor') await this.onSignIn(user, ctx);
    return { sessionId, session, user, workspace };
  }

  /**
   * The live session for a cookie value, with its user as they are now; undefined when ended or disabled.
   * A session lives at most its TTL from its creation: one whose creation time is ahead of the clock (made
   * while the clock was wrong) has no known real age and is not honoured, rather than living
   * until its far-off `expiresAt`; a stored expiry beyond the current TTL is capped by it.
   */
  async resolve(sessionId: string): Promise<LiveSession | undefined> {
    if (sessionId.length > 100) return undefined;
    const session = await this.store.sessions.get(sessionHash(sessionId));
    const now = this.clock.now();
    if (!session || session.createdAt > now + FUTURE_SKEW_MS) return undefined;
    if (Math.min(session.expiresAt, session.createdAt + this.options.sessionTtlMs) <= now) return undefined;
    const user = await this.store.users.get(session.workspaceId, session.userId);
    // A service account never has a session; should a row ever name one, it is not honoured.
    if (!user || user.disabled || isServiceAccount(user)) return undefined;
    const workspace = await this.store.workspaces.get(session.workspaceId);
    if (!workspace) return undefined;
    if (session.lastSeenAt === null || now - session.lastSeenAt >= LAST_SEEN_EVERY_MS) {
      await this.store.sessions.update(session.idHash, { lastSeenAt: now });
      session.lastSeenAt = now;
    }
    const recentAuth = session.reauthAt !== null && now - session.reauthAt <= this.options.reauthWindowMs;
    return { session, user, workspace, recentAuth };
  }

  /** Ends a session server-side (sign-out, or a new sign-in from the same browser), audited as `user.logout`. */
  async logout(sessionId: string, ctx: RequestContext): Promise<void> {
    if (sessionId.length > 100) return;
    const idHash = sessionHash(sessionId);
    const session = await this.store.sessions.get(idHash);
    if (!session) return;
    await this.store.transaction(async (tx) => {
      await tx.sessions.delete(idHash);
      await this.audit.record(tx, entryOfOwn({ id: session.userId, workspaceId: session.workspaceId }, 'user.logout', ctx));
    });
  }
}

/** Constant-time comparison of a CSRF token from a header with the session's. */
export function csrfMatches(sent: string | undefined, expected: string): boolean {
  if (typeof sent !== 'string') return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
