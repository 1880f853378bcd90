/**
 * The one place the browser talks to the server: same-origin fetch with the session cookie, the CSRF
 * token on every state-changing call, and RFC 9457 problems turned into `ApiError`s whose `detail` is
 * what the user sees.
 */

export type Role = 'owner' | 'admin' | 'member' | 'viewer';
export type KeyStatus = 'active' | 'expired' | 'revoked';
export type KeyFlag = 'rotation_due' | 'unused' | 'expiring_soon' | 'leaked';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export interface Session {
  user: SessionUser;
  workspace: { id: string; name: string };
  csrf_token: string;
}

export interface AuthStatus {
  needs_setup: boolean;
  signup: boolean;
}

export interface Page<T> {
  data: T[];
  next_cursor: string | null;
}

export interface ApiKey {
  id: string;
  name: string;
  hint: string;
  status: KeyStatus;
  flags: string[];
  owner: { id: string; email: string; name: string };
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
  last_used_ip: string | null;
  revoked_at: string | null;
  restriction: string[] | null;
  rolled_from: string | null;
  replaced_by: string | null;
  /** Addresses and CIDRs the key may be used from; null = anywhere. */
  allowed_ips?: string[] | null;
}

/** A key as returned by create/roll: the only time the plaintext `key` exists outside its owner's hands. */
export interface IssuedKey extends ApiKey {
  key: string;
}

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  created_at: string;
}

export interface Contact {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  company: string | null;
  notes: string | null;
  tags: string[];
  created_at: string;
  updated_at: string;
}

export interface AuditEvent {
  id: string;
  at: string;
  action: string;
  actor: { type: string; id: string | null };
  target: { type: string; id: string } | null;
  ip: string | null;
  user_agent: string | null;
  details: Record<string, unknown>;
}

export interface Me {
  permissions: string[];
}

export interface FieldError {
  path: string;
  message: string;
}

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

/** Remember the CSRF token of the current session (or forget it at logout). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when the server says the session has ended (401 unauthenticated). */
export function onSessionEnded(handler: (() => void) | null): void {
  onSignedOut = handler;
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

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
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
    throw err;
  }
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', withQuery(path, query)),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  del: (path: string) => request<void>('DELETE', path),
};

/** Ids come from the server, but are still encoded before they go into a path. */
export const seg = (id: string) => encodeURIComponent(id);
