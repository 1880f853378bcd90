import type { Clock } from '../clock.js';
import { fail } from '../errors.js';
import { randomBase62 } from '../keys/key-format.js';
import type { Principal } from '../principal.js';
import { enforce } from '../users/permissions.js';
import type { Cursor, Store } from '../store/types.js';
import type { DeliveryRecord, WebhookRecord } from '../store/notification-types.js';
import { resolveWebhookHost } from './address-guard.js';
import { type KeyEventType, isKeyEventType } from './event-types.js';
import { newEventId, pendingDelivery } from './key-events.js';
import { SecretBox, newWebhookSecret } from './webhook-secret.js';

export interface WebhookInput {
  url?: string;
  events?: string[];
  enabled?: boolean;
}

const invalid = (path: string, message: string): never => fail('validation_error', `${path.slice(1)} ${message}`, { errors: [{ path, message }] });

/** Webhook endpoints of a workspace (users:manage), their secrets, delivery log and redelivery. */
export class WebhookService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly secrets: SecretBox,
    private readonly options: { allowPrivate: boolean },
  ) {}

  async create(p: Principal, input: Required<Pick<WebhookInput, 'url' | 'events'>> & WebhookInput): Promise<{ webhook: WebhookRecord; secret: string }> {
    enforce(p, { type: 'webhook.change' });
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
    await this.store.notifications.createWebhook(webhook);
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
    await this.store.notifications.updateWebhook(p.workspace.id, id, { url, events, enabled: input.enabled, ...reset });
    return this.get(p, id);
  }

  async remove(p: Principal, id: string): Promise<void> {
    this.require(p);
    if (!(await this.store.notifications.deleteWebhook(p.workspace.id, id))) fail('not_found', 'No such webhook');
  }

  /** A new signing secret, shown this once; the old one stops signing at once. */
  async rollSecret(p: Principal, id: string): Promise<{ webhook: WebhookRecord; secret: string }> {
    await this.get(p, id);
    enforce(p, { type: 'webhook.change' });
    const secret = newWebhookSecret();
    await this.store.notifications.updateWebhook(p.workspace.id, id, { secret: this.secrets.seal(secret) });
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
    await this.get(p, id);
    const d = await this.store.notifications.getDelivery(deliveryId);
    if (!d || d.webhookId !== id || d.workspaceId !== p.workspace.id) return fail('not_found', 'No such delivery');
    await this.store.notifications.requeueDelivery(deliveryId, this.clock.now());
    return (await this.store.notifications.getDelivery(deliveryId)) ?? fail('not_found');
  }

  /** Sends a `webhook.test` event to this endpoint only. */
  async sendTest(p: Principal, id: string): Promise<DeliveryRecord> {
    const w = await this.get(p, id);
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

  private require(p: Principal): void {
    enforce(p, { type: 'webhooks.manage' });
  }
}
