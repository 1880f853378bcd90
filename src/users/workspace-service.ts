import { type AuditService, entryBy } from '../audit/audit-service.js';
import { fail } from '../errors.js';
import type { Principal } from '../principal.js';
import type { Store, Workspace } from '../store/types.js';
import { enforce } from './permissions.js';

export type WorkspacePatch = Partial<Pick<Workspace, 'name' | 'maxKeyLifetimeDays' | 'requireKeyExpiry' | 'requireTwoFactor'>>;

/** The caller's workspace and its key policy (its name, the longest key lifetime, whether keys must expire). */
export class WorkspaceService {
  constructor(
    private readonly store: Store,
    private readonly audit: AuditService,
  ) {}

  async get(p: Principal): Promise<Workspace> {
    enforce(p, { type: 'workspace.read' });
    return (await this.store.workspaces.get(p.workspace.id)) ?? fail('not_found');
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
