import { hash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { AuditService } from '../audit/audit-service.js';
import type { Clock } from '../clock.js';
import { fail } from '../errors.js';
import type { RequestContext } from '../principal.js';
import type { LimitRule, RateLimiter } from '../ratelimit/limiter.js';
import type { Session, Store, User, Workspace } from '../store/types.js';
import { dummyPasswordHash, verifyPassword } from './password.js';
import { normaliseEmail } from './user-service.js';

/** Failed logins allowed per (account, IP), per account from all IPs, and per IP over all accounts. */
const PAIR: readonly LimitRule[] = [{ name: 'account_ip', limit: 10, windowMs: 15 * 60_000 }];
const ACCOUNT: readonly LimitRule[] = [{ name: 'account', limit: 100, windowMs: 60 * 60_000 }];
const IP: readonly LimitRule[] = [{ name: 'ip', limit: 100, windowMs: 15 * 60_000 }];

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
   */
  async login(emailRaw: string, password: string, ctx: RequestContext): Promise<SignedIn> {
    const email = normaliseEmail(emailRaw);
    const keys = { pair: `login:pair:${email}:${ctx.ip}`, account: `login:acct:${email}`, ip: `login:ip:${ctx.ip}` };
    const gates = await Promise.all([
      this.limiter.peek(keys.pair, PAIR),
      this.limiter.peek(keys.account, ACCOUNT),
      this.limiter.peek(keys.ip, IP),
    ]);
    const closed = gates.find((d) => !d.allowed);
    if (closed && !closed.allowed) {
      fail('too_many_failed_attempts', 'Too many failed sign-in attempts; try again later', {
        retryAfterMs: closed.retryAfterMs,
      });
    }
    const user = await this.store.users.findByEmail(email);
    const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyPasswordHash(this.options.scryptLogN)));
    if (!user || !ok || user.disabled) {
      await Promise.all([this.limiter.hit(keys.pair, PAIR), this.limiter.hit(keys.account, ACCOUNT), this.limiter.hit(keys.ip, IP)]);
      if (user) {
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
      return fail('invalid_credentials', 'Email or password is incorrect');
    }
    return this.open(user, ctx);
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

  /** The live session for a cookie value, with its user as they are now; undefined when ended or disabled. */
  async resolve(sessionId: string): Promise<{ session: Session; user: User; workspace: Workspace } | undefined> {
    if (sessionId.length > 100) return undefined;
    const session = await this.store.sessions.get(sessionHash(sessionId));
    if (!session || session.expiresAt <= this.clock.now()) return undefined;
    const user = await this.store.users.get(session.workspaceId, session.userId);
    if (!user || user.disabled) return undefined;
    const workspace = await this.store.workspaces.get(session.workspaceId);
    return workspace && { session, user, workspace };
  }

  async logout(sessionId: string): Promise<void> {
    await this.store.sessions.delete(sessionHash(sessionId));
  }
}

/** Constant-time comparison of a CSRF token from a header with the session's. */
export function csrfMatches(sent: string | undefined, expected: string): boolean {
  if (typeof sent !== 'string') return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
