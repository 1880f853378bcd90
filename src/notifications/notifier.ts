import { hostname } from 'node:os';
import type { Logger } from 'pino';
import type { Clock } from '../clock.js';
import type { WallClockGuard } from '../clock-guard.js';
import { iso } from '../http/present.js';
import { randomBase62 } from '../keys/key-format.js';
import type { DeliveryRecord, KeyEventRecord } from '../store/notification-types.js';
import type { Store } from '../store/types.js';
import { EXPIRY_THRESHOLD_DAYS, describe } from './event-types.js';
import { type KeyEvents, notificationId } from './key-events.js';
import { type Mailer, renderEmail } from './mailer.js';
import type { SecretBox } from './webhook-secret.js';
import { signWebhook } from './webhook-secret.js';
import { type SendResult, postWebhook } from './webhook-sender.js';

const DAY = 86_400_000;
/** Waits after the 1st, 2nd, … failed attempt; after the last one the delivery is `failed`. */
export const RETRY_DELAYS_MS = [5_000, 60_000, 600_000, 3_600_000, 21_600_000] as const;
/** Up to this fraction is added to each wait, so endpoints recovering together are not hit together. */
export const RETRY_JITTER = 0.1;
/** An endpoint whose deliveries have failed for this long is disabled and its admins told. */
export const DISABLE_AFTER_MS = 3 * DAY;
const BATCH = 50;

export interface NotifierOptions {
  intervalMs: number;
  webhookTimeoutMs: number;
  allowPrivate: boolean;
  publicUrl: string;
  logger: Logger;
  mailer?: Mailer;
  random?: () => number;
  /** Pauses the expiry scan while the wall clock has jumped against the monotonic clock (issue 21). */
  guard?: Pick<WallClockGuard, 'steady'>;
}

/**
 * The in-server scheduler: each tick records the expiry events that are due (exactly once, by the unique
 * event row) and then delivers what is due. Every instance runs it; deliveries are claimed with a lease
 * in the database, so one instance delivers each, and a delivery whose instance died is retried by
 * another when the lease runs out (at-least-once, with the same webhook-id).
 */
export class Notifier {
  /** Who holds a lease: host, process and a random tag (tests read it to find the delivering process). */
  readonly instanceId = `${hostname()}:${process.pid}:${randomBase62(6)}`;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private readonly random: () => number;

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly events: KeyEvents,
    private readonly secrets: SecretBox,
    private readonly options: NotifierOptions,
  ) {
    this.random = options.random ?? Math.random;
  }

  start(): void {
    if (this.options.intervalMs <= 0 || this.timer) return;
    this.timer = setInterval(() => void this.tick().catch((err) => this.options.logger.warn({ err: { message: (err as Error).message } }, 'notification tick failed')), this.options.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => {});
    this.options.mailer?.close();
  }

  /** One pass: record due expiry events, then deliver what is due. Overlapping calls share one pass. */
  tick(): Promise<void> {
    this.running ??= (async () => {
      try {
        await this.scan();
        await this.deliverDue();
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }

  /** Keys that crossed 14, 7 or 1 days before expiry, or expired (within the last week), since the last scan. */
  async scan(): Promise<number> {
    if (this.options.guard && !this.options.guard.steady()) return 0;
    const now = this.clock.now();
    let recorded = 0;
    const bounds = [...EXPIRY_THRESHOLD_DAYS, 0];
    for (let i = 0; i < EXPIRY_THRESHOLD_DAYS.length; i++) {
      const days = EXPIRY_THRESHOLD_DAYS[i];
      const threshold = `${days}d`;
      const due = await this.store.notifications.keysExpiringBetween({ now, fromMs: bounds[i + 1] * DAY, toMs: days * DAY, type: 'key.expiring', threshold, limit: 500 });
      for (const c of due) recorded += await this.recordFor(c.workspaceId, c.keyId, (key) => ({ type: 'key.expiring', key, threshold, extra: { days_left: days } }));
    }
    for (const c of await this.store.notifications.keysExpired({ now, lookbackMs: 7 * DAY, limit: 500 })) {
      recorded += await this.recordFor(c.workspaceId, c.keyId, (key) => ({ type: 'key.expired', key }));
    }
    return recorded;
  }

  private async recordFor(workspaceId: string, keyId: string, input: (key: NonNullable<Awaited<ReturnType<Store['keys']['get']>>>) => Parameters<KeyEvents['record']>[1]): Promise<number> {
    return this.store.transaction(async (tx) => {
      const key = await tx.keys.get(workspaceId, keyId);
      if (!key || key.revokedAt !== null) return 0;
      return (await this.events.record(tx, input(key))) ? 1 : 0;
    });
  }

  /** Claims and attempts every due delivery (a few at a time); returns how many this instance attempted. */
  async deliverDue(): Promise<number> {
    let attempted = 0;
    for (;;) {
      const now = this.clock.now();
      const ids = await this.store.notifications.dueDeliveries(now, BATCH);
      const lease = now + 2 * this.options.webhookTimeoutMs + 1000;
      const mine: string[] = [];
      for (const id of ids) if (await this.store.notifications.claimDelivery(id, now, lease, this.instanceId)) mine.push(id);
      if (mine.length === 0) return attempted;
      await Promise.all(mine.map((id) => this.attempt(id)));
      attempted += mine.length;
      if (ids.length < BATCH) return attempted;
    }
  }

  private async attempt(id: string): Promise<void> {
    const d = await this.store.notifications.getDelivery(id);
    const event = d && (await this.store.notifications.getEvent(d.eventId));
    if (!d || !event) return;
    let result: SendResult;
    try {
      result = d.channel === 'webhook' ? await this.sendWebhook(d, event) : await this.sendEmail(d, event);
    } catch (err) {
      result = { ok: false, statusCode: null, error: `${(err as Error).name}: could not send`, durationMs: 0 };
    }
    await this.settle(d, result);
  }

  private async sendWebhook(d: DeliveryRecord, event: KeyEventRecord): Promise<SendResult> {
    const webhook = d.webhookId ? await this.store.notifications.getWebhook(d.workspaceId, d.webhookId) : undefined;
    if (!webhook || !webhook.enabled) return { ok: false, statusCode: null, error: 'webhook deleted or disabled', durationMs: 0 };
    const body = webhookBody(event);
    const timestamp = Math.floor(this.clock.now() / 1000);
    return postWebhook(
      {
        url: webhook.url,
        body,
        headers: { 'webhook-id': d.id, 'webhook-timestamp': String(timestamp), 'webhook-signature': signWebhook(this.secrets.open(webhook.secret), d.id, timestamp, body) },
        timeoutMs: this.options.webhookTimeoutMs,
        allowPrivate: this.options.allowPrivate,
      },
      () => this.clock.now(),
    );
  }

  private async sendEmail(d: DeliveryRecord, event: KeyEventRecord): Promise<SendResult> {
    const user = d.userId ? await this.store.users.get(d.workspaceId, d.userId) : undefined;
    if (!this.options.mailer || !user || user.disabled) return { ok: false, statusCode: null, error: 'no mailer or recipient', durationMs: 0 };
    const started = this.clock.now();
    await this.options.mailer.send(renderEmail(event, user, this.options.publicUrl));
    return { ok: true, statusCode: null, error: null, durationMs: this.clock.now() - started };
  }

  /** Stores the attempt's outcome; schedules the next try with backoff and jitter, or gives up. */
  private async settle(d: DeliveryRecord, r: SendResult): Promise<void> {
    const now = this.clock.now();
    const attempts = d.attempts + 1;
    const hardStop = r.error === 'webhook deleted or disabled' || r.error === 'no mailer or recipient';
    const delay = RETRY_DELAYS_MS[attempts - 1];
    const status = r.ok ? 'delivered' : hardStop || delay === undefined ? 'failed' : 'pending';
    await this.store.notifications.finishDelivery(d.id, this.instanceId, {
      status,
      attempts,
      nextAttemptAt: status === 'pending' ? now + Math.round(delay * (1 + this.random() * RETRY_JITTER)) : null,
      lastStatusCode: r.statusCode,
      lastError: r.error,
      lastDurationMs: r.durationMs,
      updatedAt: now,
    });
    if (r.ok) this.options.logger.info({ delivery: d.id, channel: d.channel, status: r.statusCode }, 'notification delivered');
    else this.options.logger.warn({ delivery: d.id, channel: d.channel, status: r.statusCode, error: r.error, attempts }, 'notification delivery failed');
    if (d.channel === 'webhook' && d.webhookId && !hardStop) await this.trackHealth(d.workspaceId, d.webhookId, r.ok, now);
  }

  /** Clears the failing mark on success; disables an endpoint failing for 3 days and tells its admins. */
  private async trackHealth(workspaceId: string, webhookId: string, ok: boolean, now: number): Promise<void> {
    await this.store.transaction(async (tx) => {
      const w = await tx.notifications.getWebhook(workspaceId, webhookId);
      if (!w) return;
      if (ok) {
        if (w.failingSince !== null) await tx.notifications.updateWebhook(workspaceId, webhookId, { failingSince: null });
        return;
      }
      if (w.failingSince === null) return tx.notifications.updateWebhook(workspaceId, webhookId, { failingSince: now });
      if (!w.enabled || now - w.failingSince < DISABLE_AFTER_MS) return;
      await tx.notifications.updateWebhook(workspaceId, webhookId, { enabled: false, disabledReason: 'failing' });
      const extra = { webhook_id: webhookId, url: w.url, failing_since: iso(w.failingSince) };
      for (const a of await tx.notifications.admins(workspaceId)) {
        await tx.notifications.addNotification({
          id: notificationId(),
          workspaceId,
          userId: a.id,
          eventId: null,
          type: 'webhook.disabled',
          at: now,
          readAt: null,
          data: { key: null, message: describe('webhook.disabled', { id: '', name: '', hint: '', expires_at: null }, extra), ...extra },
        });
      }
    });
  }
}

/** The Standard Webhooks body: `{ type, timestamp, data: { key, … } }`, the same bytes on every retry. */
export function webhookBody(event: KeyEventRecord): string {
  return JSON.stringify({ type: event.type, timestamp: iso(event.at), data: event.data });
}
