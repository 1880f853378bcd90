import type { Clock } from '../clock.js';
import { fail } from '../errors.js';
import type { LimitRule, RateLimiter } from '../ratelimit/limiter.js';
import type { SecretBox } from '../notifications/webhook-secret.js';
import type { Store } from '../store/types.js';
import { verifyPassword } from './password.js';
import { looksLikeRecoveryCode, recoveryCodeHash, totpStep } from './totp.js';

/** Wrong passwords and codes allowed per user (re-authentication, second step, password change) and per address. */
const USER: readonly LimitRule[] = [{ name: 'proof_user', limit: 10, windowMs: 15 * 60_000 }];
const IP: readonly LimitRule[] = [{ name: 'proof_ip', limit: 100, windowMs: 15 * 60_000 }];

export type SecondFactorMethod = 'totp' | 'recovery_code';

/**
 * A signed-in (or half signed-in) user proving who they are again: the current password, a TOTP code or a
 * recovery code. Failures are limited per user and per address like sign-in, so a stolen
 * session cannot guess its way to a password or a code.
 */
export class Proofs {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly limiter: RateLimiter,
    private readonly secrets: SecretBox,
  ) {}

  /** Whether `password` is the user's; false also when the gates are closed (the caller's answer is the same). */
  async password(userId: string, password: string, ip: string): Promise<boolean> {
    await this.gate(userId, ip);
    const s = await this.store.accounts.secrets(userId);
    if (s && (await verifyPassword(password, s.passwordHash))) return true;
    await this.failed(userId, ip);
    return false;
  }

  /**
   * Checks a TOTP code (not one of a step already used: each code works once) or an unused recovery code
   * (then used up). Undefined when it is neither.
   */
  async secondFactor(userId: string, code: string, ip: string): Promise<SecondFactorMethod | undefined> {
    await this.gate(userId, ip);
    const method = await this.check(userId, code);
    if (!method) await this.failed(userId, ip);
    return method;
  }

  private async check(userId: string, code: string): Promise<SecondFactorMethod | undefined> {
    const s = await this.store.accounts.secrets(userId);
    if (!s?.totpSecret) return undefined;
    const now = this.clock.now();
    if (looksLikeRecoveryCode(code)) {
      return (await this.store.accounts.useRecoveryCode(userId, recoveryCodeHash(code), now)) ? 'recovery_code' : undefined;
    }
    const step = totpStep(this.secrets.open(s.totpSecret), code.trim(), now);
    if (step === undefined) return undefined;
    return (await this.store.accounts.useTotpStep(userId, step)) ? 'totp' : undefined;
  }

  private async gate(userId: string, ip: string): Promise<void> {
    const [user, addr] = await Promise.all([this.limiter.peek(`proof:user:${userId}`, USER), this.limiter.peek(`proof:ip:${ip}`, IP)]);
    const closed = [user, addr].find((d) => !d.allowed);
    if (closed && !closed.allowed)
      fail('too_many_failed_attempts', 'Too many wrong passwords or codes; try again later', { retryAfterMs: closed.retryAfterMs });
  }

  private async failed(userId: string, ip: string): Promise<void> {
    await Promise.all([this.limiter.hit(`proof:user:${userId}`, USER), this.limiter.hit(`proof:ip:${ip}`, IP)]);
  }
}
