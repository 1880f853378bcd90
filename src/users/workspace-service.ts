import { type AuditService, entryBy } from '../audit/audit-service.js';
import { fail } from '../errors.js';
import type { Principal } from '../principal.js';
import type { Repos, Store, Workspace } from '../store/types.js';
import { NO_GRANTS, checkGrants } from './custom-permissions.js';
import { enforce } from './permissions.js';
import { type WorkspacePermissions, changedNames, permissionsOf } from './workspace-permissions.js';

export type WorkspacePatch = Partial<Pick<Workspace, 'name' | 'maxKeyLifetimeDays' | 'requireKeyExpiry' | 'requireTwoFactor'>>;

/** The caller's own workspace, read through `repos` (a transaction's, to read it inside that transaction). */
export async function callerWorkspace(repos: Pick<Repos, 'workspaces'>, p: Principal): Promise<Workspace> {
  return (await repos.workspaces.get(p.workspace.id)) ?? fail('not_found');
}

/**
 * The caller's workspace: its key policy (its name, the longest key lifetime, whether keys must expire) and its
 * custom permissions with the roles holding each.
 */
export class WorkspaceService {
  constructor(
    private readonly store: Store,
    private readonly audit: AuditService,
  ) {}

  async get(p: Principal): Promise<Workspace> {
    enforce(p, { type: 'workspace.read' });
    return callerWorkspace(this.store, p);
  }

  async update(p: Principal, patch: WorkspacePatch, details: Record<string, unknown>): Promise<Workspace> {
    enforce(p, { type: 'workspace.update' });
    await this.store.transaction(async (tx) => {
      await tx.workspaces.update(p.workspace.id, { ...patch, name: patch.name?.trim() });
      await this.audit.record(tx, entryBy(p, 'workspace.updated', { type: 'workspace', id: p.workspace.id }, details));
    });
    return this.get(p);
  }

  async permissions(p: Principal): Promise<WorkspacePermissions> {
    enforce(p, { type: 'permissions.read' });
    const workspace = await callerWorkspace(this.store, p);
    return permissionsOf(workspace.customPermissions ?? NO_GRANTS);
  }

  /**
   * Replaces the workspace's custom permissions and their grants (400 naming the field for a bad name, a
   * reserved resource or roles without owner and admin). Keys and sessions hold the new grants from their
   * next request on: the change moves the authentication-state version every instance checks.
   */
  async replaceGrants(p: Principal, input: Readonly<Record<string, readonly string[]>>): Promise<WorkspacePermissions> {
    // Whoever may not change grants at all is told so before anything about the body.
    enforce(p, { type: 'permissions.update', changed: [] });
    const grants = checkGrants(input);
    const saved = await this.store.transaction(async (tx) => {
      const workspace = await callerWorkspace(tx, p);
      const before = workspace.customPermissions ?? NO_GRANTS;
      const changed = changedNames(before, grants);
      enforce(p, { type: 'permissions.update', changed });
      if (changed.length === 0) return before;
      await tx.workspaces.update(p.workspace.id, { customPermissions: grants });
      const details = {
        changed,
        before: Object.fromEntries(changed.map((n) => [n, before[n] ?? null])),
        after: Object.fromEntries(changed.map((n) => [n, grants[n] ?? null])),
      };
      await this.audit.record(tx, entryBy(p, 'permissions.changed', { type: 'workspace', id: p.workspace.id }, details));
      return grants;
    });
    return permissionsOf(saved);
  }
}
