import type { Kysely } from 'kysely';
import { addColumns, createSeenFromTable, createTable } from '../migration-columns.js';

/**
 * Accounts as safe as the keys: a forced password change, TOTP two-factor sign-in (the secret
 * sealed like webhook secrets, the last time step used so a code is never accepted twice, one-time
 * recovery codes stored as hashes), the workspace's "owners and admins must use two-factor" policy,
 * sessions that remember where they come from and when they last proved who they are (re-authentication),
 * and the addresses each user has signed in from (a sign-in from a new one is notified).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await addColumns(db, 'users', {
    must_change_password: 'integer not null default 0',
    totp_secret: 'varchar(300)',
    totp_pending_secret: 'varchar(300)',
    totp_last_step: 'bigint',
  });
  await addColumns(db, 'workspaces', { require_two_factor: 'integer not null default 0' });
  await addColumns(db, 'sessions', {
    stage: "varchar(30) not null default 'active'",
    ip: 'varchar(64)',
    user_agent: 'varchar(300)',
    last_seen_at: 'bigint',
    reauth_at: 'bigint',
  });
  await createTable(
    db,
    'recovery_codes',
    {
      user_id: 'varchar(40) not null',
      code_hash: 'varchar(64) not null',
      used_at: 'bigint',
    },
    (t) => t.addPrimaryKeyConstraint('recovery_codes_pk', ['user_id', 'code_hash']),
  );
  await createSeenFromTable(db, 'user_ips', 'user_id');
}
