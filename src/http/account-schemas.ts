import { Type } from 'typebox';
import { Password, Text, Timestamp, component, nullable } from './schemas.js';

/** Request and response shapes of the account routes: passwords, sessions, two-factor sign-in. */
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
export const PasswordResetBody = Type.Object(
  {
    method: Type.Optional(
      Type.Union([Type.Literal('temporary_password'), Type.Literal('email_link')], {
        default: 'temporary_password',
        description: 'temporary_password (default): one is returned this once. email_link (only with SMTP_URL, else 409 email_not_configured): a one-time link (1 hour) is emailed to the user; their old password stops working once the SMTP server took it',
      }),
    ),
  },
  { additionalProperties: false },
);
export const PasswordResetOut = component(
  'PasswordReset',
  Type.Object({
    temporary_password: nullable(Type.String({ description: 'Shown this once: the user signs in with it and must then choose a new password; null when a link was emailed' })),
    link_sent_to: nullable(Type.String({ description: 'The address the reset link was emailed to (method email_link); null otherwise' })),
    sessions_ended: Type.Boolean({ description: 'Every session of the user was ended' }),
  }),
);
/** A one-time token from an emailed link (the part after `#token=`). */
const LinkToken = Text({ minLength: 1, maxLength: 100, description: 'The token from the emailed link (after #token=)' });
export const VerifyEmailBody = Type.Object({ token: LinkToken }, { additionalProperties: false });
export const ResetRequestBody = Type.Object({ email: Text({ minLength: 1, maxLength: 320 }) }, { additionalProperties: false });
export const ResetCompleteBody = Type.Object({ token: LinkToken, new_password: Password }, { additionalProperties: false });
export const SignupPendingOut = component(
  'SignupPending',
  Type.Object(
    { verification_sent_to: Type.String({ description: 'The address a confirmation link (24 hours) was sent to: open it to finish signing up' }) },
    { description: 'With SMTP configured, sign-up confirms the address before anything else: nobody is signed in yet' },
  ),
);
