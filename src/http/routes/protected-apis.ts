import { createRoute, itemRoutes } from '../resource-routes.js';
import type { ProtectedApiRecord } from '../../store/types.js';
import type { Services } from '../../services.js';
import { listRoute } from '../list-route.js';
import { iso } from '../present.js';
import { ListQueryParams, ref } from '../schemas/common.js';
import { ProtectedApi, ProtectedApiCreate, ProtectedApiPage, ProtectedApiPatch, RouteMatch, RouteMatchRequest } from '../schemas/protected-apis.js';
import type { App } from '../types.js';
import { apiAuth, operations, principalOf, problemResponses } from '../types.js';

const auth = apiAuth('protected_apis.manage');

const protectedApiJson = (a: ProtectedApiRecord) => ({
  id: a.id,
  name: a.name,
  hosts: a.hosts,
  path_prefix: a.pathPrefix,
  rules: a.rules,
  created_at: iso(a.createdAt),
  updated_at: iso(a.updatedAt),
});

const op = operations('protect', {
  listProtectedApis: "The workspace's protected APIs, newest first",
  createProtectedApi: {
    summary: 'Protect an API: the hosts and path prefix that select it, and its rules',
    description: 'Rules are tried in order; the first that matches decides.',
  },
  getProtectedApi: 'Get a protected API',
  updateProtectedApi: 'Change a protected API (rules are replaced as a whole); every instance applies it from the next request',
  deleteProtectedApi: 'Stop protecting an API: its requests match nothing, so forward-auth refuses them',
  getProtectedApiMatch: {
    summary: 'Try a request: which protected API, rule and permission decide it',
    description: 'Uses the rules as saved now. No key is checked and nothing is counted; a request no rule matches answers `matched: false`.',
  },
});

const common = problemResponses([400, 401, 403, 404, 429]);

/** A workspace's protected APIs (owners and admins): what forward-auth and the verify API decide by. */
export function protectedApiRoutes(app: App, services: Services): void {
  const { protectedApis } = services;
  listRoute(app, {
    path: '/api/protected-apis',
    operation: op.listProtectedApis,
    querystring: ListQueryParams,
    page: ProtectedApiPage,
    errors: common,
    action: 'protected_apis.manage',
    list: (principal, _query, limit, after) => protectedApis.list(principal, limit, after),
    item: protectedApiJson,
    // Every change to them moves the workspace's protected_apis_version, so its counter.
    conditional: { context: services, may: { type: 'protected_apis.manage' }, resources: ['workspace'] },
  });

  const action = 'protected_apis.manage';
  createRoute(app, {
    path: '/api/protected-apis',
    operation: op.createProtectedApi,
    action,
    body: ProtectedApiCreate,
    item: ProtectedApi,
    errors: problemResponses([400, 401, 403, 409, 429]),
    create: (principal, body) => protectedApis.create(principal, body),
    json: protectedApiJson,
  });

  // Declared like the webhooks' (routes/webhooks.ts): itemRoutes holds the routes, each call only its resource's names.
  itemRoutes(app, {
    path: '/api/protected-apis',
    item: ProtectedApi,
    errors: common,
    json: protectedApiJson,
    get: { operation: op.getProtectedApi, action, run: (principal, id) => protectedApis.get(principal, id) },
    update: { operation: op.updateProtectedApi, action, body: ProtectedApiPatch, run: (principal, id, patch) => protectedApis.update(principal, id, patch) },
    remove: { operation: op.deleteProtectedApi, action, run: (principal, id) => protectedApis.remove(principal, id) },
  });
  app.post(
    '/api/protected-apis/match',
    {
      schema: { ...op.getProtectedApiMatch, body: RouteMatchRequest, response: { 200: ref(RouteMatch), ...problemResponses([400, 401, 403, 429]) } },
      config: auth,
    },
    async (req) => {
      const { method, path, host } = req.body;
      const hit = await protectedApis.match(principalOf(req), { method, uri: path, host });
      // No API or no rule: every field about the match is null and the code says why it would be refused.
      return {
        matched: hit !== undefined,
        code: hit ? null : 'route_not_allowed',
        protected_api_id: hit?.api.id ?? null,
        protected_api_name: hit?.api.name ?? null,
        rule_index: hit?.index ?? null,
        rule: hit?.rule ?? null,
        permission: hit?.rule.permission ?? null,
      };
    },
  );
}
