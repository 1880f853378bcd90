import { AuditedService, type ServiceCore } from '../audited-service.js';
import { type AuditAction, entryBy } from '../audit/audit-service.js';
import { fail } from '../errors.js';
import type { SecretBox } from '../notifications/webhook-secret.js';
import type { Principal } from '../principal.js';
import type { Repos, SessionStage, User } from '../store/types.js';
import { enforce } from './permissions.js';
import type { Proofs } from './proofs.js';
import type { SessionService } from './session-service.js';
import { enrolmentOf, newRecoveryCodes, newTotpSecret, recoveryCodeHash, totpStep } from './totp.js';

export interface TwoFactorStatus {
  enabled: boolean;
  recoveryCodesLeft: number;
  /** The workspace requires two-factor sign-in of this user's role. */
  required: boolean;
}

/**
 * One's own TOTP two-factor sign-in: set up (a secret shown as an otpauth URI and a QR code),
 * confirmed by a first code, ten one-time recovery codes shown once and stored hashed, turned off with the
 * password and a code. Changing it is a sensitive action (`account.two_factor`: a session, recently
 * re-authenticated); an API key never can.
 */
export class TwoFactorService extends AuditedService {
  constructor(
    core: ServiceCore,
    private readonly secrets: SecretBox,
    private readonly proofs: Proofs,
    private readonly sessions: SessionService,
  ) {
    super(core);
  }

  async status(p: Principal): Promise<TwoFactorStatus> {
    enforce(p, { type: 'account.own' });
    const user = me(p);
    const s = await this.store.accounts.secrets(user.id);
    const workspace = await this.store.workspaces.get(user.workspaceId);
    return {
      enabled: Boolean(s?.totpSecret),
      recoveryCodesLeft: s?.totpSecret ? await this.store.accounts.countRecoveryCodes(user.id) : 0,
      required: Boolean(workspace?.requireTwoFactor) && (user.role === 'owner' || user.role === 'admin'),
    };
  }

  /** Starts enrolment: a new secret, kept pending until `enable` confirms a code from it. */
  async setup(p: Principal): Promise<{ secret: string; uri: string; qrSvg: string }> {
    enforce(p, { type: 'account.two_factor' });
    const user = me(p);
    if ((await this.store.accounts.secrets(user.id))?.totpSecret)
      fail('two_factor_state', 'Two-factor sign-in is already on; turn it off first to use another authenticator');
    const secret = newTotpSecret();
    await this.store.accounts.setPendingTotp(user.id, this.secrets.seal(secret));
    return { secret, ...(await enrolmentOf(secret, user.email ?? user.name)) };
  }

  /** Confirms the pending secret with a code from it; returns the ten recovery codes, this once. */
  async enable(p: Principal, code: string): Promise<{ recoveryCodes: string[]; stage: SessionStage }> {
    enforce(p, { type: 'account.two_factor' });
    const user = me(p);
    const s = await this.store.accounts.secrets(user.id);
    if (s?.totpSecret || !s?.totpPendingSecret) fail('two_factor_state', 'Start with POST /api/me/two-factor/setup');
    const step = totpStep(this.secrets.open(s!.totpPendingSecret!), code.trim(), this.clock.now());
    if (step === undefined) fail('invalid_two_factor_code', 'The code does not match the new secret; check the authenticator app and the device clock');
    const recoveryCodes = newRecoveryCodes();
    await this.store.transaction(async (tx) => {
      await tx.accounts.enableTotp(user.id, s!.totpPendingSecret!, step!);
      await tx.accounts.replaceRecoveryCodes(user.id, recoveryCodes.map(recoveryCodeHash));
      await this.record(tx, p, user, 'user.two_factor_enabled');
    });
    return { recoveryCodes, stage: await this.sessions.advance(sessionOf(p), user) };
  }

  /** Turns two-factor sign-in off: the current password and a code (TOTP or recovery) are both required. */
  async disable(p: Principal, password: string, code: string): Promise<void> {
    enforce(p, { type: 'account.two_factor' });
    const user = me(p);
    if (!(await this.store.accounts.secrets(user.id))?.totpSecret) fail('two_factor_state', 'Two-factor sign-in is not on');
    if (!(await this.proofs.password(user.id, password, p.ip))) fail('wrong_password', 'The password is not correct');
    if (!(await this.proofs.secondFactor(user.id, code, p.ip))) fail('invalid_two_factor_code', 'The code is not correct, or was already used');
    await this.store.transaction(async (tx) => {
      await tx.accounts.disableTotp(user.id);
      await this.record(tx, p, user, 'user.two_factor_disabled');
    });
  }

  /** Ten new recovery codes (shown this once); the old ones stop working. */
  async regenerateRecoveryCodes(p: Principal): Promise<string[]> {
    enforce(p, { type: 'account.two_factor' });
    const user = me(p);
    if (!(await this.store.accounts.secrets(user.id))?.totpSecret) fail('two_factor_state', 'Two-factor sign-in is not on');
    const codes = newRecoveryCodes();
    await this.store.transaction(async (tx) => {
      await tx.accounts.replaceRecoveryCodes(user.id, codes.map(recoveryCodeHash));
      await this.record(tx, p, user, 'user.recovery_codes_regenerated');
    });
    return codes;
  }

  private record(tx: Repos, p: Principal, user: User, action: AuditAction) {
    return this.audit.record(tx, entryBy(p, action, { type: 'user', id: user.id }));
  }
}

const sessionOf = (p: Principal): string => (p.via === 'session' && p.session ? p.session.idHash : fail('insufficient_permission', 'Sign in first'));

function me(p: Principal): User {
  if (p.via !== 'session' || !p.session) return fail('insufficient_permission', 'Sign in first');
  return p.user;
}
