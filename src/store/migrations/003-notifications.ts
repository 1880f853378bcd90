import type { Kysely } from 'kysely';
import { WORKSPACE_ROW, createNewestFirstIndex, createTable } from '../migration-columns.js';

/**
 * Notifications: key events (the transactional outbox), in-app notifications, deliveries (webhook and email,
 * one claimable queue), webhook endpoints and per-user email preferences.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const keyEvents = {
    ...WORKSPACE_ROW,
    key_id: 'varchar(40) not null',
    owner_id: 'varchar(40) not null',
    type: 'varchar(40) not null',
    // '' when an event happens once per key; '14d' / '7d' / '1d' for reminders; the new key id for rolls.
    threshold: 'varchar(64) not null',
    at: 'bigint not null',
    data: 'text not null',
  };
  // Exactly once per (key, event, threshold), whatever the number of instances racing to record it.
  await createTable(db, 'key_events', keyEvents, (t) => t.addUniqueConstraint('key_events_once', ['key_id', 'type', 'threshold']));

  // Each table lists its own columns; lists alike in shape (001's, the deliveries' below) are other tables, not one logic.
  await createTable(db, 'notifications', {
    ...WORKSPACE_ROW,
    user_id: 'varchar(40) not null',
    event_id: 'varchar(40)',
    type: 'varchar(40) not null',
    at: 'bigint not null',
    read_at: 'bigint',
    data: 'text not null',
  });
  await createNewestFirstIndex(db, 'notifications_user', 'notifications', ['user_id'], 'at');

  await createTable(db, 'webhooks', {
    ...WORKSPACE_ROW,
    url: 'varchar(2000) not null',
    events: 'text not null',
    enabled: 'integer not null',
    secret: 'text not null',
    created_at: 'bigint not null',
    failing_since: 'bigint',
    disabled_reason: 'varchar(40)',
  });
  await createNewestFirstIndex(db, 'webhooks_workspace', 'webhooks', ['workspace_id'], 'created_at');

  await createTable(db, 'deliveries', {
    ...WORKSPACE_ROW,
    event_id: 'varchar(40) not null',
    channel: 'varchar(10) not null',
    webhook_id: 'varchar(40)',
    user_id: 'varchar(40)',
    status: 'varchar(10) not null',
    attempts: 'integer not null',
    next_attempt_at: 'bigint',
    locked_until: 'bigint',
    locked_by: 'varchar(80)',
    last_status_code: 'integer',
    last_error: 'varchar(200)',
    last_duration_ms: 'integer',
    created_at: 'bigint not null',
    updated_at: 'bigint not null',
  });
  await db.schema.createIndex('deliveries_due').on('deliveries').columns(['status', 'next_attempt_at']).execute();
  await createNewestFirstIndex(db, 'deliveries_webhook', 'deliveries', ['webhook_id'], 'created_at');

  await createTable(
    db,
    'notification_preferences',
    {
      user_id: 'varchar(40) not null',
      event_type: 'varchar(40) not null',
      email: 'integer not null',
    },
    (t) => t.addPrimaryKeyConstraint('notification_preferences_pk', ['user_id', 'event_type']),
  );

  // The scheduler's scan: keys by expiry.
  await db.schema.createIndex('api_keys_expires').on('api_keys').column('expires_at').execute();
}
