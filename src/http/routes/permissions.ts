import type { Services } from '../../services.js';
import { ref } from '../schemas/common.js';
import { PermissionGrants, WorkspacePermissions } from '../schemas/permissions.js';
import type { App } from '../types.js';
import { apiAuth, operations, principalOf, problemResponses } from '../types.js';

const op = operations('workspace', {
  getPermissions: {
    summary: "Keyward's permissions and the workspace's custom ones, with the roles holding each",
    description: "Custom permissions (e.g. invoices:read) are what protected APIs and key restrictions may name besides Keyward's own.",
  },
  updatePermissionGrants: {
    summary: "Replace the workspace's custom permissions and the roles holding each",
    description:
      'Owners and admins hold every custom permission; each list says which of member and viewer also do. Keys and sessions act with the new grants from their next request on. An API key changes only the permissions its restriction lists.',
  },
});

/** The workspace's custom permissions, granted to roles. */
export function permissionRoutes(app: App, { workspaces }: Services): void {
  app.get(
    '/api/permissions',
    { schema: { ...op.getPermissions, response: { 200: ref(WorkspacePermissions), ...problemResponses([401, 429]) } }, config: { auth: 'api' } },
    async (req) => workspaces.permissions(principalOf(req)),
  );

  app.put(
    '/api/permissions/grants',
    {
      schema: {
        ...op.updatePermissionGrants,
        body: PermissionGrants,
        response: { 200: ref(WorkspacePermissions), ...problemResponses([400, 401, 403, 429]) },
      },
      config: apiAuth('permissions.update'),
    },
    async (req) => workspaces.replaceGrants(principalOf(req), req.body),
  );
}
