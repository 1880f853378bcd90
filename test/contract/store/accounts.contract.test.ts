import { expect, it } from 'vitest';
import { T0, aTenant, describeStore, uid } from './support.js';

const HOUR = 3_600_000;

describeStore('accounts', ({ store }) => {
  it('secrets: a new user’s defaults; setPassword, pending and enabled TOTP, disableTotp, setEmailVerified', async () => {
    const { owner } = await aTenant(store());
    expect(await store().accounts.secrets(owner.id)).toEqual({
      passwordHash: owner.passwordHash,
      mustChangePassword: false,
      totpSecret: null,
      totpPendingSecret: null,
      totpLastStep: null,
      emailVerified: true,
    });
    await store().accounts.setPassword(owner.id, 'new-hash', true);
    await store().accounts.setPendingTotp(owner.id, 'sealed-pending');
    await store().accounts.setEmailVerified(owner.id, false);
    expect(await store().accounts.secrets(owner.id)).toMatchObject({
      passwordHash: 'new-hash',
      mustChangePassword: true,
      totpPendingSecret: 'sealed-pending',
      emailVerified: false,
    });
    await store().accounts.enableTotp(owner.id, 'sealed-pending', 1000);
    expect(await store().accounts.secrets(owner.id)).toMatchObject({ totpSecret: 'sealed-pending', totpPendingSecret: null, totpLastStep: 1000 });
    await store().accounts.replaceRecoveryCodes(owner.id, ['c1', 'c2']);
    await store().accounts.disableTotp(owner.id);
    expect(await store().accounts.secrets(owner.id)).toMatchObject({ totpSecret: null, totpPendingSecret: null, totpLastStep: null });
    expect(await store().accounts.countRecoveryCodes(owner.id)).toBe(0);
    expect(await store().accounts.secrets(uid('usr'))).toBeUndefined();
  });

  it('useTotpStep accepts only a step later than the last one, each step once', async () => {
    const { owner } = await aTenant(store());
    expect(await store().accounts.useTotpStep(owner.id, 100)).toBe(true);
    expect(await store().accounts.useTotpStep(owner.id, 100)).toBe(false);
    expect(await store().accounts.useTotpStep(owner.id, 99)).toBe(false);
    expect(await store().accounts.useTotpStep(owner.id, 101)).toBe(true);
    expect((await store().accounts.secrets(owner.id))?.totpLastStep).toBe(101);
    const racing = await Promise.all([102, 102, 102, 102].map((s) => store().accounts.useTotpStep(owner.id, s)));
    expect(racing.filter(Boolean)).toHaveLength(1);
    expect(await store().accounts.useTotpStep(uid('usr'), 1)).toBe(false);
  });

  it('useRecoveryCode uses each code once, only for its own user; replaceRecoveryCodes starts over', async () => {
    const a = await aTenant(store());
    const b = await aTenant(store());
    await store().accounts.replaceRecoveryCodes(a.owner.id, ['h1', 'h2', 'h3']);
    await store().accounts.replaceRecoveryCodes(b.owner.id, ['h1']);
    expect(await store().accounts.countRecoveryCodes(a.owner.id)).toBe(3);
    const racing = await Promise.all([1, 2, 3].map(() => store().accounts.useRecoveryCode(a.owner.id, 'h1', T0)));
    expect(racing.filter(Boolean)).toHaveLength(1);
    expect(await store().accounts.useRecoveryCode(a.owner.id, 'h1', T0 + 1)).toBe(false);
    expect(await store().accounts.useRecoveryCode(a.owner.id, 'unknown', T0)).toBe(false);
    expect(await store().accounts.countRecoveryCodes(a.owner.id)).toBe(2);
    expect(await store().accounts.countRecoveryCodes(b.owner.id)).toBe(1);
    expect(await store().accounts.useRecoveryCode(b.owner.id, 'h1', T0)).toBe(true);
    await store().accounts.replaceRecoveryCodes(a.owner.id, ['h1', 'h4']);
    expect(await store().accounts.countRecoveryCodes(a.owner.id)).toBe(2);
    expect(await store().accounts.useRecoveryCode(a.owner.id, 'h1', T0 + 2)).toBe(true);
    await store().accounts.replaceRecoveryCodes(a.owner.id, []);
    expect(await store().accounts.countRecoveryCodes(a.owner.id)).toBe(0);
  });

  it('touchIp: true for a new address or one not seen since newIfBefore, false otherwise; hasIps', async () => {
    const { owner } = await aTenant(store());
    expect(await store().accounts.hasIps(owner.id)).toBe(false);
    expect(await store().accounts.touchIp(owner.id, '192.0.2.1', T0, T0 - HOUR)).toBe(true);
    expect(await store().accounts.hasIps(owner.id)).toBe(true);
    expect(await store().accounts.touchIp(owner.id, '192.0.2.1', T0 + 1, T0 - HOUR)).toBe(false);
    // Seen at T0 + 1; a window starting after that makes it new again, and only once.
    expect(await store().accounts.touchIp(owner.id, '192.0.2.1', T0 + 2 * HOUR, T0 + HOUR)).toBe(true);
    expect(await store().accounts.touchIp(owner.id, '192.0.2.1', T0 + 2 * HOUR + 1, T0 + HOUR)).toBe(false);
    expect(await store().accounts.touchIp(owner.id, '192.0.2.2', T0, T0 - HOUR)).toBe(true);
    const racing = await Promise.all([1, 2, 3, 4].map(() => store().accounts.touchIp(owner.id, '192.0.2.3', T0, T0 - HOUR)));
    expect(racing.filter(Boolean)).toHaveLength(1);
  });

  it('addToken replaces the unused link of the same purpose; useToken uses a link once, for its purpose, before it expires', async () => {
    const { workspace, owner } = await aTenant(store());
    const token = (purpose: 'password_reset' | 'email_verification', expiresAt = T0 + HOUR) => ({
      tokenHash: uid('tok'),
      userId: owner.id,
      workspaceId: workspace.id,
      purpose,
      createdAt: T0,
      expiresAt,
    });
    const first = token('password_reset');
    const second = token('password_reset');
    const verify = token('email_verification');
    for (const t of [first, second, verify]) await store().accounts.addToken(t);
    expect(await store().accounts.useToken(first.tokenHash, 'password_reset', T0 + 1)).toBeUndefined();
    expect(await store().accounts.useToken(second.tokenHash, 'email_verification', T0 + 1)).toBeUndefined();
    const racing = await Promise.all([1, 2, 3].map(() => store().accounts.useToken(second.tokenHash, 'password_reset', T0 + 1)));
    expect(racing.filter((r) => r !== undefined)).toEqual([{ userId: owner.id, workspaceId: workspace.id }]);
    expect(await store().accounts.useToken(verify.tokenHash, 'email_verification', T0 + HOUR)).toBeUndefined();
    const late = token('email_verification', T0 + HOUR);
    await store().accounts.addToken(late);
    expect(await store().accounts.useToken(late.tokenHash, 'email_verification', T0 + HOUR - 1)).toEqual({ userId: owner.id, workspaceId: workspace.id });
    expect(await store().accounts.useToken(uid('tok'), 'password_reset', T0)).toBeUndefined();
  });
});
