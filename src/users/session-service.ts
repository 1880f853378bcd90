import { hash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { AuditService } from '../audit/audit-service.js';
import { type Clock, FUTURE_SKEW_MS } from '../clock.js';
import { fail } from '../errors.js';
import type { RequestContext } from '../principal.js';
import type { LimitRule, RateLimiter } from '../ratelimit/limiter.js';
import type { Session, Store, User, UserWithSecret, Workspace } from '../store/types.js';
import { dummyPasswordHash, verifyPassword } from './password.js';
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

const sessionHash = (id: string) => hash('sha256', id, 'hex');

/** Password sign-in and server-side sessions. */
export class SessionService {
  constructor(
    private readonly store: Store,
    private readonly audit: AuditService,
    private readonly limiter: RateLimiter,
    private readonly clock: Clock,
    private readonly options: { sessionTtlMs: number; scryptLogN: number },
  ) {}

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
    for (const u of candidates) if ((await verifyPassword(password, u.passwordHash)) && !u.disabled) matched.push(u);
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
    return this.open(user, ctx);
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

  /** Opens a session for a user who just proved who they are (login, or setup). */
  async open(user: User, ctx: RequestContext | null): Promise<SignedIn> {
    const now = this.clock.now();
    const sessionId = randomBytes(32).toString('base64url');
    const session: Session = {
      idHash: sessionHash(sessionId),
      userId: user.id,
      workspaceId: user.workspaceId,
      csrfToken: randomBytes(32).toString('base64url'),
      createdAt: now,
      expiresAt: now + this.options.sessionTtlMs,
    };
    const workspace = (await this.store.workspaces.get(user.workspaceId)) ?? fail('not_found');
    await this.store.transaction(async (tx) => {
      await tx.sessions.create(session);
      await this.audit.record(tx, {
        workspaceId: user.workspaceId,
        action: 'user.login',
        actor: { actorType: 'user', actorId: user.id },
        target: { type: 'user', id: user.id },
        context: ctx,
      });
    });
    return { sessionId, session, user, workspace };
  }

  /**
   * The live session for a cookie value, with its user as they are now; undefined when ended or disabled.
   * A session lives at most its TTL from its creation: one whose creation time is ahead of the clock (made
   * while the clock was wrong, issue 21) has no known real age and is not honoured, rather than living
   * until its far-off `expiresAt`; a stored expiry beyond the current TTL is capped by it.
   */
  async resolve(sessionId: string): Promise<{ session: Session; user: User; workspace: Workspace } | undefined> {
    if (sessionId.length > 100) return undefined;
    const session = await this.store.sessions.get(sessionHash(sessionId));
    const now = this.clock.now();
    if (!session || session.createdAt > now + FUTURE_SKEW_MS) return undefined;
    if (Math.min(session.expiresAt, session.createdAt + this.options.sessionTtlMs) <= now) return undefined;
    const user = await this.store.users.get(session.workspaceId, session.userId);
    if (!user || user.disabled) return undefined;
    const workspace = await this.store.workspaces.get(session.workspaceId);
    return workspace && { session, user, workspace };
  }

  /** Ends a session server-side (sign-out, or a new sign-in from the same browser), audited as `user.logout`. */
  async logout(sessionId: string, ctx: RequestContext): Promise<void> {
    if (sessionId.length > 100) return;
    const idHash = sessionHash(sessionId);
    const session = await this.store.sessions.get(idHash);
    if (!session) return;
    await this.store.transaction(async (tx) => {
      await tx.sessions.delete(idHash);
      await this.audit.record(tx, {
        workspaceId: session.workspaceId,
        action: 'user.logout',
        actor: { actorType: 'user', actorId: session.userId },
        target: { type: 'user', id: session.userId },
        context: ctx,
      });
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
