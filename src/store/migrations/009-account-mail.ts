import type { Kysely } from 'kysely';
import { addColumns, createTable } from '../migration-columns.js';

/**
 * Accounts by email: whether a user's address is verified (only sign-ups with SMTP configured
 * start unverified; everyone else is as verified as before), and the one-time links sent by email — a
 * password reset or an address verification — stored as the SHA-256 of their token, never the token.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await addColumns(db, 'users', { email_verified: 'integer not null default 1' });
  // Its own columns, alike in shape only to the lists of other tables (008's sessions columns).
  await createTable(db, 'account_tokens', {
    token_hash: 'varchar(64) primary key',
    user_id: 'varchar(40) not null',
    workspace_id: 'varchar(40) not null',
    purpose: 'varchar(20) not null',
    created_at: 'bigint not null',
    expires_at: 'bigint not null',
    used_at: 'bigint',
  });
  await db.schema.createIndex('account_tokens_user').on('account_tokens').columns(['user_id', 'purpose']).execute();
}
