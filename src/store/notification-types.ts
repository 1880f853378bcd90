/** The storage contract of notifications (key events, notifications, webhooks, deliveries, preferences). */
import type { Cursor, Page } from './types.js';

export interface KeyEventRecord {
  id: string;
  workspaceId: string;
  keyId: string;
  ownerId: string;
  type: string;
  /** '' for once-per-key events, '14d' / '7d' / '1d' for reminders, the new key's id for rolls. */
  threshold: string;
  at: number;
  data: Record<string, unknown>;
}

export interface NotificationRecord {
  id: string;
  workspaceId: string;
  userId: string;
  eventId: string | null;
  type: string;
  at: number;
  readAt: number | null;
  data: Record<string, unknown>;
}

export interface WebhookRecord {
  id: string;
  workspaceId: string;
  url: string;
  events: string[];
  enabled: boolean;
  /** The signing secret as stored (encrypted when a server-side key is configured); never returned. */
  secret: string;
  createdAt: number;
  failingSince: number | null;
  disabledReason: string | null;
}

export type DeliveryStatus = 'pending' | 'delivered' | 'failed';

export interface DeliveryRecord {
  /** Also the Standard Webhooks `webhook-id`: stable across retries and redeliveries. */
  id: string;
  workspaceId: string;
  eventId: string;
  channel: 'webhook' | 'email';
  webhookId: string | null;
  userId: string | null;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: number | null;
  lockedUntil: number | null;
  lockedBy: string | null;
  lastStatusCode: number | null;
  lastError: string | null;
  lastDurationMs: number | null;
  createdAt: number;
  updatedAt: number;
}

/** A key crossing a reminder threshold, with what the event needs. */
export interface ExpiryCandidate {
  keyId: string;
  workspaceId: string;
}

/** Pending deliveries of one workspace to one endpoint (a webhook, or the workspace's email). */
export interface DueGroup {
  workspaceId: string;
  channel: 'webhook' | 'email';
  webhookId: string | null;
  /** The earliest due, unleased delivery's next_attempt_at. */
  due: number;
  /** Deliveries of the group leased right now, by any instance. */
  inFlight: number;
}

export interface NotificationRepo {
  /** Inserts unless (key, type, threshold) already exists; true when this call inserted it. */
  insertEvent(e: KeyEventRecord): Promise<boolean>;
  getEvent(id: string): Promise<KeyEventRecord | undefined>;
  /** How many `type` events a key has had at or after `since` (the new-address alert cap). */
  countKeyEvents(keyId: string, type: string, since: number): Promise<number>;
  addNotification(n: NotificationRecord): Promise<void>;
  listNotifications(q: { workspaceId: string; userId: string; unread?: boolean; limit: number; after?: Cursor }): Promise<Page<NotificationRecord>>;
  unreadCount(workspaceId: string, userId: string): Promise<number>;
  markRead(workspaceId: string, userId: string, id: string, at: number): Promise<NotificationRecord | undefined>;
  markAllRead(workspaceId: string, userId: string, at: number): Promise<number>;
  /** The user's explicit email choices by event type (absent: the default). */
  emailPreferences(userId: string): Promise<Map<string, boolean>>;
  setEmailPreference(userId: string, eventType: string, email: boolean): Promise<void>;
  createWebhook(w: WebhookRecord): Promise<void>;
  getWebhook(workspaceId: string, id: string): Promise<WebhookRecord | undefined>;
  listWebhooks(workspaceId: string, limit: number, after?: Cursor): Promise<Page<WebhookRecord>>;
  updateWebhook(
    workspaceId: string,
    id: string,
    patch: Partial<Pick<WebhookRecord, 'url' | 'events' | 'enabled' | 'secret' | 'failingSince' | 'disabledReason'>>,
  ): Promise<void>;
  deleteWebhook(workspaceId: string, id: string): Promise<boolean>;
  /** Enabled webhooks of a workspace subscribed to `eventType`. */
  subscribers(workspaceId: string, eventType: string): Promise<WebhookRecord[]>;
  addDelivery(d: DeliveryRecord): Promise<void>;
  getDelivery(id: string): Promise<DeliveryRecord | undefined>;
  listDeliveries(workspaceId: string, webhookId: string, limit: number, after?: Cursor): Promise<Page<DeliveryRecord>>;
  /** Ids of pending deliveries due at `now` whose lease (if any) has run out, oldest due first. */
  dueDeliveries(now: number, limit: number): Promise<string[]>;
  /** Groups (workspace, channel, webhook) holding due, unleased deliveries, earliest due first, with their leased counts. */
  dueGroups(now: number, limit: number): Promise<DueGroup[]>;
  /** Ids of a group's due, unleased deliveries, oldest due first. */
  dueIn(group: Pick<DueGroup, 'workspaceId' | 'channel' | 'webhookId'>, now: number, limit: number): Promise<string[]>;
  /** Moves an endpoint's due-before-`until`, unleased pending deliveries to `until` (its circuit is open). */
  deferWebhook(webhookId: string, now: number, until: number): Promise<number>;
  /**
   * Takes a lease on a due delivery: a conditional UPDATE, so of several instances racing for one row
   * exactly one succeeds (PostgreSQL re-checks the condition after the row lock; SQLite has one writer).
   */
  claimDelivery(id: string, now: number, leaseUntil: number, by: string): Promise<boolean>;
  /** Records an attempt's outcome, only while this instance still holds the lease. */
  finishDelivery(
    id: string,
    by: string,
    patch: Partial<Pick<DeliveryRecord, 'status' | 'attempts' | 'nextAttemptAt' | 'lastStatusCode' | 'lastError' | 'lastDurationMs'>> & { updatedAt: number },
  ): Promise<void>;
  /** Makes a delivery pending and due now again (Redeliver); its id, the webhook-id, stays. */
  requeueDelivery(id: string, now: number): Promise<void>;
  /** Active keys whose expiry is within (from, to] of `now` and which have no `type`/`threshold` event yet. */
  keysExpiringBetween(q: { now: number; fromMs: number; toMs: number; type: string; threshold: string; limit: number }): Promise<ExpiryCandidate[]>;
  /** Unrevoked, not rolled-away keys that expired in (now - lookbackMs, now] without a `key.expired` event. */
  keysExpired(q: { now: number; lookbackMs: number; limit: number }): Promise<ExpiryCandidate[]>;
  /** Active owners and admins of a workspace, people only (who hear about leaked keys, failing webhooks and service accounts' keys). */
  admins(workspaceId: string): Promise<{ id: string; email: string | null; name: string }[]>;
}
