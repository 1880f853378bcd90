import type { Workspace } from '../../store/types.js';
import type { Services } from '../../services.js';
import { ref } from '../schemas/common.js';
import { Workspace as WorkspaceSchema, WorkspacePatch } from '../schemas/workspace.js';
import type { App } from '../types.js';
import { apiAuth, operations, principalOf, problemResponses } from '../types.js';

const json = (w: Workspace) => ({
  id: w.id,
  name: w.name,
  max_key_lifetime_days: w.maxKeyLifetimeDays,
  require_key_expiry: w.requireKeyExpiry,
  require_two_factor: w.requireTwoFactor ?? false,
});

const op = operations('workspace', {
  getWorkspace: {
    summary: "The caller's workspace and its key policy",
    description: 'The workspace name, the longest key lifetime allowed and whether keys must expire.',
  },
  updateWorkspace: {
    summary: 'Change the workspace name, key policy (maximum lifetime in days, require an expiry) or two-factor policy',
    description: 'Applies to keys created from now on.',
  },
});

/** Workspace settings: its name, the longest key lifetime allowed, and whether keys must expire. */
export function workspaceRoutes(app: App, { workspaces }: Services): void {
  app.get(
    '/api/workspace',
    { schema: { ...op.getWorkspace, response: { 200: ref(WorkspaceSchema), ...problemResponses([401, 429]) } }, config: { auth: 'api' } },
    async (req) => json(await workspaces.get(principalOf(req))),
  );

  app.patch(
    '/api/workspace',
    {
      schema: { ...op.updateWorkspace, body: WorkspacePatch, response: { 200: ref(WorkspaceSchema), ...problemResponses([400, 401, 403, 429]) } },
      config: apiAuth('workspace.update'),
    },
    async (req) => {
      const b = req.body;
      const patch = {
        name: b.name,
        maxKeyLifetimeDays: b.max_key_lifetime_days,
        requireKeyExpiry: b.require_key_expiry,
        requireTwoFactor: b.require_two_factor,
      };
      return json(await workspaces.update(principalOf(req), patch, { ...b }));
    },
  );
}
