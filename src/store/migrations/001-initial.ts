import type { Kysely } from 'kysely';
import { WORKSPACE_ROW, createNewestFirstIndex, createTable } from '../migration-columns.js';

/** The initial schema. Written with Kysely's schema builder only (migration-columns.ts), so it runs on SQLite and PostgreSQL. */
export async function up(db: Kysely<any>): Promise<void> {
  await createTable(db, 'workspaces', {
    id: 'varchar(40) primary key',
    name: 'varchar(200) not null',
    created_at: 'bigint not null',
    max_key_lifetime_days: 'integer not null default 366',
    require_key_expiry: 'integer not null default 0',
  });

  await createTable(db, 'users', {
    id: 'varchar(40) primary key',
    workspace_id: 'varchar(40) not null references workspaces.id',
    email: 'varchar(320) not null unique',
    name: 'varchar(200) not null',
    role: 'varchar(20) not null',
    password_hash: 'varchar(300) not null',
    disabled: 'integer not null default 0',
    created_at: 'bigint not null',
  });
  await db.schema.createIndex('users_workspace').on('users').columns(['workspace_id', 'created_at']).execute();

  await createTable(db, 'sessions', {
    id_hash: 'varchar(64) primary key',
    user_id: 'varchar(40) not null references users.id',
    workspace_id: 'varchar(40) not null',
    csrf_token: 'varchar(64) not null',
    created_at: 'bigint not null',
    expires_at: 'bigint not null',
  });
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

  await createTable(db, 'contacts', {
    id: 'varchar(40) primary key',
    workspace_id: 'varchar(40) not null references workspaces.id',
    name: 'varchar(200) not null',
    email: 'varchar(320)',
    phone: 'varchar(50)',
    company: 'varchar(200)',
    notes: 'text',
    tags: 'text not null',
    created_at: 'bigint not null',
    updated_at: 'bigint not null',
  });
  await createNewestFirstIndex(db, 'contacts_workspace', 'contacts', ['workspace_id'], 'created_at');

  await createTable(db, 'api_keys', {
    id: 'varchar(40) primary key',
    workspace_id: 'varchar(40) not null references workspaces.id',
    user_id: 'varchar(40) not null references users.id',
    key_hash: 'varchar(80) not null unique',
    hint: 'varchar(20) not null',
    name: 'varchar(400) not null',
    created_at: 'bigint not null',
    created_by: 'varchar(40) not null',
    expires_at: 'bigint',
    last_used_at: 'bigint',
    last_used_ip: 'varchar(64)',
    revoked_at: 'bigint',
    revoked_by: 'varchar(40)',
    revoked_reason: 'varchar(20)',
    restriction: 'text',
    rate_limit_per_minute: 'integer',
    rate_limit_per_second: 'integer',
    rolled_from: 'varchar(40)',
    replaced_by: 'varchar(40)',
  });
  await createNewestFirstIndex(db, 'api_keys_user', 'api_keys', ['user_id'], 'created_at');
  await createNewestFirstIndex(db, 'api_keys_workspace', 'api_keys', ['workspace_id'], 'created_at');

  await createTable(db, 'audit_events', {
    ...WORKSPACE_ROW,
    at: 'bigint not null',
    action: 'varchar(40) not null',
    actor_type: 'varchar(10) not null',
    actor_id: 'varchar(40)',
    target_type: 'varchar(20)',
    target_id: 'varchar(40)',
    ip: 'varchar(64)',
    user_agent: 'varchar(500)',
    details: 'text not null',
  });
  await createNewestFirstIndex(db, 'audit_workspace', 'audit_events', ['workspace_id'], 'at');
}
