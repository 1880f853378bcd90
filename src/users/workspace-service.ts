import { type AuditService, entryBy } from '../audit/audit-service.js';
import { fail } from '../errors.js';
import type { Principal } from '../principal.js';
import type { Repos, Store, Workspace } from '../store/types.js';
import { enforce } from './permissions.js';

export type WorkspacePatch = Partial<Pick<Workspace, 'name' | 'maxKeyLifetimeDays' | 'requireKeyExpiry' | 'requireTwoFactor'>>;

/** The caller's own workspace, read through `repos` (a transaction's, to read it inside that transaction). */
export async function callerWorkspace(repos: Pick<Repos, 'workspaces'>, p: Principal): Promise<Workspace> {
  return (await repos.workspaces.get(p.workspace.id)) ?? fail('not_found');
}

/** The caller's workspace and its key policy (its name, the longest key lifetime, whether keys must expire). */
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
}
