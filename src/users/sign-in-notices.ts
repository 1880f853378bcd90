import { AuditedService, type ServiceCore } from '../audited-service.js';
import { entryOfOwn } from '../audit/audit-service.js';
import { iso } from '../dates.js';
import type { KeyEvents } from '../notifications/key-events.js';
import type { RequestContext } from '../principal.js';
import type { RateLimiter } from '../ratelimit/limiter.js';
import type { User } from '../store/types.js';

/** An address not used by the user for this long is new again. */
export const NEW_SIGN_IN_ADDRESS_DAYS = 30;
/** New-address notices per user per hour; beyond it, one summary for the hour (like key new-address alerts). */
export const SIGN_IN_NOTICES_PER_HOUR = 5;
const HOUR = 3_600_000;

/**
 * "A sign-in from an address you have not used in 30 days": remembers each user's sign-in
 * addresses and, for a new one, tells the user in the app and by email. A user's first sign-in ever is
 * not news. Capped: SIGN_IN_NOTICES_PER_HOUR a user per clock hour, then one summary until the hour ends.
 */
export class SignInNotices extends AuditedService {
  constructor(
    core: ServiceCore,
    private readonly events: KeyEvents,
    private readonly limiter: RateLimiter,
  ) {
    super(core);
  }

  async signedIn(user: User, ctx: RequestContext): Promise<void> {
    const now = this.clock.now();
    const known = await this.store.accounts.hasIps(user.id);
    const isNew = await this.store.accounts.touchIp(user.id, ctx.ip, now, now - NEW_SIGN_IN_ADDRESS_DAYS * 86_400_000);
    if (!isNew || !known) return;
    // Counted per clock hour, so "no further notices until" the hour's end is exact.
    const hour = Math.floor(now / HOUR);
    const gate = await this.limiter.hit(`signin-notice:${user.id}:${hour}`, [{ name: 'signin_notices', limit: SIGN_IN_NOTICES_PER_HOUR, windowMs: HOUR }]);
    const base = { type: 'account.new_sign_in' as const, user };
    const extra = { ip: ctx.ip, user_agent: ctx.userAgent ?? null, at: iso(now) };
    await this.store.transaction(async (tx) => {
      await this.audit.record(tx, entryOfOwn(user, 'user.new_sign_in_address', ctx, { ip: ctx.ip, notified: gate.allowed }));
      if (gate.allowed) await this.events.recordAccount(tx, { ...base, threshold: `${ctx.ip} ${now}`, extra });
      else {
        // One summary per user per hour (the unique threshold), however many instances get there.
        await this.events.recordAccount(tx, { ...base, threshold: `summary ${hour}`, extra: { ...extra, summary: true, quiet_until: iso((hour + 1) * HOUR) } });
      }
    });
  }
}
