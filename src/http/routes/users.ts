import { createRoute } from '../resource-routes.js';
import type { Services } from '../../services.js';
import { PasswordReset, PasswordResetBody, SessionsEnded } from '../schemas/account.js';
import { listRoute } from '../list-route.js';
import { userJson } from '../present.js';
import { conditionalGet, conditionalGetSchema } from '../conditional.js';
import { IdParams, ListQueryParams, ref } from '../schemas/common.js';
import { User, UserCreate, UserPage, UserPatch } from '../schemas/users.js';
import type { App } from '../types.js';
import { apiAuth, operations, principalOf, problemResponses } from '../types.js';

const op = operations('users', {
  listUsers: { summary: "List the workspace's users", description: 'Pages of users (people and service accounts), newest first.' },
  getUser: { summary: 'Get a user', description: 'A person or a service account of the workspace.' },
  createUser: {
    summary: 'Add a person or a service account with a role',
    description:
      'Adds a person (email, name, password) or, with kind "service", a service account (name only): it has no email or password, never signs in, and its keys are created by owners and admins (POST /api/keys with owner_id). Never a role beyond your own; only an owner may add an owner.',
  },
  updateUser: {
    summary: 'Change a role, or disable / re-enable a user',
    description:
      'Disabling a user ends their sessions and stops their keys at once; the last owner who is a person cannot be demoted or disabled. Service accounts are changed the same way.',
  },
  updateUserPassword: {
    summary: "Reset a user's password: a temporary one shown once, or a link by email",
    description:
      'Ends all their sessions (409 service_account for a service account, which has no password). With method temporary_password (the default) they sign in with the temporary password and must choose a new one; with email_link (SMTP configured) they are emailed a one-time link (1 hour) to choose it, and the old password stops working once the SMTP server took the email (502 email_not_sent otherwise, and nothing changed). An admin cannot reset an owner; nobody resets their own this way (POST /api/me/password); an API key never can. Needs a recent password check (403 reauth_required).',
  },
  deleteUserSessions: {
    summary: 'End every session of a user (signs them out everywhere)',
    description: "Their API keys keep working (revoke or disable for that). An admin cannot end an owner's sessions.",
  },
});

/** The problem responses every one of these operations can send. */
const common = problemResponses([400, 401, 403, 404, 409, 429]);

export function userRoutes(app: App, services: Services): void {
  const { users, accounts } = services;
  // Declared like every other list (protected APIs, webhooks): the shared logic is listRoute's; what stays is this list's own words.
  listRoute(app, {
    path: '/api/users',
    operation: op.listUsers,
    querystring: ListQueryParams,
    page: UserPage,
    errors: common,
    action: 'users.list',
    list: (principal, _query, limit, after) => users.list(principal, limit, after),
    item: userJson,
    conditional: { context: services, may: { type: 'users.list' }, resources: ['users'] },
  });

  app.get(
    '/api/users/:id',
    {
      schema: conditionalGetSchema({ ...op.getUser, params: IdParams, response: { 200: ref(User), ...common } }),
      config: apiAuth('users.read'),
    },
    async (req, reply) =>
      conditionalGet(req, reply, services, { may: { type: 'users.read' }, resources: ['users'] }, async () => ({
        body: userJson(await users.get(principalOf(req), req.params.id)),
      })),
  );

  createRoute(app, {
    path: '/api/users',
    operation: op.createUser,
    action: 'user.create',
    body: UserCreate,
    item: User,
    errors: common,
    create: (principal, body) => users.create(principal, body),
    json: userJson,
  });

  app.patch(
    '/api/users/:id',
    {
      schema: { ...op.updateUser, params: IdParams, body: UserPatch, response: { 200: ref(User), ...common } },
      config: apiAuth('user.update'),
    },
    async (req) => userJson(await users.update(principalOf(req), req.params.id, req.body)),
  );

  app.post(
    '/api/users/:id/reset-password',
    {
      schema: {
        ...op.updateUserPassword,
        params: IdParams,
        body: PasswordResetBody,
        response: { 200: ref(PasswordReset), ...common, ...problemResponses([502]) },
      },
      config: apiAuth('user.reset_password'),
      // No body at all is the default method.
      preValidation: async (req) => {
        req.body ??= {};
      },
    },
    async (req, reply) => {
      reply.header('cache-control', 'no-store');
      if (req.body?.method === 'email_link') {
        const user = await accounts.resetPasswordByEmail(principalOf(req), req.params.id);
        return { temporary_password: null, link_sent_to: user.email, sessions_ended: true };
      }
      const r = await accounts.resetPassword(principalOf(req), req.params.id);
      return { temporary_password: r.temporaryPassword, link_sent_to: null, sessions_ended: true };
    },
  );

  app.post(
    '/api/users/:id/end-sessions',
    {
      schema: { ...op.deleteUserSessions, params: IdParams, response: { 200: ref(SessionsEnded), ...common } },
      config: apiAuth('user.end_sessions'),
    },
    async (req) => ({ sessions_ended: await accounts.endUserSessions(principalOf(req), req.params.id) }),
  );
}
