import { Type } from 'typebox';
import { actorOf } from '../../audit/audit-service.js';
import { fail } from '../../errors.js';
import type { Workspace } from '../../store/types.js';
import type { AppDeps } from '../deps.js';
import { WorkspaceOut } from '../schemas.js';
import type { App } from '../types.js';
import { principalOf, problemResponses } from '../types.js';

const json = (w: Workspace) => ({ id: w.id, name: w.name, max_key_lifetime_days: w.maxKeyLifetimeDays, require_key_expiry: w.requireKeyExpiry });

/** Workspace settings: its name, the longest key lifetime allowed, and whether keys must expire. */
export function workspaceRoutes(app: App, { store, audit, keyCache }: AppDeps): void {
  const tags = ['workspace'];
  app.get('/api/workspace', {
    schema: { tags, operationId: 'getWorkspace', description: 'The workspace name, the longest key lifetime allowed and whether keys must expire.', summary: "The caller's workspace and its key policy", response: { 200: WorkspaceOut, ...problemResponses([401, 429]) } },
    config: { auth: 'api' },
  }, async (req) => json((await store.workspaces.get(principalOf(req).workspace.id)) ?? fail('not_found')));

  app.patch('/api/workspace', {
    schema: {
      tags,
      operationId: 'updateWorkspace', description: 'Applies to keys created from now on.', summary: 'Change the workspace name or key policy (maximum lifetime in days, require an expiry)',
      body: Type.Object(
        {
          name: Type.Optional(Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' })),
          max_key_lifetime_days: Type.Optional(Type.Integer({ minimum: 1, maximum: 3660 })),
          require_key_expiry: Type.Optional(Type.Boolean()),
        },
        { additionalProperties: false, minProperties: 1 },
      ),
      response: { 200: WorkspaceOut, ...problemResponses([400, 401, 403, 429]) },
    },
    config: { auth: 'api', permission: 'users:manage' },
  }, async (req) => {
    const p = principalOf(req);
    const b = req.body;
    const patch = { name: b.name?.trim(), maxKeyLifetimeDays: b.max_key_lifetime_days, requireKeyExpiry: b.require_key_expiry };
    await store.transaction(async (tx) => {
      await tx.workspaces.update(p.workspace.id, patch);
      await audit.record(tx, { workspaceId: p.workspace.id, action: 'workspace.updated', actor: actorOf(p), target: { type: 'workspace', id: p.workspace.id }, context: p, details: { ...b } });
    });
    keyCache?.invalidate();
    return json((await store.workspaces.get(p.workspace.id)) ?? fail('not_found'));
  });
}
