import { ApiError, type KeyEventType, type WebhookDelivery } from '../api';

/** What each event means to the receiver of a webhook (the code is shown beside it). */
export const WEBHOOK_EVENT_LABELS: Record<KeyEventType, string> = {
  'key.expiring': 'A key is about to expire (14, 7 and 1 days before)',
  'key.expired': 'A key has expired',
  'key.revoked': 'A key was revoked',
  'key.leaked_revoked': 'A key was reported as leaked and revoked',
  'key.rolled': 'A key was rolled',
  'key.new_ip': 'A key was used from a new address',
};

/** A webhook form's problems, each next to its own field; `other` is what belongs to no field. */
export interface WebhookFormErrors {
  url?: string;
  events?: string;
  other?: unknown;
}

export const ALLOW_PRIVATE_SETTING = 'WEBHOOK_ALLOW_PRIVATE';

/** The server's words for a refused URL (src/notifications/webhook-service.ts), said to a person. */
export function urlProblem(message: string): string {
  if (/loopback|private|link-local|metadata/.test(message)) {
    return (
      'This URL points to a private address (this computer, a private network, link-local or a cloud metadata address). ' +
      'Keyward refuses those so that webhooks cannot reach services inside your network. ' +
      `For testing with a local receiver, the server's operator can allow private addresses with ${ALLOW_PRIVATE_SETTING}=true.`
    );
  }
  if (/does not resolve/.test(message))
    return 'The host name in this URL does not resolve. Check its spelling, and that it can be reached from the Keyward server.';
  if (/absolute|format|must match/.test(message)) return 'Enter a full address that starts with https:// (or http://), e.g. https://example.com/keyward.';
  if (/credentials/.test(message)) return 'Leave the user name and password out of the URL: your receiver checks the signing secret instead.';
  if (/fewer than/.test(message)) return "Enter the endpoint's URL.";
  if (/more than/.test(message)) return 'This URL is too long: at most 2,000 characters.';
  return `This URL was refused: ${message}.`;
}

/** Splits an API error over the form's fields, so each message shows once, next to what it is about. */
export function webhookFormErrors(err: unknown): WebhookFormErrors {
  if (!(err instanceof ApiError) || err.code !== 'validation_error' || err.errors.length === 0) return { other: err };
  const out: WebhookFormErrors = {};
  const rest: string[] = [];
  for (const f of err.errors) {
    if (f.path === '/url') out.url ??= urlProblem(f.message);
    else if (f.path.startsWith('/events')) out.events ??= 'Choose at least one event from the list.';
    else rest.push(f.message);
  }
  if (rest.length > 0) out.other = new Error(err.detail);
  return out;
}

/** What the form can tell before asking the server. */
export function checkWebhookForm(url: string, events: readonly string[]): WebhookFormErrors {
  const out: WebhookFormErrors = {};
  if (url.trim() === '') out.url = "Enter the endpoint's URL, e.g. https://example.com/keyward.";
  if (events.length === 0) out.events = 'Choose at least one event to send.';
  return out;
}

export const hasErrors = (e: WebhookFormErrors) => !!(e.url || e.events || e.other);

/** "HTTP 200 in 12 ms", "connection refused", or null before the first attempt. */
export function responseText(d: WebhookDelivery): string | null {
  const took = d.duration_ms === null ? '' : ` in ${d.duration_ms} ms`;
  if (d.response_code !== null) return `HTTP ${d.response_code}${took}`;
  if (d.error) return `${d.error}${took}`;
  return null;
}

/** The delivery log's words for a status. */
export function statusText(d: WebhookDelivery): string {
  if (d.status === 'delivered') return 'Delivered';
  if (d.status === 'failed') return 'Failed';
  return d.attempts > 0 ? 'Retrying' : 'Queued';
}

/** The event name as the log shows it. */
export const eventText = (type: string) => (type === 'webhook.test' ? 'Test event' : type === 'redelivery' ? 'Redelivery' : type);
