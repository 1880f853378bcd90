import { hash, randomBytes } from 'node:crypto';
import type { Clock } from '../clock.js';
import { fail } from '../errors.js';
import type { KeyEvents } from '../notifications/key-events.js';
import { type Mailer, renderLinkEmail } from '../notifications/mailer.js';
import type { RateLimiter } from '../ratelimit/limiter.js';
import type { AccountTokenPurpose, Repos, Store, User } from '../store/types.js';

/** How long an emailed link works. */
export const LINK_VALID_HOURS: Record<AccountTokenPurpose, number> = { password_reset: 1, email_verification: 24 };
/** Links of one kind emailed to one address per hour, whoever asks. */
export const LINKS_PER_HOUR = 3;

export const tokenHash = (token: string) => hash('sha256', `account-link:${token}`, 'hex');

/**
 * One-time links by email: a password reset and an address confirmation. The token is 32
 * random bytes, emailed once; only its SHA-256 is stored, and only after the SMTP server accepted the
 * email, so a failed send changes nothing. Using a link is a conditional update (once, before it runs out).
 */
export class AccountMail {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly events: KeyEvents,
    private readonly options: { mailer?: Mailer; publicUrl: string; limiter: RateLimiter },
  ) {}

  /** Whether this server sends email (SMTP_URL). */
  get enabled(): boolean {
    return this.options.mailer !== undefined;
  }

  /**
   * Emails `user` a new link for `purpose`, then stores it — with `alsoDo`, the change the link belongs to,
   * in the same transaction. Refused beyond LINKS_PER_HOUR (429 too_many_emails) or the per-recipient cap;
   * 502 email_not_sent when the SMTP server does not take it (and then nothing is stored or changed).
   */
  async sendLink(user: User, purpose: AccountTokenPurpose, o: { byAdmin?: boolean; alsoDo?: (tx: Repos) => Promise<void> } = {}): Promise<void> {
    const mailer = this.options.mailer ?? fail('email_not_configured', 'This server has no SMTP_URL: it sends no email');
    const email = user.email ?? fail('service_account', 'A service account has no email address');
    const gate = await this.options.limiter.hit(`link:${purpose}:${email}`, [{ name: 'links', limit: LINKS_PER_HOUR, windowMs: 3_600_000 }]);
    if (!gate.allowed || !(await this.events.emailAllowed(user.id))) {
      fail('too_many_emails', 'Enough emails were sent to this address within the hour; try again later', {
        retryAfterMs: gate.allowed ? 3_600_000 : gate.retryAfterMs,
      });
    }
    const token = randomBytes(32).toString('base64url');
    const hours = LINK_VALID_HOURS[purpose];
    try {
      await mailer.send(renderLinkEmail(purpose, { email, name: user.name }, this.options.publicUrl, token, hours, { byAdmin: o.byAdmin }));
    } catch {
      fail('email_not_sent', `The email to ${email} could not be sent (the SMTP server did not accept it); nothing was changed, try again`);
    }
    const now = this.clock.now();
    await this.store.transaction(async (tx) => {
      await tx.accounts.addToken({
        tokenHash: tokenHash(token),
        userId: user.id,
        workspaceId: user.workspaceId,
        purpose,
        createdAt: now,
        expiresAt: now + hours * 3_600_000,
      });
      await o.alsoDo?.(tx);
    });
  }

  /** Uses a link in the caller's transaction: its user, or 400 invalid_link (unknown, used, run out, other purpose, user gone). */
  async use(tx: Repos, token: string, purpose: AccountTokenPurpose): Promise<User> {
    const invalid = () => fail('invalid_link', 'This link is not valid, was already used, or has run out: ask for a new one');
    if (token.length > 100) return invalid();
    const used = (await tx.accounts.useToken(tokenHash(token), purpose, this.clock.now())) ?? invalid();
    const user = await tx.users.get(used.workspaceId, used.userId);
    return user && !user.disabled ? user : invalid();
  }
}
