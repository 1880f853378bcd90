/**
 * The one place the browser talks to the server: same-origin fetch with the session cookie, the CSRF
 * token on every state-changing call, and RFC 9457 problems turned into `ApiError`s whose `detail` is
 * what the user sees.
 */

import type { components } from './api-types';

/** The API's shapes, from web/src/api-types.ts (generated from /openapi.json; never copied by hand). */
type Schemas = components['schemas'];
export type Role = Schemas['Role'];
export type Permission = Schemas['Permission'];
export type KeyStatus = Schemas['KeyStatus'];
export type KeyFlag = Schemas['KeyFlag'];
export type SessionUser = Schemas['UserSummary'];
export type Session = Schemas['Session'];
export type AuthStatus = Schemas['AuthStatus'];
export type SignupPending = Schemas['SignupPending'];
export type ApiKey = Schemas['ApiKey'];
/** A key as returned by create/roll: the only time the plaintext `key` exists outside its owner's hands. */
export type IssuedKey = Schemas['ApiKeyWithSecret'];
export type RolledKey = Schemas['RolledKey'];
export type User = Schemas['User'];
export type Contact = Schemas['Contact'];
export type AuditEvent = Schemas['AuditEvent'];
export type Me = Schemas['Me'];
export type Workspace = Schemas['Workspace'];
export type UsageBucket = Schemas['UsageBucket'];
export type KeyUsage = Schemas['KeyUsage'];
export type KeyUsageTotals = Schemas['KeyUsageTotals'];
export type UsageOverview = Schemas['UsageOverview'];
export type Problem = Schemas['Problem'];
export type FieldError = NonNullable<Problem['errors']>[number];
/** Every list endpoint's page: `data` and `next_cursor` (as in ContactPage, ApiKeyPage, UserPage, AuditEventPage). */
export type Page<T> = Omit<Schemas['ContactPage'], 'data'> & { data: T[] };

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

type Query = Record<string, string | number | boolean | undefined | null>;

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

export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(name, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function problemOf(res: Response): Promise<ApiError> {
  let body: { code?: unknown; detail?: unknown; title?: unknown; errors?: unknown; [extra: string]: unknown } = {};
  try {
    body = await res.json();
  } catch {
    // Not JSON (a proxy's error page, say): fall back to the status line.
  }
  const detail = typeof body.detail === 'string' ? body.detail : typeof body.title === 'string' ? body.title : `Request failed (${res.status} ${res.statusText})`;
  const errors = Array.isArray(body.errors) ? (body.errors as FieldError[]) : [];
  return new ApiError(res.status, typeof body.code === 'string' ? body.code : 'http_error', detail, errors, body);
}

async function request<T>(method: string, path: string, body?: unknown, retried = false): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch {
    throw new ApiError(0, 'network_error', 'Could not reach the server. Check your connection and try again.');
  }
  if (!res.ok) {
    const err = await problemOf(res);
    if (err.code === 'unauthenticated' && !path.startsWith('/auth/')) onSignedOut?.();
    if (err.code === 'reauth_required' && !retried && !path.startsWith('/auth/') && (await confirmIdentity())) return request<T>(method, path, body, true);
    throw err;
  }
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', withQuery(path, query)),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  del: <T = void>(path: string) => request<T>('DELETE', path),
};

/** Ids come from the server, but are still encoded before they go into a path. */
export const seg = (id: string) => encodeURIComponent(id);

// ── Keys page, key detail, audit UI: additions kept in one block for the generated types to absorb. ──

/** A key as the list and detail pages read it: `ApiKey` now carries permissions, revoked_by and rate_limit. */
export type KeyInfo = Schemas['ApiKey'];
export type IssuedKeyInfo = Schemas['ApiKeyWithSecret'];

export const getKey = (id: string) => api.get<KeyInfo>(`/api/keys/${seg(id)}`);
export const listAudit = (query: { target?: string; actor?: string; action?: string; limit?: number }) => api.get<Page<AuditEvent>>('/api/audit', query);

/** An in-app notification about one of your keys (or a failing webhook endpoint). */
export type AppNotification = Schemas['Notification'];
/** A page of notifications with the unread count. */
export type NotificationList = Schemas['NotificationPage'];
export type NotificationPreferences = Schemas['NotificationPreferences'];
export type KeyEventType = Schemas['KeyEventType'];

export const KEY_EVENT_TYPES: readonly KeyEventType[] = ['key.expiring', 'key.expired', 'key.revoked', 'key.leaked_revoked', 'key.rolled', 'key.new_ip'];

export type Webhook = Schemas['Webhook'];
export type WebhookWithSecret = Schemas['WebhookWithSecret'];
export type WebhookDelivery = Schemas['WebhookDelivery'];

// ── Accounts: sign-in steps, two-factor, sessions, re-authentication. ──
export type PendingStep = Schemas['PendingSignInStep'];
export type PasswordChanged = Schemas['PasswordChanged'];
export type PasswordReset = Schemas['PasswordReset'];
export type TwoFactorSetup = Schemas['TwoFactorSetup'];
export type TwoFactorStatus = Schemas['TwoFactorStatus'];
export type RecoveryCodes = Schemas['RecoveryCodes'];
export type SessionInfo = Schemas['SessionInfo'];
export type SessionList = Schemas['SessionList'];
export type SessionsEnded = Schemas['SessionsEnded'];
export type Reauthenticated = Schemas['Reauthenticated'];
