import { Type } from 'typebox';
import { KEY_EVENT_TYPES } from '../../notifications/event-types.js';
import { Id, NullableTimestamp, Text, Timestamp, component, literals, nullable, page, ref, withSecret } from './common.js';
import { KeyEventType } from './notifications.js';

const webhookExample = {
  id: 'whk_4Tz9cM2nB7',
  url: 'https://hooks.example.com/keyward',
  events: ['key.expiring', 'key.revoked'],
  enabled: true,
  disabled_reason: null,
  failing_since: null,
  created_at: '2026-06-01T12:00:00.000Z',
};
export const Webhook = component(
  'Webhook',
  Type.Object(
    {
      id: Type.String(),
      url: Type.String({ description: 'Where deliveries are POSTed (https; private addresses refused unless allowed)' }),
      events: Type.Array(ref(KeyEventType), { description: 'The events this endpoint receives' }),
      enabled: Type.Boolean(),
      disabled_reason: nullable(Type.String(), {
        description: 'Why the server turned it off (e.g. failing for days); null when enabled or turned off by hand',
      }),
      failing_since: NullableTimestamp,
      created_at: Timestamp,
    },
    { description: 'A webhook endpoint of the workspace; never its signing secret', examples: [webhookExample] },
  ),
);
export const WebhookPage = page('WebhookPage', Webhook, 'webhook endpoints');
// Built like ApiKeyWithSecret (keys.ts) by the one withSecret(): two calls, one logic.
export const WebhookWithSecret = withSecret('WebhookWithSecret', Webhook, 'secret', {
  field: 'The signing secret (whsec_…), shown this once',
  description: 'A webhook endpoint as created or with a new secret: the only response that carries the secret',
  example: { ...webhookExample, secret: 'whsec_MfKQ9r8GKYqXhk…' },
});

export const WebhookDeliveryStatus = component(
  'WebhookDeliveryStatus',
  literals(['pending', 'delivered', 'failed'] as const, { description: 'pending: waiting for its next attempt' }),
);
const deliveryExample = {
  id: 'msg_2Lp7vX4qR9sT1wY6zA3bC8dE',
  event_id: 'msg_2Lp7vX4qR9sT1wY6zA3bC8dE',
  type: 'key.expiring',
  status: 'delivered',
  attempts: 1,
  response_code: 200,
  error: null,
  duration_ms: 84,
  next_attempt_at: null,
  created_at: '2026-08-23T12:00:00.000Z',
  updated_at: '2026-08-23T12:00:01.000Z',
};
export const WebhookDelivery = component(
  'WebhookDelivery',
  Type.Object(
    {
      id: Type.String({ description: 'The webhook-id header: stable across retries and redeliveries' }),
      event_id: Type.String(),
      type: Type.String({ description: 'The event type, webhook.test or redelivery' }),
      status: ref(WebhookDeliveryStatus),
      attempts: Type.Integer({ minimum: 0 }),
      response_code: nullable(Type.Integer(), { description: "The endpoint's last HTTP status" }),
      error: nullable(Type.String(), { description: 'Why the last attempt failed' }),
      duration_ms: nullable(Type.Integer(), { description: 'How long the last attempt took' }),
      next_attempt_at: NullableTimestamp,
      created_at: Timestamp,
      updated_at: Timestamp,
    },
    { description: 'One delivery of an event to a webhook endpoint', examples: [deliveryExample] },
  ),
);
export const WebhookDeliveryPage = page('WebhookDeliveryPage', WebhookDelivery, 'webhook deliveries');

const Url = Text({ minLength: 1, maxLength: 2000 });
const Events = Type.Array(ref(KeyEventType), { minItems: 1, maxItems: KEY_EVENT_TYPES.length });
export const WebhookCreate = Type.Object({ url: Url, events: Events, enabled: Type.Optional(Type.Boolean()) }, { additionalProperties: false });
export const WebhookPatch = Type.Object(
  { url: Type.Optional(Url), events: Type.Optional(Events), enabled: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);
export const DeliveryParams = Type.Object({ id: Id, delivery_id: Id }, { additionalProperties: false });

export const components = [Webhook, WebhookPage, WebhookWithSecret, WebhookDeliveryStatus, WebhookDelivery, WebhookDeliveryPage];
