import type { Kysely } from 'kysely';
import { createNewestFirstIndex, workspaceRow } from '../migration-columns.js';

/** The initial schema. Written with Kysely's schema builder only, so it runs on SQLite and PostgreSQL. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('workspaces')
    .addColumn('id', 'varchar(40)', (c) => c.primaryKey())
    .addColumn('name', 'varchar(200)', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('max_key_lifetime_days', 'integer', (c) => c.notNull().defaultTo(366))
    .addColumn('require_key_expiry', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'varchar(40)', (c) => c.primaryKey())
    .addColumn('workspace_id', 'varchar(40)', (c) => c.notNull().references('workspaces.id'))
    .addColumn('email', 'varchar(320)', (c) => c.notNull().unique())
    .addColumn('name', 'varchar(200)', (c) => c.notNull())
    .addColumn('role', 'varchar(20)', (c) => c.notNull())
    .addColumn('password_hash', 'varchar(300)', (c) => c.notNull())
    .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('users_workspace').on('users').columns(['workspace_id', 'created_at']).execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id_hash', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('user_id', 'varchar(40)', (c) => c.notNull().references('users.id'))
    .addColumn('workspace_id', 'varchar(40)', (c) => c.notNull())
    .addColumn('csrf_token', 'varchar(64)', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('contacts')
    .addColumn('id', 'varchar(40)', (c) => c.primaryKey())
    .addColumn('workspace_id', 'varchar(40)', (c) => c.notNull().references('workspaces.id'))
    .addColumn('name', 'varchar(200)', (c) => c.notNull())
    .addColumn('email', 'varchar(320)')
    .addColumn('phone', 'varchar(50)')
    .addColumn('company', 'varchar(200)')
    .addColumn('notes', 'text')
    .addColumn('tags', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await createNewestFirstIndex(db, 'contacts_workspace', 'contacts', ['workspace_id'], 'created_at');

  await db.schema
    .createTable('api_keys')
    .addColumn('id', 'varchar(40)', (c) => c.primaryKey())
    .addColumn('workspace_id', 'varchar(40)', (c) => c.notNull().references('workspaces.id'))
    .addColumn('user_id', 'varchar(40)', (c) => c.notNull().references('users.id'))
    .addColumn('key_hash', 'varchar(80)', (c) => c.notNull().unique())
    .addColumn('hint', 'varchar(20)', (c) => c.notNull())
    .addColumn('name', 'varchar(400)', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('created_by', 'varchar(40)', (c) => c.notNull())
    .addColumn('expires_at', 'bigint')
    .addColumn('last_used_at', 'bigint')
    .addColumn('last_used_ip', 'varchar(64)')
    .addColumn('revoked_at', 'bigint')
    .addColumn('revoked_by', 'varchar(40)')
    .addColumn('revoked_reason', 'varchar(20)')
    .addColumn('restriction', 'text')
    .addColumn('rate_limit_per_minute', 'integer')
    .addColumn('rate_limit_per_second', 'integer')
    .addColumn('rolled_from', 'varchar(40)')
    .addColumn('replaced_by', 'varchar(40)')
    .execute();
  await createNewestFirstIndex(db, 'api_keys_user', 'api_keys', ['user_id'], 'created_at');
  await createNewestFirstIndex(db, 'api_keys_workspace', 'api_keys', ['workspace_id'], 'created_at');

  await db.schema
    .createTable('audit_events')
    .$call(workspaceRow)
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('action', 'varchar(40)', (c) => c.notNull())
    .addColumn('actor_type', 'varchar(10)', (c) => c.notNull())
    .addColumn('actor_id', 'varchar(40)')
    .addColumn('target_type', 'varchar(20)')
    .addColumn('target_id', 'varchar(40)')
    .addColumn('ip', 'varchar(64)')
    .addColumn('user_agent', 'varchar(500)')
    .addColumn('details', 'text', (c) => c.notNull())
    .execute();
  await createNewestFirstIndex(db, 'audit_workspace', 'audit_events', ['workspace_id'], 'at');
}
