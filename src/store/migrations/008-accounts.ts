import type { Kysely } from 'kysely';
import { createSeenFromTable } from '../migration-columns.js';

/**
 * Accounts as safe as the keys: a forced password change, TOTP two-factor sign-in (the secret
 * sealed like webhook secrets, the last time step used so a code is never accepted twice, one-time
 * recovery codes stored as hashes), the workspace's "owners and admins must use two-factor" policy,
 * sessions that remember where they come from and when they last proved who they are (re-authentication),
 * and the addresses each user has signed in from (a sign-in from a new one is notified).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('users').addColumn('totp_secret', 'varchar(300)').execute();
  await db.schema.alterTable('users').addColumn('totp_pending_secret', 'varchar(300)').execute();
  await db.schema.alterTable('users').addColumn('totp_last_step', 'bigint').execute();
  await db.schema
    .alterTable('workspaces')
    .addColumn('require_two_factor', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('sessions')
    .addColumn('stage', 'varchar(30)', (c) => c.notNull().defaultTo('active'))
    .execute();
  await db.schema.alterTable('sessions').addColumn('ip', 'varchar(64)').execute();
  await db.schema.alterTable('sessions').addColumn('user_agent', 'varchar(300)').execute();
  await db.schema.alterTable('sessions').addColumn('last_seen_at', 'bigint').execute();
  await db.schema.alterTable('sessions').addColumn('reauth_at', 'bigint').execute();
  await db.schema
    .createTable('recovery_codes')
    .addColumn('user_id', 'varchar(40)', (c) => c.notNull())
    .addColumn('code_hash', 'varchar(64)', (c) => c.notNull())
    .addColumn('used_at', 'bigint')
    .addPrimaryKeyConstraint('recovery_codes_pk', ['user_id', 'code_hash'])
    .execute();
  await createSeenFromTable(db, 'user_ips', 'user_id');
}
