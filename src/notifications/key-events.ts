import type { AuditEntry } from '../audit/audit-service.js';
import type { Clock } from '../clock.js';
import { randomBase62 } from '../keys/key-format.js';
import { keyView, keyViewJson } from '../keys/key-view.js';
import { NO_GRANTS } from '../users/custom-permissions.js';
import type { RateLimiter } from '../ratelimit/limiter.js';
import type { KeyEventRecord } from '../store/notification-types.js';
import { type ApiKeyRecord, type Repos, type User, isServiceAccount } from '../store/types.js';
import { type AccountEventType, EMAIL_DEFAULT_OFF, type KeyEventType, briefOf, describe, describeAccount } from './event-types.js';

export const newEventId = () => `msg_${randomBase62(24)}`;
export const notificationId = () => `ntf_${randomBase62(20)}`;

/** Emails queued per recipient per hour, whatever they are about; beyond it, in-app only. */
export const EMAILS_PER_RECIPIENT_PER_HOUR = 20;

export interface KeyEventsOptions {
  /** Email deliveries are queued only when SMTP is configured. */
  emailEnabled: boolean;
  /** Counts emails per recipient (shared through Redis when there is one); without it, no cap. */
  emailLimiter?: RateLimiter;
  defaultRateLimit: { perMinute: number; perSecond: number };
}

export interface KeyEventInput {
  type: KeyEventType;
  key: ApiKeyRecord;
  /** Distinguishes repeatable events: '14d' for a reminder, the new key id for a roll; '' otherwise. */
  threshold?: string;
  extra?: Record<string, unknown>;
}

/** Writes the event row under a new id: the id when this call inserted it, undefined when it was already recorded. */
async function insertEvent(tx: Repos, event: Omit<KeyEventRecord, 'id'>): Promise<string | undefined> {
  const id = newEventId();
  return (await tx.notifications.insertEvent({ id, ...event })) ? id : undefined;
}

/**
 * Records key events in the caller's transaction (the transactional outbox): the event row, unique per
 * (key, type, threshold), and — only if this call inserted it — the in-app notifications and the queued
 * email and webhook deliveries. Either all of it lands with the change that caused it, or none.
 */
export class KeyEvents {
  constructor(
    private readonly clock: Clock,
    private readonly options: KeyEventsOptions,
  ) {}

  /** Returns the event id when recorded now, undefined when it had already been recorded. */
  async record(tx: Repos, input: KeyEventInput): Promise<string | undefined> {
    const { key, type } = input;
    const now = this.clock.now();
    const owner = await tx.users.get(key.workspaceId, key.userId);
    const revoker = key.revokedBy && key.revokedBy !== owner?.id ? await tx.users.get(key.workspaceId, key.revokedBy) : undefined;
    const grants = (await tx.workspaces.get(key.workspaceId))?.customPermissions ?? NO_GRANTS;
    const view = keyView(key, { owner, revoker, grants }, now, this.options.defaultRateLimit);
    const extra = input.extra ?? {};
    const id = await insertEvent(tx, {
      workspaceId: key.workspaceId,
      keyId: key.id,
      ownerId: key.userId,
      type,
      threshold: input.threshold ?? '',
      at: now,
      data: { key: keyViewJson(view), ...extra },
    });
    if (id === undefined) return undefined;
    const brief = briefOf(key);
    const message = describe(type, brief, extra);
    const recipients = new Set<string>();
    // A service account reads nothing: its keys' events go to the people who manage them, the owners and admins.
    const service = owner !== undefined && isServiceAccount(owner);
    if (owner && !owner.disabled && !service) recipients.add(owner.id);
    if (type === 'key.leaked_revoked' || service) for (const a of await tx.notifications.admins(key.workspaceId)) recipients.add(a.id);
    for (const userId of recipients) {
      await tx.notifications.addNotification({
        id: notificationId(),
        workspaceId: key.workspaceId,
        userId,
        eventId: id,
        type,
        at: now,
        readAt: null,
        data: { key: brief, message, ...extra },
      });
      if (this.options.emailEnabled && (await this.wantsEmail(tx, userId, type)) && (await this.emailAllowed(userId))) {
        await tx.notifications.addDelivery(pendingDelivery(id, key.workspaceId, now, { channel: 'email', userId, webhookId: null }));
      }
    }
    for (const w of await tx.notifications.subscribers(key.workspaceId, type)) {
      await tx.notifications.addDelivery(pendingDelivery(id, key.workspaceId, now, { channel: 'webhook', webhookId: w.id, userId: null }));
    }
    return id;
  }

  /**
   * A security notice about a user's own account, through the same outbox: the event row
   * (its subject is the user: `key_id` holds the user id for `account.*` events, unique per threshold), an
   * in-app notification, and — with SMTP, to a verified address, within the per-recipient cap — an email.
   * Never sent to webhooks, never switched off by a preference. Undefined when already recorded.
   */
  async recordAccount(
    tx: Repos,
    input: { type: AccountEventType; user: User; threshold: string; extra: Record<string, unknown> },
  ): Promise<string | undefined> {
    const { user, type, extra } = input;
    const now = this.clock.now();
    const id = await insertEvent(tx, {
      workspaceId: user.workspaceId,
      keyId: user.id,
      ownerId: user.id,
      type,
      threshold: input.threshold,
      at: now,
      data: { ...extra },
    });
    if (id === undefined || user.disabled) return id;
    await tx.notifications.addNotification({
      id: notificationId(),
      workspaceId: user.workspaceId,
      userId: user.id,
      eventId: id,
      type,
      at: now,
      readAt: null,
      data: { key: null, message: describeAccount(type, extra), ...extra },
    });
    if (this.options.emailEnabled && (await tx.accounts.secrets(user.id))?.emailVerified && (await this.emailAllowed(user.id))) {
      await tx.notifications.addDelivery(pendingDelivery(id, user.workspaceId, now, { channel: 'email', userId: user.id, webhookId: null }));
    }
    return id;
  }

  /**
   * The domain-events step beside the audit log: revoke, roll, leaked-key revocation and new-address
   * detection already write their audit event inside the transaction of the change, so the key event is
   * written there too.
   */
  async fromAudit(tx: Repos, e: AuditEntry): Promise<void> {
    if (e.target?.type !== 'key') return;
    if (e.action !== 'key.revoked' && e.action !== 'key.leaked_revoked' && e.action !== 'key.rolled' && e.action !== 'key.new_ip') return;
    const key = await tx.keys.get(e.workspaceId, e.target.id);
    if (!key) return;
    if (e.action === 'key.revoked') {
      // Revoking one's own key needs no telling.
      if (key.revokedBy === key.userId) return;
      await this.record(tx, { type: 'key.revoked', key, extra: { revoked_by: key.revokedBy } });
    } else if (e.action === 'key.new_ip') {
      // Whether the address is new was decided by the write that recorded this audit entry (once among
      // instances); an address can be new again after 30 days, so the time tells the events apart.
      const ip = String(e.details?.ip ?? '');
      if (e.details?.summary) {
        // One summary per key per hour (the unique threshold), however many instances get there.
        const extra = { ip, summary: true, quiet_until: e.details.quiet_until };
        await this.record(tx, { type: 'key.new_ip', key, threshold: `summary ${String(e.details.hour)}`, extra });
      } else await this.record(tx, { type: 'key.new_ip', key, threshold: `${ip} ${this.clock.now()}`, extra: { ip } });
    } else if (e.action === 'key.leaked_revoked') {
      await this.record(tx, { type: 'key.leaked_revoked', key });
    } else {
      const replacedBy = String(e.details?.replaced_by ?? key.replacedBy ?? '');
      await this.record(tx, { type: 'key.rolled', key, threshold: replacedBy, extra: { replaced_by: replacedBy } });
    }
  }

  /** At most EMAILS_PER_RECIPIENT_PER_HOUR emails to one user per hour (notices, alerts and emailed links together). */
  async emailAllowed(userId: string): Promise<boolean> {
    const limiter = this.options.emailLimiter;
    if (!limiter) return true;
    return (await limiter.hit(`email:${userId}`, [{ name: 'email', limit: EMAILS_PER_RECIPIENT_PER_HOUR, windowMs: 3_600_000 }])).allowed;
  }

  private async wantsEmail(tx: Repos, userId: string, type: string): Promise<boolean> {
    const prefs = await tx.notifications.emailPreferences(userId);
    return prefs.get(type) ?? !EMAIL_DEFAULT_OFF.has(type);
  }
}

/** A delivery waiting for its first attempt (email or webhook). */
export function pendingDelivery(
  eventId: string,
  workspaceId: string,
  now: number,
  target: { channel: 'email' | 'webhook'; userId: string | null; webhookId: string | null },
) {
  return {
    id: newEventId(),
    workspaceId,
    eventId,
    ...target,
    status: 'pending' as const,
    attempts: 0,
    nextAttemptAt: now,
    lockedUntil: null,
    lockedBy: null,
    lastStatusCode: null,
    lastError: null,
    lastDurationMs: null,
    createdAt: now,
    updatedAt: now,
  };
}
