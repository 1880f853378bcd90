import { type AuditService, entryBy } from '../audit/audit-service.js';
import { type CustomGrants, ROLES, type Role } from '../domain.js';
import type { Principal } from '../principal.js';
import type { Store } from '../store/types.js';
import { NO_GRANTS, checkGrants } from './custom-permissions.js';
import { PERMISSIONS, type Permission, enforce, rolePermissions } from './permissions.js';
import { callerWorkspace } from './workspace-service.js';

/** A permission and the roles that hold it. */
export interface PermissionHolders {
  name: Permission;
  roles: Role[];
}

/** Keyward's own permissions and the workspace's custom ones, each with the roles holding it. */
export interface WorkspacePermissions {
  builtin: PermissionHolders[];
  custom: PermissionHolders[];
}

const BUILTIN: PermissionHolders[] = PERMISSIONS.map((name) => ({ name, roles: ROLES.filter((r) => rolePermissions(r, NO_GRANTS).includes(name)) }));

function permissionsOf(grants: CustomGrants): WorkspacePermissions {
  return { builtin: BUILTIN, custom: Object.keys(grants).map((name) => ({ name, roles: [...grants[name]] })) };
}

/** The names whose holders differ between two grants (defined, removed, or granted to other roles). */
function changedNames(before: CustomGrants, after: CustomGrants): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((name) => (Object.hasOwn(before, name) ? before[name].join() : null) !== (Object.hasOwn(after, name) ? after[name].join() : null));
}

/** A workspace's custom permissions: which exist, and which roles hold each. */
export class PermissionService {
  // Wired like WorkspaceService (store and audit log, enforce, then the caller's workspace): both are services
  // over the one workspace row, alike in their first lines, each with its own permission and fields.
  constructor(
    private readonly store: Store,
    private readonly audit: AuditService,
  ) {}

  async list(p: Principal): Promise<WorkspacePermissions> {
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
