import type { Kysely } from 'kysely';
import { createSeenFromTable } from '../migration-columns.js';

/**
 * Per-key usage: counters per key and bucket (minute rows, rolled up to hour rows after 48 h),
 * the recent client addresses of each key (for new-address alerts), a key's IP allowlist and the idle
 * time after which a rolled-away key is revoked on its own.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('key_usage')
    .addColumn('key_id', 'varchar(40)', (c) => c.notNull())
    .addColumn('span_ms', 'integer', (c) => c.notNull())
    .addColumn('start', 'bigint', (c) => c.notNull())
    .addColumn('workspace_id', 'varchar(40)', (c) => c.notNull())
    .addColumn('requests', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('ok', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('client_errors', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rate_limited', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('server_errors', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('refused', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('key_usage_pk', ['key_id', 'span_ms', 'start'])
    .execute();
  await db.schema.createIndex('key_usage_workspace').on('key_usage').columns(['workspace_id', 'start']).execute();
  await db.schema.createIndex('key_usage_span').on('key_usage').columns(['span_ms', 'start']).execute();

  await createSeenFromTable(db, 'key_ips', 'key_id');

  await db.schema.alterTable('api_keys').addColumn('allowed_ips', 'text').execute();
  await db.schema.alterTable('api_keys').addColumn('revoke_when_idle_ms', 'bigint').execute();
  await db.schema.createIndex('api_keys_idle').on('api_keys').column('revoke_when_idle_ms').execute();
}
