import { Type } from 'typebox';
import { Password, PasswordToCheck, Text, Timestamp, component, literals, nullable, ref } from './common.js';
import { Pending } from './auth.js';

/** One's own account from a browser session: password, sessions, two-factor sign-in; an admin's password reset. */
export const TotpCode = Text({
  minLength: 6,
  maxLength: 20,
  description: 'A 6-digit code from the authenticator app, or one of the recovery codes (xxxxx-xxxxx)',
});

export const PasswordChangeBody = Type.Object({ current_password: PasswordToCheck, new_password: Password }, { additionalProperties: false });
export const ReauthBody = Type.Union(
  [Type.Object({ password: PasswordToCheck }, { additionalProperties: false }), Type.Object({ code: TotpCode }, { additionalProperties: false })],
  { description: 'The current password, or a two-factor code (TOTP or recovery)' },
);
export const CodeBody = Type.Object({ code: TotpCode }, { additionalProperties: false });
export const DisableTwoFactorBody = Type.Object({ password: PasswordToCheck, code: TotpCode }, { additionalProperties: false });

export const PasswordChanged = component(
  'PasswordChanged',
  Type.Object({ sessions_ended: Type.Integer({ minimum: 0, description: 'Other sessions of yours that were ended' }), pending: Pending }),
);
export const Reauthenticated = component(
  'Reauthenticated',
  Type.Object({ reauth_until: Type.String({ format: 'date-time', description: 'Sensitive actions need no new check until then' }) }),
);
export const SessionInfo = component(
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
export const SessionList = component('SessionList', Type.Object({ data: Type.Array(ref(SessionInfo)) }, { description: 'Your live sessions, newest first' }));
export const SessionsEnded = component('SessionsEnded', Type.Object({ sessions_ended: Type.Integer({ minimum: 0 }) }));
export const TwoFactorStatus = component(
  'TwoFactorStatus',
  Type.Object({
    enabled: Type.Boolean(),
    recovery_codes_left: Type.Integer({ minimum: 0 }),
    required: Type.Boolean({ description: 'The workspace requires two-factor sign-in of your role' }),
  }),
);
// Like other components (AuthStatus in auth.ts), an object of described fields: alike in shape, a different answer.
export const TwoFactorSetup = component(
  'TwoFactorSetup',
  Type.Object({
    secret: Type.String({ description: 'Base32 secret, for typing into an authenticator app by hand' }),
    otpauth_uri: Type.String({ description: 'otpauth://totp/… for the authenticator app (what the QR code holds)' }),
    qr_svg: Type.String({ description: 'The same URI as a QR code: a data:image/svg+xml;base64 URI to use as an <img> src' }),
  }),
);
export const RecoveryCodes = component(
  'RecoveryCodes',
  Type.Object({
    recovery_codes: Type.Array(Type.String(), { description: 'Ten one-time codes, shown this once: each signs in once in place of a TOTP code' }),
    pending: Pending,
  }),
);

export const PasswordResetMethod = component(
  'PasswordResetMethod',
  literals(['temporary_password', 'email_link'] as const, {
    description:
      'temporary_password (default): one is returned this once. email_link (only with SMTP_URL, else 409 email_not_configured): a one-time link (1 hour) is emailed to the user; their old password stops working once the SMTP server took it',
  }),
);
/** No body at all is the default method. */
export const PasswordResetBody = Type.Optional(
  Type.Object(
    { method: Type.Optional(Type.Unsafe<'temporary_password' | 'email_link'>({ ...ref(PasswordResetMethod), default: 'temporary_password' })) },
    { additionalProperties: false },
  ),
);
export const PasswordReset = component(
  'PasswordReset',
  Type.Object({
    temporary_password: nullable(Type.String(), {
      description: 'Shown this once: the user signs in with it and must then choose a new password; null when a link was emailed',
    }),
    link_sent_to: nullable(Type.String(), { description: 'The address the reset link was emailed to (method email_link); null otherwise' }),
    sessions_ended: Type.Boolean({ description: 'Every session of the user was ended' }),
  }),
);

export const components = [
  PasswordChanged,
  Reauthenticated,
  SessionInfo,
  SessionList,
  SessionsEnded,
  TwoFactorStatus,
  TwoFactorSetup,
  RecoveryCodes,
  PasswordResetMethod,
  PasswordReset,
];
