import { describe, expect, it } from 'vitest';
import { MIGRATION_NAMES, migrateToLatest, migrationsFor } from '../../src/store/migrate.js';
import { DIALECTS } from '../support/backends.js';
import { storeBeforeMigration } from '../support/migration-store.js';

/** Users written before 011-service-accounts are people afterwards, with everything they had; the rules still hold. */
for (const dialect of DIALECTS) {
  describe(`migration 011-service-accounts (${dialect})`, () => {
    const at = storeBeforeMigration(dialect);

    it('keeps every user and session; users become people; email and password may then be null, email stays unique per workspace', async () => {
      const all = migrationsFor(dialect);
      const { store, db } = await at(Object.fromEntries(MIGRATION_NAMES.filter((n) => n < '011').map((n) => [n, all[n]])));
      await db.insertInto('workspaces').values({ id: 'wks_1', name: 'w', created_at: 1, max_key_lifetime_days: 366, require_key_expiry: 0 }).execute();
      const person = {
        id: 'usr_1',
        workspace_id: 'wks_1',
        email: 'ada@example.test',
        name: 'Ada',
        role: 'owner',
        password_hash: 'scrypt$x',
        disabled: 0,
        created_at: 2,
      };
      await db
        .insertInto('users')
        .values({ ...person, must_change_password: 1, totp_last_step: 7 })
        .execute();
      await db
        .insertInto('sessions')
        .values({ id_hash: 'h', user_id: 'usr_1', workspace_id: 'wks_1', csrf_token: 'c', created_at: 3, expires_at: 4 })
        .execute();

      expect(await migrateToLatest(store)).toContain('011-service-accounts');

      expect(await store.users.get('wks_1', 'usr_1')).toEqual({
        id: 'usr_1',
        workspaceId: 'wks_1',
        email: 'ada@example.test',
        name: 'Ada',
        role: 'owner',
        disabled: false,
        createdAt: 2,
        kind: 'person',
      });
      expect(await store.accounts.secrets('usr_1')).toMatchObject({ passwordHash: 'scrypt$x', mustChangePassword: true, totpLastStep: 7 });
      expect(await store.sessions.get('h')).toMatchObject({ userId: 'usr_1' });
      const bot = {
        id: 'usr_2',
        workspaceId: 'wks_1',
        email: null,
        name: 'Bot',
        role: 'admin' as const,
        disabled: false,
        createdAt: 5,
        kind: 'service' as const,
      };
      await store.users.create({ ...bot, passwordHash: null });
      await store.users.create({ ...bot, id: 'usr_3', passwordHash: null });
      expect(await store.users.get('wks_1', 'usr_3')).toEqual({ ...bot, id: 'usr_3' });
      await expect(store.users.create({ ...bot, id: 'usr_4', email: 'ada@example.test', kind: 'person', passwordHash: 'x' })).rejects.toThrow();
      await expect(
        db
          .insertInto('sessions')
          .values({ id_hash: 'h2', user_id: 'usr_none', workspace_id: 'wks_1', csrf_token: 'c', created_at: 3, expires_at: 4 })
          .execute(),
      ).rejects.toThrow();
    }, 120_000);
  });
}
