import { hostname } from 'node:os';
import type { Logger } from 'pino';
import type { Clock } from '../clock.js';
import type { WallClockGuard } from '../clock-guard.js';
import { iso } from '../dates.js';
import { randomBase62 } from '../keys/key-format.js';
import type { DeliveryRecord, DueGroup, KeyEventRecord } from '../store/notification-types.js';
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
/** Attempts one instance has in flight at once, over all workspaces and endpoints. */
export const SENDER_CONCURRENCY = 16;
/**
 * Attempts in flight to one endpoint at once (a webhook URL, or one workspace's email), over all
 * instances: a hanging endpoint holds at most this many of the sender's slots.
 */
export const ENDPOINT_CONCURRENCY = 2;
/** Consecutive failed attempts to one endpoint that open its circuit: its due deliveries wait, retried together later. */
export const BREAKER_THRESHOLD = 5;
/** How long an open circuit waits, doubling each time it opens again without a success in between, up to an hour. */
export const BREAKER_OPEN_MS = 30_000;
const BREAKER_MAX_MS = 3_600_000;
/** Groups looked at per fill (endpoint × workspace). */
const GROUPS = 500;

export interface NotifierOptions {
  intervalMs: number;
  webhookTimeoutMs: number;
  allowPrivate: boolean;
  publicUrl: string;
  logger: Logger;
  mailer?: Mailer;
  random?: () => number;
  /** Told of every attempt as it starts (tests read the sender's order from it). */
  onAttempt?: (d: { id: string; workspaceId: string; channel: string; webhookId: string | null }) => void;
  /** Pauses the expiry scan while the wall clock has jumped against the monotonic clock. */
  guard?: Pick<WallClockGuard, 'steady'>;
}

/**
 * The in-server scheduler and sender. Deliveries start right after the commit that queued them (the
 * store's outbox signal), retries when their time comes (a timer for the earliest one this instance
 * set), and every `intervalMs` a tick records the expiry events that are due (exactly once, by the unique
 * event row) and delivers whatever is due (the backstop: other instances' retries, a lost signal).
 *
 * Fairness: up to SENDER_CONCURRENCY attempts run at once, each started as soon as a slot is
 * free, never in batches awaited together. Slots go round-robin over the workspaces with due deliveries,
 * and within a workspace over its endpoints; an endpoint with ENDPOINT_CONCURRENCY attempts in flight
 * (leases in the database, so over all instances) gets no more, and one failing BREAKER_THRESHOLD times in
 * a row has its due deliveries moved back (its circuit opens). So a workspace's slow, failing or flooded
 * endpoints hold a bounded share of the sender and never delay another workspace's deliveries.
 *
 * Every instance runs it; deliveries are claimed with a lease in the database, so one instance delivers
 * each, and a delivery whose instance died is retried by another when the lease runs out (at-least-once,
 * with the same webhook-id).
 */
export class Notifier {
  /** Who holds a lease: host, process and a random tag (tests read it to find the delivering process). */
  readonly instanceId = `${hostname()}:${process.pid}:${randomBase62(6)}`;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private readonly random: () => number;
  /** Attempts in flight here, by delivery id. */
  private readonly inFlight = new Map<string, Promise<void>>();
  private filling: Promise<number> | undefined;
  private fillAgain = false;
  /** The workspace served last: the next fill starts after it. */
  private lastWorkspace = '';
  private wake: { at: number; timer: NodeJS.Timeout } | undefined;
  private readonly breakers = new Map<string, { failures: number; opened: number }>();
  private detach: (() => void) | undefined;
  private stopped = false;

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
    this.stopped = false;
    this.detach ??= this.store.changes.onOutbox(() => this.kick());
    if (this.options.intervalMs <= 0 || this.timer) return;
    this.timer = setInterval(() => void this.tick().catch((err) => this.warn(err, 'notification tick failed')), this.options.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.detach?.();
    this.detach = undefined;
    clearInterval(this.timer);
    this.timer = undefined;
    if (this.wake) clearTimeout(this.wake.timer);
    this.wake = undefined;
    await this.running?.catch(() => {});
    await this.filling?.catch(() => {});
    await Promise.allSettled([...this.inFlight.values()]);
    this.options.mailer?.close();
  }

  /** Starts what is due now, without waiting for it (after a commit that queued deliveries, a finished attempt, a retry's time). */
  kick(): void {
    if (this.stopped) return;
    void this.fill().catch((err) => this.warn(err, 'notification delivery failed to start'));
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

  private warn(err: unknown, msg: string): void {
    this.options.logger.warn({ err: { message: (err as Error).message } }, msg);
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
      const due = await this.store.notifications.keysExpiringBetween({
        now,
        fromMs: bounds[i + 1] * DAY,
        toMs: days * DAY,
        type: 'key.expiring',
        threshold,
        limit: 500,
      });
      for (const c of due)
        recorded += await this.recordFor(c.workspaceId, c.keyId, (key) => ({ type: 'key.expiring', key, threshold, extra: { days_left: days } }));
    }
    for (const c of await this.store.notifications.keysExpired({ now, lookbackMs: 7 * DAY, limit: 500 })) {
      recorded += await this.recordFor(c.workspaceId, c.keyId, (key) => ({ type: 'key.expired', key }));
    }
    return recorded;
  }

  private async recordFor(
    workspaceId: string,
    keyId: string,
    input: (key: NonNullable<Awaited<ReturnType<Store['keys']['get']>>>) => Parameters<KeyEvents['record']>[1],
  ): Promise<number> {
    return this.store.transaction(async (tx) => {
      const key = await tx.keys.get(workspaceId, keyId);
      if (!key || key.revokedAt !== null) return 0;
      return (await this.events.record(tx, input(key))) ? 1 : 0;
    });
  }

  /**
   * Delivers everything due now and waits for it: keeps the sender's slots filled until nothing due is
   * left and no attempt of this instance is in flight. Returns how many attempts it started.
   */
  async deliverDue(): Promise<number> {
    let attempted = 0;
    for (;;) {
      const started = await this.fill();
      attempted += started;
      if (this.inFlight.size === 0) {
        if (started === 0) return attempted;
        continue;
      }
      await Promise.race(this.inFlight.values());
    }
  }

  /** Fills free slots; concurrent calls share one fill, and a call during a fill makes it run once more. */
  private fill(): Promise<number> {
    if (this.filling) {
      this.fillAgain = true;
      return this.filling;
    }
    this.filling = (async () => {
      let started = 0;
      try {
        do {
          this.fillAgain = false;
          started += await this.fillOnce();
        } while (this.fillAgain && !this.stopped);
      } finally {
        this.filling = undefined;
      }
      return started;
    })();
    return this.filling;
  }

  /** One round-robin pass over the workspaces with due deliveries, claiming one delivery per workspace per round. */
  private async fillOnce(): Promise<number> {
    let free = SENDER_CONCURRENCY - this.inFlight.size;
    if (free <= 0 || this.stopped) return 0;
    const now = this.clock.now();
    const lease = now + 2 * this.options.webhookTimeoutMs + 1000;
    const byWorkspace = new Map<string, (DueGroup & { room: number })[]>();
    for (const g of await this.store.notifications.dueGroups(now, GROUPS)) {
      const room = ENDPOINT_CONCURRENCY - g.inFlight;
      if (room <= 0) continue;
      const list = byWorkspace.get(g.workspaceId) ?? [];
      list.push({ ...g, room });
      byWorkspace.set(g.workspaceId, list);
    }
    const sorted = [...byWorkspace.keys()].sort();
    const cut = sorted.findIndex((w) => w > this.lastWorkspace);
    let order = cut <= 0 ? sorted : [...sorted.slice(cut), ...sorted.slice(0, cut)];
    let started = 0;
    while (free > 0 && order.length > 0 && !this.stopped) {
      const next: string[] = [];
      for (const ws of order) {
        if (free <= 0) break;
        const groups = byWorkspace.get(ws)!;
        const g = groups.find((x) => x.room > 0);
        if (!g) continue;
        // The workspace's endpoints take turns too.
        groups.push(...groups.splice(groups.indexOf(g), 1));
        const id = await this.claimIn(g, now, lease);
        if (!id) {
          g.room = 0;
        } else {
          g.room--;
          free--;
          started++;
          this.lastWorkspace = ws;
          this.launch(id);
        }
        if (groups.some((x) => x.room > 0)) next.push(ws);
      }
      order = next;
    }
    return started;
  }

  /** Claims the oldest due delivery of a group that no other instance has claimed meanwhile. */
  private async claimIn(g: DueGroup, now: number, lease: number): Promise<string | undefined> {
    for (const id of await this.store.notifications.dueIn(g, now, 4)) {
      if (this.inFlight.has(id)) continue;
      if (await this.store.notifications.claimDelivery(id, now, lease, this.instanceId)) return id;
    }
    return undefined;
  }

  /** Runs one attempt in a slot; when it ends, the slot is filled again. */
  private launch(id: string): void {
    const run = this.attempt(id)
      .catch((err) => this.warn(err, 'notification attempt failed'))
      .finally(() => {
        this.inFlight.delete(id);
        this.kick();
      });
    this.inFlight.set(id, run);
  }

  private async attempt(id: string): Promise<void> {
    const d = await this.store.notifications.getDelivery(id);
    const event = d && (await this.store.notifications.getEvent(d.eventId));
    if (!d || !event) return;
    this.options.onAttempt?.({ id: d.id, workspaceId: d.workspaceId, channel: d.channel, webhookId: d.webhookId });
    let result: SendResult;
    try {
      result = d.channel === 'webhook' ? await this.sendWebhook(d, event) : await this.sendEmail(d, event);
    } catch (err) {
      result = { ok: false, statusCode: null, error: `${(err as Error).name}: could not send`, durationMs: 0 };
    }
    await this.settle(d, result);
  }

  /** A timer for the earliest retry this instance scheduled (the tick is the backstop for the rest). */
  private wakeAt(at: number): void {
    if (this.stopped || (this.wake && this.wake.at <= at)) return;
    if (this.wake) clearTimeout(this.wake.timer);
    const timer = setTimeout(
      () => {
        this.wake = undefined;
        this.kick();
      },
      Math.max(0, at - this.clock.now()),
    );
    timer.unref();
    this.wake = { at, timer };
  }

  /**
   * The circuit breaker: BREAKER_THRESHOLD failures in a row open an endpoint's circuit, moving its due
   * deliveries back by BREAKER_OPEN_MS (doubling while it keeps failing); a success closes it.
   */
  private async trackBreaker(webhookId: string, ok: boolean, now: number): Promise<void> {
    const b = this.breakers.get(webhookId) ?? { failures: 0, opened: 0 };
    if (ok) {
      this.breakers.delete(webhookId);
      return;
    }
    b.failures++;
    this.breakers.set(webhookId, b);
    if (b.failures < BREAKER_THRESHOLD) return;
    const wait = Math.min(BREAKER_OPEN_MS * 2 ** b.opened, BREAKER_MAX_MS);
    b.opened++;
    b.failures = 0;
    const moved = await this.store.notifications.deferWebhook(webhookId, now, now + wait);
    this.options.logger.warn({ webhook: webhookId, wait_ms: wait, deferred: moved }, 'webhook endpoint failing: circuit open, its deliveries wait');
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
        headers: {
          'webhook-id': d.id,
          'webhook-timestamp': String(timestamp),
          'webhook-signature': signWebhook(this.secrets.open(webhook.secret), d.id, timestamp, body),
        },
        timeoutMs: this.options.webhookTimeoutMs,
        allowPrivate: this.options.allowPrivate,
      },
      () => this.clock.now(),
    );
  }

  private async sendEmail(d: DeliveryRecord, event: KeyEventRecord): Promise<SendResult> {
    const user = d.userId ? await this.store.users.get(d.workspaceId, d.userId) : undefined;
    // A service account has no address: it never gets email.
    if (!this.options.mailer || !user || user.disabled || user.email === null)
      return { ok: false, statusCode: null, error: 'no mailer or recipient', durationMs: 0 };
    const started = this.clock.now();
    await this.options.mailer.send(renderEmail(event, { email: user.email, name: user.name }, this.options.publicUrl));
    return { ok: true, statusCode: null, error: null, durationMs: this.clock.now() - started };
  }

  /** Stores the attempt's outcome; schedules the next try with backoff and jitter, or gives up. */
  private async settle(d: DeliveryRecord, r: SendResult): Promise<void> {
    const now = this.clock.now();
    const attempts = d.attempts + 1;
    const hardStop = r.error === 'webhook deleted or disabled' || r.error === 'no mailer or recipient';
    const delay = RETRY_DELAYS_MS[attempts - 1];
    const status = r.ok ? 'delivered' : hardStop || delay === undefined ? 'failed' : 'pending';
    const next = status === 'pending' ? now + Math.round(delay * (1 + this.random() * RETRY_JITTER)) : null;
    await this.store.notifications.finishDelivery(d.id, this.instanceId, {
      status,
      attempts,
      nextAttemptAt: next,
      lastStatusCode: r.statusCode,
      lastError: r.error,
      lastDurationMs: r.durationMs,
      updatedAt: now,
    });
    if (r.ok) this.options.logger.info({ delivery: d.id, channel: d.channel, status: r.statusCode }, 'notification delivered');
    else this.options.logger.warn({ delivery: d.id, channel: d.channel, status: r.statusCode, error: r.error, attempts }, 'notification delivery failed');
    if (next !== null) this.wakeAt(next);
    if (d.channel === 'webhook' && d.webhookId && !hardStop) {
      await this.trackBreaker(d.webhookId, r.ok, now);
      await this.trackHealth(d.workspaceId, d.webhookId, r.ok, now);
    }
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
