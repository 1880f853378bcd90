/**
 * The one catalog of problem codes: each with its HTTP status and title. `test/unit/errors.test.ts`
 * fails when a code is missing from docs/errors.md.
 */
export const ERRORS = {
  validation_error: { status: 400, title: 'The request is not valid' },
  invalid_cursor: { status: 400, title: 'The cursor is not valid' },
  invalid_link: { status: 400, title: 'This link is not valid, was already used, or has run out' },
  ambiguous_api_key: { status: 400, title: 'More than one API key was sent' },
  invalid_json: { status: 400, title: 'The body is not valid JSON' },
  malformed_request: { status: 400, title: 'The request is not valid HTTP' },
  missing_api_key: { status: 401, title: 'No API key was sent' },
  malformed_api_key: { status: 401, title: 'The API key is malformed' },
  invalid_api_key: { status: 401, title: 'The API key is not valid' },
  revoked_api_key: { status: 401, title: 'The API key has been revoked' },
  expired_api_key: { status: 401, title: 'The API key has expired' },
  owner_disabled: { status: 401, title: "The API key's owner is disabled" },
  unauthenticated: { status: 401, title: 'Sign in or send an API key' },
  invalid_credentials: { status: 401, title: 'Email or password is incorrect' },
  insufficient_permission: { status: 403, title: 'Insufficient permission' },
  ip_not_allowed: { status: 403, title: 'The key may not be used from this address' },
  route_not_allowed: { status: 403, title: 'No rule of a protected API allows this request' },
  csrf_failed: { status: 403, title: 'Missing or invalid CSRF token' },
  signup_disabled: { status: 403, title: 'Sign-up is disabled' },
  forbidden_role_change: { status: 403, title: 'This change to an owner is not allowed' },
  reauth_required: { status: 403, title: 'Confirm your password first' },
  wrong_password: { status: 403, title: 'The password is not correct' },
  invalid_two_factor_code: { status: 403, title: 'The two-factor code is not correct' },
  two_factor_required: { status: 403, title: 'Finish signing in with your two-factor code' },
  password_change_required: { status: 403, title: 'Choose a new password first' },
  two_factor_enrolment_required: { status: 403, title: 'Set up two-factor sign-in first' },
  email_not_verified: { status: 403, title: 'Confirm your email address first' },
  not_found: { status: 404, title: 'Not found' },
  method_not_allowed: { status: 405, title: 'Method not allowed' },
  request_timeout: { status: 408, title: 'The request took too long to arrive' },
  already_set_up: { status: 409, title: 'Keyward is already set up' },
  email_taken: { status: 409, title: 'A user with this email already exists in this workspace' },
  workspace_required: { status: 409, title: 'Choose a workspace' },
  last_owner: { status: 409, title: 'The last owner cannot be demoted or disabled' },
  key_limit_reached: { status: 409, title: 'Too many active keys' },
  key_not_active: { status: 409, title: 'The key is not active' },
  protected_api_limit_reached: { status: 409, title: 'Too many protected APIs' },
  idempotency_key_in_use: { status: 409, title: 'A request with this Idempotency-Key is in progress' },
  two_factor_state: { status: 409, title: 'Two-factor sign-in is not in the state this needs' },
  email_not_configured: { status: 409, title: 'This server sends no email' },
  service_account: { status: 409, title: 'A service account has no password, sign-in or email' },
  precondition_failed: { status: 412, title: 'The resource changed since the tag in If-Match was given' },
  payload_too_large: { status: 413, title: 'The body is too large' },
  unsupported_media_type: { status: 415, title: 'Unsupported media type' },
  idempotency_key_reused: { status: 422, title: 'This Idempotency-Key was used for another request' },
  request_header_too_large: { status: 431, title: 'The request headers are too large' },
  rate_limited: { status: 429, title: 'Rate limit exceeded' },
  too_many_failed_attempts: { status: 429, title: 'Too many failed attempts' },
  too_many_emails: { status: 429, title: 'Too many emails to this address' },
  internal_error: { status: 500, title: 'Internal error' },
  email_not_sent: { status: 502, title: 'The email could not be sent' },
  storage_unavailable: { status: 503, title: 'Storage is unavailable' },
  storage_full: { status: 503, title: 'Storage is full' },
  encryption_key_required: { status: 503, title: 'No key to encrypt webhook secrets is configured' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ErrorCode = keyof typeof ERRORS;

/**
 * What a `429 rate_limited` names in `limit`: which limit on how often something may be done was reached
 * (failed guesses are `too_many_failed_attempts` instead). `test/unit/errors.test.ts` fails when one is
 * missing from docs/errors.md.
 */
export const RATE_LIMITS = {
  minute: "the API key's per-minute limit",
  second: "the API key's per-second limit",
  revoke_leaked: 'leaked-key reports from one address (10 a minute)',
  signup: 'sign-ups from one address (`SIGNUP_PER_HOUR`, 10 an hour)',
  reset_requests: '"forgot password" requests from one address (10 an hour)',
  user_create: 'users added to one workspace (`USER_CREATES_PER_HOUR`, 100 an hour)',
  webhook_send: 'webhook test events and redeliveries in one workspace (10 a minute)',
} as const;
export type RateLimitName = keyof typeof RATE_LIMITS;
export const ERROR_CODES = Object.keys(ERRORS) as ErrorCode[];

/** An expected failure with a catalog code; the HTTP layer renders it as problem+json. */
export class KeywardError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly detail: string = ERRORS[code].title,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail);
    this.status = ERRORS[code].status;
  }
}

export const fail = (code: ErrorCode, detail?: string, extra?: Record<string, unknown>): never => {
  throw new KeywardError(code, detail, extra);
};

/** A `429 rate_limited` naming the limit reached; `Retry-After` says when to try again. */
export const rateLimited = (limit: RateLimitName, detail: string, retryAfterMs: number): never => fail('rate_limited', detail, { retryAfterMs, limit });
