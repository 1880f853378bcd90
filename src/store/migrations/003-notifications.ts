import type { Kysely } from 'kysely';
import { createNewestFirstIndex, workspaceRow } from '../migration-columns.js';

/**
 * Notifications: key events (the transactional outbox), in-app notifications, deliveries (webhook and email,
 * one claimable queue), webhook endpoints and per-user email preferences.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('key_events')
    .$call(workspaceRow)
    .addColumn('key_id', 'varchar(40)', (c) => c.notNull())
    .addColumn('owner_id', 'varchar(40)', (c) => c.notNull())
    .addColumn('type', 'varchar(40)', (c) => c.notNull())
    // '' when an event happens once per key; '14d' / '7d' / '1d' for reminders; the new key id for rolls.
    .addColumn('threshold', 'varchar(64)', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    // Exactly once per (key, event, threshold), whatever the number of instances racing to record it.
    .addUniqueConstraint('key_events_once', ['key_id', 'type', 'threshold'])
    .execute();

  await db.schema
    .createTable('notifications')
    .$call(workspaceRow)
    .addColumn('user_id', 'varchar(40)', (c) => c.notNull())
    .addColumn('event_id', 'varchar(40)')
    .addColumn('type', 'varchar(40)', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('read_at', 'bigint')
    .addColumn('data', 'text', (c) => c.notNull())
    .execute();
  await createNewestFirstIndex(db, 'notifications_user', 'notifications', ['user_id'], 'at');

  await db.schema
    .createTable('webhooks')
    .$call(workspaceRow)
    .addColumn('url', 'varchar(2000)', (c) => c.notNull())
    .addColumn('events', 'text', (c) => c.notNull())
    .addColumn('enabled', 'integer', (c) => c.notNull())
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('failing_since', 'bigint')
    .addColumn('disabled_reason', 'varchar(40)')
    .execute();
  await createNewestFirstIndex(db, 'webhooks_workspace', 'webhooks', ['workspace_id'], 'created_at');

  await db.schema
    .createTable('deliveries')
    .$call(workspaceRow)
    .addColumn('event_id', 'varchar(40)', (c) => c.notNull())
    .addColumn('channel', 'varchar(10)', (c) => c.notNull())
    .addColumn('webhook_id', 'varchar(40)')
    .addColumn('user_id', 'varchar(40)')
    .addColumn('status', 'varchar(10)', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('next_attempt_at', 'bigint')
    .addColumn('locked_until', 'bigint')
    .addColumn('locked_by', 'varchar(80)')
    .addColumn('last_status_code', 'integer')
    .addColumn('last_error', 'varchar(200)')
    .addColumn('last_duration_ms', 'integer')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('deliveries_due').on('deliveries').columns(['status', 'next_attempt_at']).execute();
  await createNewestFirstIndex(db, 'deliveries_webhook', 'deliveries', ['webhook_id'], 'created_at');

  await db.schema
    .createTable('notification_preferences')
    .addColumn('user_id', 'varchar(40)', (c) => c.notNull())
    .addColumn('event_type', 'varchar(40)', (c) => c.notNull())
    .addColumn('email', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('notification_preferences_pk', ['user_id', 'event_type'])
    .execute();

  // The scheduler's scan: keys by expiry.
  await db.schema.createIndex('api_keys_expires').on('api_keys').column('expires_at').execute();
}
