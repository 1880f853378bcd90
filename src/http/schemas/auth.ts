import { type Static, Type } from 'typebox';
import { Email, Password, PasswordToCheck, PersonName, Text, component, literals, nullable, ref } from './common.js';
import { UserSummary } from './users.js';
import { WorkspaceName, WorkspaceSummary } from './workspace.js';

/** Sign-in, first-run setup and sign-up: the session and what it must do first. */
export const PendingSignInStep = component(
  'PendingSignInStep',
  literals(['two_factor', 'password_change', 'two_factor_enrolment'] as const, {
    description:
      'What the session must do before anything else: two_factor → POST /auth/login/two-factor; password_change → POST /api/me/password; two_factor_enrolment → POST /api/me/two-factor/setup then /enable',
  }),
);
export const Pending = nullable(ref(PendingSignInStep));

export const Session = component(
  'Session',
  Type.Object(
    {
      user: ref(UserSummary),
      workspace: ref(WorkspaceSummary),
      csrf_token: Type.String({ description: 'Send as X-CSRF-Token on every state-changing call made with this session' }),
      client_ip: Type.String({
        description:
          "This request's client address as the server sees it (after TRUST_PROXY): the address an IP allowlist is matched against, e.g. to warn before saving a list that would lock it out. IPv4, IPv6, or IPv4-mapped IPv6 (::ffff:…)",
        examples: ['203.0.113.7'],
      }),
      pending: Pending,
    },
    { description: 'The signed-in user; the session itself is the __Host-keyward_session cookie' },
  ),
);

export const AuthStatus = component(
  'AuthStatus',
  Type.Object({
    needs_setup: Type.Boolean({ description: 'No user exists yet: POST /auth/setup' }),
    signup: Type.Boolean({ description: 'POST /auth/signup is open' }),
    email: Type.Boolean({ description: 'The server sends email (SMTP_URL): sign-up confirms the address, and "forgot password" links can be asked for' }),
  }),
);

export const SignupPending = component(
  'SignupPending',
  Type.Object(
    { verification_sent_to: Type.String({ description: 'The address a confirmation link (24 hours) was sent to: open it to finish signing up' }) },
    { description: 'With SMTP configured, sign-up confirms the address before anything else: nobody is signed in yet' },
  ),
);

export const SetupBody = Type.Object({ workspace_name: WorkspaceName, email: Email, name: PersonName, password: Password }, { additionalProperties: false });
export type SetupBody = Static<typeof SetupBody>;

export const LoginBody = Type.Object(
  {
    email: Text({ minLength: 1, maxLength: 320 }),
    password: PasswordToCheck,
    workspace_id: Type.Optional(
      Text({ minLength: 1, maxLength: 40, description: 'Which workspace, when the email and password open several (409 workspace_required)' }),
    ),
  },
  { additionalProperties: false },
);

/** A one-time token from an emailed link (the part after `#token=`). */
const LinkToken = Text({ minLength: 1, maxLength: 100, description: 'The token from the emailed link (after #token=)' });
export const VerifyEmailBody = Type.Object({ token: LinkToken }, { additionalProperties: false });
export const ResetRequestBody = Type.Object({ email: Text({ minLength: 1, maxLength: 320 }) }, { additionalProperties: false });
export const ResetCompleteBody = Type.Object({ token: LinkToken, new_password: Password }, { additionalProperties: false });

export const components = [PendingSignInStep, Session, AuthStatus, SignupPending];
