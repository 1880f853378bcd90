import { Type } from 'typebox';
import { Password, Text, Timestamp, component, nullable } from './schemas.js';

/** Request and response shapes of the account routes (issue 23): passwords, sessions, two-factor sign-in. */
export const TotpCode = Text({ minLength: 6, maxLength: 20, description: 'A 6-digit code from the authenticator app, or one of the recovery codes (xxxxx-xxxxx)' });

export const PasswordChangeBody = Type.Object(
  { current_password: Type.String({ minLength: 1, maxLength: 1024 }), new_password: Password },
  { additionalProperties: false },
);
export const ReauthBody = Type.Union(
  [
    Type.Object({ password: Type.String({ minLength: 1, maxLength: 1024 }) }, { additionalProperties: false }),
    Type.Object({ code: TotpCode }, { additionalProperties: false }),
  ],
  { description: 'The current password, or a two-factor code (TOTP or recovery)' },
);
export const CodeBody = Type.Object({ code: TotpCode }, { additionalProperties: false });
export const DisableTwoFactorBody = Type.Object({ password: Type.String({ minLength: 1, maxLength: 1024 }), code: TotpCode }, { additionalProperties: false });

const Pending = nullable(Type.Unsafe<'two_factor' | 'password_change' | 'two_factor_enrolment'>({ $ref: 'PendingSignInStep#' }));

export const PasswordChangedOut = component(
  'PasswordChanged',
  Type.Object({ sessions_ended: Type.Integer({ minimum: 0, description: 'Other sessions of yours that were ended' }), pending: Pending }),
);
export const ReauthOut = component(
  'Reauthenticated',
  Type.Object({ reauth_until: Type.String({ format: 'date-time', description: 'Sensitive actions need no new check until then' }) }),
);
export const SessionInfoOut = component(
  'SessionInfo',
  Type.Object({
    id: Type.String({ description: 'ses_…: names the session, never opens it' }),
    ip: nullable(Type.String()),
    user_agent: nullable(Type.String()),
    created_at: Timestamp,
    last_seen_at: nullable(Timestamp),
    current: Type.Boolean({ description: 'The session making this request' }),
  }),
);
export const SessionListOut = component('SessionList', Type.Object({ data: Type.Array(SessionInfoOut) }, { description: 'Your live sessions, newest first' }));
export const SessionsEndedOut = component('SessionsEnded', Type.Object({ sessions_ended: Type.Integer({ minimum: 0 }) }));
export const TwoFactorStatusOut = component(
  'TwoFactorStatus',
  Type.Object({
    enabled: Type.Boolean(),
    recovery_codes_left: Type.Integer({ minimum: 0 }),
    required: Type.Boolean({ description: 'The workspace requires two-factor sign-in of your role' }),
  }),
);
export const TwoFactorSetupOut = component(
  'TwoFactorSetup',
  Type.Object({
    secret: Type.String({ description: 'Base32 secret, for typing into an authenticator app by hand' }),
    otpauth_uri: Type.String({ description: 'otpauth://totp/… for the authenticator app (what the QR code holds)' }),
    qr_svg: Type.String({ description: 'The same URI as a QR code: a data:image/svg+xml;base64 URI to use as an <img> src' }),
  }),
);
export const RecoveryCodesOut = component(
  'RecoveryCodes',
  Type.Object({
    recovery_codes: Type.Array(Type.String(), { description: 'Ten one-time codes, shown this once: each signs in once in place of a TOTP code' }),
    pending: Pending,
  }),
);
export const PasswordResetOut = component(
  'PasswordReset',
  Type.Object({
    temporary_password: Type.String({ description: 'Shown this once: the user signs in with it and must then choose a new password' }),
    sessions_ended: Type.Boolean({ description: 'Every session of the user was ended' }),
  }),
);
