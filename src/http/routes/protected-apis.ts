import type { ProtectedApiRecord } from '../../store/types.js';
import type { Services } from '../../services.js';
import { listRoute } from '../list-route.js';
import { created, iso } from '../present.js';
import { IdParams, ListQueryParams, NoContent, ref } from '../schemas/common.js';
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
export function protectedApiRoutes(app: App, { protectedApis }: Services): void {
  listRoute(app, {
    path: '/api/protected-apis',
    operation: op.listProtectedApis,
    querystring: ListQueryParams,
    page: ProtectedApiPage,
    errors: common,
    action: 'protected_apis.manage',
    list: (principal, _query, limit, after) => protectedApis.list(principal, limit, after),
    item: protectedApiJson,
  });

  app.post(
    '/api/protected-apis',
    {
      schema: { ...op.createProtectedApi, body: ProtectedApiCreate, response: { 201: ref(ProtectedApi), ...problemResponses([400, 401, 403, 409, 429]) } },
      config: { ...auth, idempotent: { replay: ref(ProtectedApi) } },
    },
    async (req, reply) => created(reply, '/api/protected-apis', protectedApiJson(await protectedApis.create(principalOf(req), req.body))),
  );

  app.get(
    '/api/protected-apis/:id',
    { schema: { ...op.getProtectedApi, params: IdParams, response: { 200: ref(ProtectedApi), ...common } }, config: auth },
    async (req) => protectedApiJson(await protectedApis.get(principalOf(req), req.params.id)),
  );

  app.patch(
    '/api/protected-apis/:id',
    { schema: { ...op.updateProtectedApi, params: IdParams, body: ProtectedApiPatch, response: { 200: ref(ProtectedApi), ...common } }, config: auth },
    async (req) => protectedApiJson(await protectedApis.update(principalOf(req), req.params.id, req.body)),
  );

  app.delete(
    '/api/protected-apis/:id',
    { schema: { ...op.deleteProtectedApi, params: IdParams, response: { 204: NoContent, ...common } }, config: auth },
    async (req, reply) => {
      await protectedApis.remove(principalOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  );
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
