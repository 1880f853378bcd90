import type { Clock } from '../clock.js';
import { fail, rateLimited } from '../errors.js';
import { randomBase62 } from '../keys/key-format.js';
import type { Principal } from '../principal.js';
import { enforce } from '../users/permissions.js';
import { type AuditAction, type AuditService, entryBy } from '../audit/audit-service.js';
import type { RateLimiter } from '../ratelimit/limiter.js';
import type { Cursor, Repos, Store } from '../store/types.js';
import type { DeliveryRecord, WebhookRecord } from '../store/notification-types.js';
import { resolveWebhookHost } from './address-guard.js';
import { type KeyEventType, isKeyEventType } from './event-types.js';
import { newEventId, pendingDelivery } from './key-events.js';
import { SecretBox, newWebhookSecret } from './webhook-secret.js';

/** Test events and redeliveries a workspace may ask for per minute (they cost the sender's time). */
export const WEBHOOK_SENDS_PER_MINUTE = 10;

export interface WebhookServiceOptions {
  allowPrivate: boolean;
  /** Counts test events and redeliveries per workspace (shared through Redis when there is one). */
  limiter?: RateLimiter;
  /** Told when a delivery is made due again (Redeliver): the sender starts it now. */
  onRequeued?: () => void;
}

export interface WebhookInput {
  url?: string;
  events?: string[];
  enabled?: boolean;
}

/** What the audit log names of an endpoint: its host (a URL's path or query may hold the receiver's token). */
const hostOf = (url: string) => new URL(url).host;

const invalid = (path: string, message: string): never => fail('validation_error', `${path.slice(1)} ${message}`, { errors: [{ path, message }] });

/** Webhook endpoints of a workspace (users:manage), their secrets, delivery log and redelivery. */
export class WebhookService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly secrets: SecretBox,
    private readonly options: WebhookServiceOptions,
    private readonly audit?: AuditService,
  ) {}

  /** Webhook management is audited in the change's transaction. */
  private async record(tx: Repos, p: Principal, action: AuditAction, id: string, details: Record<string, unknown>): Promise<void> {
    await this.audit?.record(tx, entryBy(p, action, { type: 'webhook', id }, details));
  }

  private async limitSends(p: Principal): Promise<void> {
    const { limiter } = this.options;
    if (!limiter || p.via === 'cli') return;
    const d = await limiter.hit(`webhooks:send:${p.workspace.id}`, [{ name: 'webhook_send', limit: WEBHOOK_SENDS_PER_MINUTE, windowMs: 60_000 }]);
    if (!d.allowed) rateLimited('webhook_send', 'Too many webhook test events and redeliveries in the last minute; try again later', d.retryAfterMs);
  }

  async create(p: Principal, input: Required<Pick<WebhookInput, 'url' | 'events'>> & WebhookInput): Promise<{ webhook: WebhookRecord; secret: string }> {
    enforce(p, { type: 'webhook.change' });
    this.requireEncryption();
    const url = await this.checkUrl(input.url);
    const events = this.checkEvents(input.events);
    const secret = newWebhookSecret();
    const webhook: WebhookRecord = {
      id: `whk_${randomBase62(20)}`,
      workspaceId: p.workspace.id,
      url,
      events,
      enabled: input.enabled ?? true,
      secret: this.secrets.seal(secret),
      createdAt: this.clock.now(),
      failingSince: null,
      disabledReason: null,
    };
    await this.store.transaction(async (tx) => {
      await tx.notifications.createWebhook(webhook);
      await this.record(tx, p, 'webhook.created', webhook.id, { host: hostOf(url), events, enabled: webhook.enabled });
    });
    return { webhook, secret };
  }

  async list(p: Principal, limit: number, after?: Cursor) {
    this.require(p);
    return this.store.notifications.listWebhooks(p.workspace.id, limit, after);
  }

  async get(p: Principal, id: string): Promise<WebhookRecord> {
    this.require(p);
    return (await this.store.notifications.getWebhook(p.workspace.id, id)) ?? fail('not_found', 'No such webhook');
  }

  async update(p: Principal, id: string, input: WebhookInput): Promise<WebhookRecord> {
    const w = await this.get(p, id);
    enforce(p, { type: 'webhook.change' });
    const url = input.url === undefined ? undefined : await this.checkUrl(input.url);
    const events = input.events === undefined ? undefined : this.checkEvents(input.events);
    // Re-enabling starts the 3-day failure clock afresh.
    const reset = input.enabled === true && !w.enabled ? { failingSince: null, disabledReason: null } : {};
    await this.store.transaction(async (tx) => {
      await tx.notifications.updateWebhook(p.workspace.id, id, { url, events, enabled: input.enabled, ...reset });
      const changed: Record<string, unknown> = {};
      if (url !== undefined && url !== w.url) changed.host = { from: hostOf(w.url), to: hostOf(url) };
      if (events !== undefined) changed.events = { from: w.events, to: events };
      if (input.enabled !== undefined && input.enabled !== w.enabled) changed.enabled = { from: w.enabled, to: input.enabled };
      await this.record(tx, p, 'webhook.updated', id, changed);
    });
    return this.get(p, id);
  }

  async remove(p: Principal, id: string): Promise<void> {
    const w = await this.get(p, id);
    await this.store.transaction(async (tx) => {
      if (!(await tx.notifications.deleteWebhook(p.workspace.id, id))) fail('not_found', 'No such webhook');
      await this.record(tx, p, 'webhook.deleted', id, { host: hostOf(w.url), events: w.events });
    });
  }

  /** A new signing secret, shown this once; the old one stops signing at once. */
  async rollSecret(p: Principal, id: string): Promise<{ webhook: WebhookRecord; secret: string }> {
    const w = await this.get(p, id);
    enforce(p, { type: 'webhook.change' });
    this.requireEncryption();
    const secret = newWebhookSecret();
    await this.store.transaction(async (tx) => {
      await tx.notifications.updateWebhook(p.workspace.id, id, { secret: this.secrets.seal(secret) });
      await this.record(tx, p, 'webhook.secret_rolled', id, { host: hostOf(w.url) });
    });
    return { webhook: await this.get(p, id), secret };
  }

  async deliveries(p: Principal, id: string, limit: number, after?: Cursor) {
    await this.get(p, id);
    const page = await this.store.notifications.listDeliveries(p.workspace.id, id, limit, after);
    const items = [];
    for (const d of page.items) items.push({ delivery: d, type: (await this.store.notifications.getEvent(d.eventId))?.type ?? 'unknown' });
    return { items, next: page.next };
  }

  /** Queues a delivery again, due now, with the same webhook-id (so receivers can de-duplicate). */
  async redeliver(p: Principal, id: string, deliveryId: string): Promise<DeliveryRecord> {
    const w = await this.get(p, id);
    const d = await this.store.notifications.getDelivery(deliveryId);
    if (!d || d.webhookId !== id || d.workspaceId !== p.workspace.id) return fail('not_found', 'No such delivery');
    await this.limitSends(p);
    await this.store.transaction(async (tx) => {
      await tx.notifications.requeueDelivery(deliveryId, this.clock.now());
      await this.record(tx, p, 'webhook.redelivered', id, { host: hostOf(w.url), delivery_id: deliveryId });
    });
    this.options.onRequeued?.();
    return (await this.store.notifications.getDelivery(deliveryId)) ?? fail('not_found');
  }

  /** Sends a `webhook.test` event to this endpoint only. */
  async sendTest(p: Principal, id: string): Promise<DeliveryRecord> {
    const w = await this.get(p, id);
    await this.limitSends(p);
    const now = this.clock.now();
    const eventId = newEventId();
    const delivery: DeliveryRecord = pendingDelivery(eventId, p.workspace.id, now, { channel: 'webhook', webhookId: w.id, userId: null });
    await this.store.transaction(async (tx) => {
      await tx.notifications.insertEvent({
        id: eventId,
        workspaceId: p.workspace.id,
        keyId: `test_${eventId}`,
        ownerId: p.user?.id ?? '',
        type: 'webhook.test',
        threshold: '',
        at: now,
        data: { webhook_id: w.id, message: 'A test event from Keyward' },
      });
      await tx.notifications.addDelivery(delivery);
      await this.record(tx, p, 'webhook.tested', w.id, { host: hostOf(w.url), delivery_id: delivery.id });
    });
    return delivery;
  }

  private async checkUrl(raw: string): Promise<string> {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return invalid('/url', 'must be an absolute http:// or https:// URL');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') invalid('/url', 'must be an absolute http:// or https:// URL');
    if (url.username || url.password) invalid('/url', 'must not contain credentials');
    const resolved = await resolveWebhookHost(url, this.options.allowPrivate);
    if (!resolved.ok) invalid('/url', `is refused: ${resolved.reason}`);
    return url.toString();
  }

  private checkEvents(events: string[]): KeyEventType[] {
    const out = [...new Set(events)];
    out.forEach((e, i) => {
      if (!isKeyEventType(e)) invalid(`/events/${i}`, `unknown event type "${e}"`);
    });
    if (out.length === 0) invalid('/events', 'must name at least one event type');
    return out as KeyEventType[];
  }

  /** Secrets are never stored in the clear: with no key (PostgreSQL without one configured), no new secret. */
  private requireEncryption(): void {
    if (!this.secrets.encrypts) {
      fail(
        'encryption_key_required',
        'Webhook signing secrets are stored encrypted, and this server has no key for them: set WEBHOOK_ENCRYPTION_KEY (16 or more characters, the same on every instance) or KEYWARD_PEPPER, and restart',
        {
          setting: 'WEBHOOK_ENCRYPTION_KEY',
        },
      );
    }
  }

  private require(p: Principal): void {
    enforce(p, { type: 'webhooks.manage' });
  }
}
