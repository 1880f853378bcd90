import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { AccountRepo } from '../types.js';
import { countOf, num, updatedOne } from './rows.js';
import { sighting } from './seen-from.js';

/** Passwords, TOTP, recovery codes and sign-in addresses; every "once only" is a conditional write. */
export function accountRepo(db: Kysely<Database>): AccountRepo {
  return {
    async secrets(userId) {
      const r = await db
        .selectFrom('users')
        .select(['password_hash', 'must_change_password', 'totp_secret', 'totp_pending_secret', 'totp_last_step', 'email_verified'])
        .where('id', '=', userId)
        .executeTakeFirst();
      return (
        r && {
          passwordHash: r.password_hash,
          mustChangePassword: num(r.must_change_password) === 1,
          totpSecret: r.totp_secret,
          totpPendingSecret: r.totp_pending_secret,
          totpLastStep: r.totp_last_step === null ? null : num(r.totp_last_step),
          emailVerified: num(r.email_verified) === 1,
        }
      );
    },
    async setPassword(userId, passwordHash, mustChange) {
      await db
        .updateTable('users')
        .set({ password_hash: passwordHash, must_change_password: mustChange ? 1 : 0 })
        .where('id', '=', userId)
        .execute();
    },
    async setPendingTotp(userId, sealed) {
      await db.updateTable('users').set({ totp_pending_secret: sealed }).where('id', '=', userId).execute();
    },
    async enableTotp(userId, sealed, step) {
      await db.updateTable('users').set({ totp_secret: sealed, totp_pending_secret: null, totp_last_step: step }).where('id', '=', userId).execute();
    },
    async disableTotp(userId) {
      await db.updateTable('users').set({ totp_secret: null, totp_pending_secret: null, totp_last_step: null }).where('id', '=', userId).execute();
      await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
    },
    async useTotpStep(userId, step) {
      return updatedOne(
        db
          .updateTable('users')
          .set({ totp_last_step: step })
          .where('id', '=', userId)
          .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)])),
      );
    },
    async replaceRecoveryCodes(userId, hashes) {
      await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
      if (hashes.length > 0)
        await db
          .insertInto('recovery_codes')
          .values(hashes.map((h) => ({ user_id: userId, code_hash: h, used_at: null })))
          .execute();
    },
    async useRecoveryCode(userId, hash, at) {
      return updatedOne(
        db.updateTable('recovery_codes').set({ used_at: at }).where('user_id', '=', userId).where('code_hash', '=', hash).where('used_at', 'is', null),
      );
    },
    async countRecoveryCodes(userId) {
      return countOf(db.selectFrom('recovery_codes').where('user_id', '=', userId).where('used_at', 'is', null));
    },
    async touchIp(userId, ip, at, newIfBefore) {
      if ((await sighting(db, 'user_ips', userId, ip, at, newIfBefore)) !== 'recent') return true;
      await db.updateTable('user_ips').set({ last_seen: at }).where('user_id', '=', userId).where('ip', '=', ip).execute();
      return false;
    },
    async hasIps(userId) {
      const r = await db.selectFrom('user_ips').select('ip').where('user_id', '=', userId).limit(1).executeTakeFirst();
      return r !== undefined;
    },
    async setEmailVerified(userId, verified) {
      await db
        .updateTable('users')
        .set({ email_verified: verified ? 1 : 0 })
        .where('id', '=', userId)
        .execute();
    },
    async addToken(t) {
      await db.deleteFrom('account_tokens').where('user_id', '=', t.userId).where('purpose', '=', t.purpose).where('used_at', 'is', null).execute();
      await db
        .insertInto('account_tokens')
        .values({
          token_hash: t.tokenHash,
          user_id: t.userId,
          workspace_id: t.workspaceId,
          purpose: t.purpose,
          created_at: t.createdAt,
          expires_at: t.expiresAt,
          used_at: null,
        })
        .execute();
    },
    async useToken(tokenHash, purpose, at) {
      const r = await db
        .updateTable('account_tokens')
        .set({ used_at: at })
        .where('token_hash', '=', tokenHash)
        .where('purpose', '=', purpose)
        .where('used_at', 'is', null)
        .where('expires_at', '>', at)
        .returning(['user_id', 'workspace_id'])
        .executeTakeFirst();
      return r && { userId: r.user_id, workspaceId: r.workspace_id };
    },
  };
}
