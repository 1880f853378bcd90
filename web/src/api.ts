/**
 * The one place the browser talks to the server: one openapi-fetch client typed from the generated
 * `paths` (every call's path parameters, query, body and answer come from /openapi.json), with the
 * session cookie, the CSRF token on every state-changing call, and RFC 9457 problems turned into
 * `ApiError`s whose `detail` is what the user sees.
 */

import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './api-types';

/** The API's shapes, from web/src/api-types.ts (generated from /openapi.json; never copied by hand). */
type Schemas = components['schemas'];
export type Role = Schemas['Role'];
export type Permission = Schemas['Permission'];
export type KeyStatus = Schemas['KeyStatus'];
export type KeyFlag = Schemas['KeyFlag'];
export type SessionUser = Schemas['UserSummary'];
export type Session = Schemas['Session'];
export type AuthStatus = Schemas['AuthStatus'];
export type ApiKey = Schemas['ApiKey'];
/** A key as returned by create/roll: the only time the plaintext `key` exists outside its owner's hands. */
export type IssuedKey = Schemas['ApiKeyWithSecret'];
export type RolledKey = Schemas['RolledKey'];
export type User = Schemas['User'];
export type Contact = Schemas['Contact'];
export type AuditEvent = Schemas['AuditEvent'];
export type AuditAction = Schemas['AuditAction'];
export type Me = Schemas['Me'];
export type Workspace = Schemas['Workspace'];
export type UsageBucket = Schemas['UsageBucket'];
export type KeyUsage = Schemas['KeyUsage'];
export type KeyUsageTotals = Schemas['KeyUsageTotals'];
export type UsageOverview = Schemas['UsageOverview'];
export type Problem = Schemas['Problem'];
export type FieldError = NonNullable<Problem['errors']>[number];
/** A key as the list and detail pages read it. */
export type KeyInfo = Schemas['ApiKey'];
export type IssuedKeyInfo = Schemas['ApiKeyWithSecret'];
/** An in-app notification about one of your keys (or a failing webhook endpoint). */
export type AppNotification = Schemas['Notification'];
/** A page of notifications with the unread count. */
export type NotificationList = Schemas['NotificationPage'];
export type NotificationPreferences = Schemas['NotificationPreferences'];
export type KeyEventType = Schemas['KeyEventType'];
export type Webhook = Schemas['Webhook'];
export type WebhookWithSecret = Schemas['WebhookWithSecret'];
export type WebhookDelivery = Schemas['WebhookDelivery'];
export type PendingStep = Schemas['PendingSignInStep'];
export type TwoFactorStatus = Schemas['TwoFactorStatus'];
export type SessionInfo = Schemas['SessionInfo'];
export type PasswordChanged = Schemas['PasswordChanged'];
export type PasswordReset = Schemas['PasswordReset'];
export type TwoFactorSetup = Schemas['TwoFactorSetup'];
export type RecoveryCodes = Schemas['RecoveryCodes'];
/** An HTTP API of the workspace that Keyward guards (forward-auth, the verify API), with its rules. */
export type ProtectedApi = Schemas['ProtectedApi'];
export type ProtectedApiRule = Schemas['ProtectedApi']['rules'][number];
export type RuleMethod = Schemas['RuleMethod'];
/** Which protected API, rule and permission decide a request (POST /api/protected-apis/match). */
export type RouteMatch = Schemas['RouteMatch'];
/** Keyward's permissions and the workspace's custom ones, with the roles holding each. */
export type WorkspacePermissions = Schemas['WorkspacePermissions'];

/** The key events in the order forms list them; the check below fails to compile when the API gains or loses one. */
export const KEY_EVENT_TYPES = [
  'key.expiring',
  'key.expired',
  'key.revoked',
  'key.leaked_revoked',
  'key.rolled',
  'key.new_ip',
] as const satisfies readonly KeyEventType[];
type MissingKeyEvent = Exclude<KeyEventType, (typeof KEY_EVENT_TYPES)[number]>;
const everyKeyEvent: [MissingKeyEvent] extends [never] ? true : MissingKeyEvent = true;
void everyKeyEvent;

/** A failed call: `detail` is the server's human-readable explanation. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly errors: FieldError[] = [],
    /** The problem body as sent (its extension members, e.g. `workspaces` of `workspace_required`). */
    readonly body: Record<string, unknown> = {},
  ) {
    super(detail);
  }
}

let csrfToken: string | null = null;
let onSignedOut: (() => void) | null = null;
let reauthenticate: (() => Promise<boolean>) | null = null;
/** The prompt on screen, shared by every call that met `reauth_required` meanwhile (one dialog, not one each). */
let reauthInFlight: Promise<boolean> | null = null;

/** Remember the CSRF token of the current session (or forget it at logout). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when the server says the session has ended (401 unauthenticated). */
export function onSessionEnded(handler: (() => void) | null): void {
  onSignedOut = handler;
}

/**
 * Registers what happens when a call answers `403 reauth_required` ("sudo mode"): the handler asks the
 * person to confirm it's them (and calls POST /auth/reauth) and resolves true when they did, false when
 * they cancelled. The call is then retried once, or fails with its original error.
 */
export function onReauthRequired(handler: (() => Promise<boolean>) | null): void {
  reauthenticate = handler;
}

async function confirmIdentity(): Promise<boolean> {
  if (!reauthenticate) return false;
  reauthInFlight ??= reauthenticate().finally(() => {
    reauthInFlight = null;
  });
  return reauthInFlight;
}

const networkError = () => new ApiError(0, 'network_error', 'Could not reach the server. Check your connection and try again.');

async function problemOf(res: Response): Promise<ApiError> {
  let body: { code?: unknown; detail?: unknown; title?: unknown; errors?: unknown; [extra: string]: unknown } = {};
  try {
    body = await res.json();
  } catch {
    // Not JSON (a proxy's error page, say): fall back to the status line.
  }
  const detail =
    typeof body.detail === 'string' ? body.detail : typeof body.title === 'string' ? body.title : `Request failed (${res.status} ${res.statusText})`;
  const errors = Array.isArray(body.errors) ? (body.errors as FieldError[]) : [];
  return new ApiError(res.status, typeof body.code === 'string' ? body.code : 'http_error', detail, errors, body);
}

const withCsrf = (request: Request): Request => {
  if (request.method !== 'GET' && csrfToken) request.headers.set('x-csrf-token', csrfToken);
  return request;
};

/** Each call's request as it was before it was sent, kept until its answer came, for the one retry after re-authentication. */
const unsent = new Map<string, Request>();

/**
 * The session rules every call follows: the CSRF token on state-changing calls; a `401 unauthenticated`
 * outside /auth/ ends the signed-in session; a `403 reauth_required` outside /auth/ asks the person to
 * confirm it's them and retries the call once; any other failure is thrown as an `ApiError`.
 */
const session: Middleware = {
  onRequest({ request, id, schemaPath }) {
    withCsrf(request);
    if (!schemaPath.startsWith('/auth/')) unsent.set(id, request.clone());
    return request;
  },
  async onResponse({ response, id, schemaPath }) {
    const copy = unsent.get(id);
    unsent.delete(id);
    if (response.ok) return response;
    const err = await problemOf(response);
    if (schemaPath.startsWith('/auth/')) throw err;
    if (err.code === 'unauthenticated') onSignedOut?.();
    if (err.code !== 'reauth_required' || !copy || !(await confirmIdentity())) throw err;
    let again: Response;
    try {
      again = await fetch(withCsrf(copy));
    } catch {
      throw networkError();
    }
    if (again.ok) return again;
    const second = await problemOf(again);
    if (second.code === 'unauthenticated') onSignedOut?.();
    throw second;
  },
  onError({ id }) {
    unsent.delete(id);
    return networkError();
  },
};

/** Query parameters without a value (undefined, null or '') are left out of the address. */
function querySerializer(query: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(name, String(value));
  }
  return params.toString();
}

/**
 * The API, typed from the generated `paths`: `api.GET('/api/keys/{id}', { params: { path: { id } } })`.
 * Wrap a call in `ok(…)` for its answer; failures are thrown as `ApiError`s by the session middleware.
 */
export const api = createClient<paths>({ credentials: 'same-origin', cache: 'no-store', headers: { accept: 'application/json' }, querySerializer });
api.use(session);

/** A call's answer (the session middleware throws every failure, so an answered call always has its data). */
export async function ok<T>(call: Promise<{ data?: T; error?: unknown }>): Promise<T> {
  const { data, error } = await call;
  if (error !== undefined) throw error;
  return data as T;
}

/** A union's members merged: the 201 answer of a create is the 200 replay's object plus its secret. */
type AllOf<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/**
 * A create's 201 answer, its one-time secret included. The same call answers 200 without the secret only
 * when it replays an Idempotency-Key, which this app never sends.
 */
export async function created<T>(call: Promise<{ data?: T; response: Response }>): Promise<AllOf<T>> {
  const { data, response } = await call;
  if (response.status !== 201) throw new ApiError(response.status, 'http_error', 'The server answered with an earlier result instead of a new one. Try again.');
  return data as AllOf<T>;
}

/** Every list endpoint's page: `data` and `next_cursor` (as in ContactPage, ApiKeyPage, UserPage, AuditEventPage). */
export type Page<T> = Omit<Schemas['ContactPage'], 'data'> & { data: T[] };

/** One key by id (the key pages, the names of keys a list or the audit log links to). */
export const getKey = (id: string) => ok(api.GET('/api/keys/{id}', { params: { path: { id } } }));
