import { itemRoutes } from '../resource-routes.js';
import type { KeyEventType } from '../../notifications/event-types.js';
import type { DeliveryRecord, WebhookRecord } from '../../store/notification-types.js';
import type { Services } from '../../services.js';
import { listRoute } from '../list-route.js';
import { created, iso, isoOrNull, listPage } from '../present.js';
import { IdParams, ListQueryParams, ref } from '../schemas/common.js';
import {
  DeliveryParams,
  Webhook,
  WebhookCreate,
  WebhookDelivery,
  WebhookDeliveryPage,
  WebhookPage,
  WebhookPatch,
  WebhookWithSecret,
} from '../schemas/webhooks.js';
import type { App } from '../types.js';
import { apiAuth, operations, principalOf, problemResponses } from '../types.js';

const auth = apiAuth('webhooks.manage');

const webhookJson = (w: WebhookRecord) => ({
  id: w.id,
  url: w.url,
  events: w.events as KeyEventType[],
  enabled: w.enabled,
  disabled_reason: w.disabledReason,
  failing_since: isoOrNull(w.failingSince),
  created_at: iso(w.createdAt),
});

const deliveryJson = (d: DeliveryRecord, type: string) => ({
  id: d.id,
  event_id: d.eventId,
  type,
  status: d.status,
  attempts: d.attempts,
  response_code: d.lastStatusCode,
  error: d.lastError,
  duration_ms: d.lastDurationMs,
  next_attempt_at: d.status === 'pending' ? isoOrNull(d.nextAttemptAt) : null,
  created_at: iso(d.createdAt),
  updated_at: iso(d.updatedAt),
});

const op = operations('webhooks', {
  listWebhooks: "The workspace's webhook endpoints",
  createWebhook: 'Add an endpoint; the response holds its signing secret this once',
  getWebhook: 'Get an endpoint',
  updateWebhook: 'Change the URL, events or enabled state',
  deleteWebhook: 'Delete an endpoint (pending deliveries are dropped)',
  rollWebhookSecret: 'Replace the signing secret; the new one is shown this once',
  listWebhookDeliveries: "The endpoint's delivery log, newest first",
  createWebhookRedelivery: 'Send a delivery again (same webhook-id), now',
  createWebhookTestEvent: 'Send a webhook.test event to this endpoint',
});

/** The problem responses every one of these operations can send. */
const common = problemResponses([400, 401, 403, 404, 429]);

/** Signed webhook endpoints of the workspace (users:manage): Standard Webhooks deliveries of key events. */
export function webhookRoutes(app: App, { webhooks }: Services): void {
  listRoute(app, {
    path: '/api/webhooks',
    operation: op.listWebhooks,
    querystring: ListQueryParams,
    page: WebhookPage,
    errors: common,
    action: 'webhooks.manage',
    list: (principal, _query, limit, after) => webhooks.list(principal, limit, after),
    item: webhookJson,
  });

  app.post(
    '/api/webhooks',
    {
      schema: { ...op.createWebhook, body: WebhookCreate, response: { 201: ref(WebhookWithSecret), ...common } },
      config: { ...auth, idempotent: { replay: ref(Webhook), secrets: [['secret']] } },
    },
    async (req, reply) => {
      const { webhook, secret } = await webhooks.create(principalOf(req), req.body);
      reply.header('cache-control', 'no-store');
      return created(reply, '/api/webhooks', { ...webhookJson(webhook), secret });
    },
  );

  const action = 'webhooks.manage';
  itemRoutes(app, {
    path: '/api/webhooks',
    item: Webhook,
    errors: common,
    json: webhookJson,
    get: { operation: op.getWebhook, action, run: (principal, id) => webhooks.get(principal, id) },
    update: { operation: op.updateWebhook, action, body: WebhookPatch, run: (principal, id, patch) => webhooks.update(principal, id, patch) },
    remove: { operation: op.deleteWebhook, action, run: (principal, id) => webhooks.remove(principal, id) },
  });

  app.post(
    '/api/webhooks/:id/roll-secret',
    {
      schema: { ...op.rollWebhookSecret, params: IdParams, response: { 200: ref(WebhookWithSecret), ...common } },
      config: { ...auth, emptyBodyAllowed: true },
    },
    async (req, reply) => {
      const { webhook, secret } = await webhooks.rollSecret(principalOf(req), req.params.id);
      reply.header('cache-control', 'no-store');
      return { ...webhookJson(webhook), secret };
    },
  );

  app.get(
    '/api/webhooks/:id/deliveries',
    {
      schema: { ...op.listWebhookDeliveries, params: IdParams, querystring: ListQueryParams, response: { 200: ref(WebhookDeliveryPage), ...common } },
      config: auth,
    },
    async (req) =>
      listPage(
        req.query,
        (limit, after) => webhooks.deliveries(principalOf(req), req.params.id, limit, after),
        (i) => deliveryJson(i.delivery, i.type),
      ),
  );

  app.post(
    '/api/webhooks/:id/deliveries/:delivery_id/redeliver',
    {
      schema: { ...op.createWebhookRedelivery, params: DeliveryParams, response: { 202: ref(WebhookDelivery), ...common } },
      config: { ...auth, emptyBodyAllowed: true },
    },
    async (req, reply) => {
      const d = await webhooks.redeliver(principalOf(req), req.params.id, req.params.delivery_id);
      return reply.code(202).send(deliveryJson(d, 'redelivery'));
    },
  );

  app.post(
    '/api/webhooks/:id/test',
    {
      schema: { ...op.createWebhookTestEvent, params: IdParams, response: { 202: ref(WebhookDelivery), ...common } },
      config: { ...auth, emptyBodyAllowed: true },
    },
    async (req, reply) => reply.code(202).send(deliveryJson(await webhooks.sendTest(principalOf(req), req.params.id), 'webhook.test')),
  );
}
