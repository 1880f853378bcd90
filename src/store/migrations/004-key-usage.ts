import type { Kysely } from 'kysely';
import { addColumns, createSeenFromTable, createTable } from '../migration-columns.js';

/**
 * Per-key usage: counters per key and bucket (minute rows, rolled up to hour rows after 48 h),
 * the recent client addresses of each key (for new-address alerts), a key's IP allowlist and the idle
 * time after which a rolled-away key is revoked on its own.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await createTable(
    db,
    'key_usage',
    {
      key_id: 'varchar(40) not null',
      span_ms: 'integer not null',
      start: 'bigint not null',
      workspace_id: 'varchar(40) not null',
      requests: 'integer not null default 0',
      ok: 'integer not null default 0',
      client_errors: 'integer not null default 0',
      rate_limited: 'integer not null default 0',
      server_errors: 'integer not null default 0',
      refused: 'integer not null default 0',
    },
    (t) => t.addPrimaryKeyConstraint('key_usage_pk', ['key_id', 'span_ms', 'start']),
  );
  await db.schema.createIndex('key_usage_workspace').on('key_usage').columns(['workspace_id', 'start']).execute();
  await db.schema.createIndex('key_usage_span').on('key_usage').columns(['span_ms', 'start']).execute();

  await createSeenFromTable(db, 'key_ips', 'key_id');

  await addColumns(db, 'api_keys', { allowed_ips: 'text', revoke_when_idle_ms: 'bigint' });
  await db.schema.createIndex('api_keys_idle').on('api_keys').column('revoke_when_idle_ms').execute();
}
