import { AuditedService } from '../audited-service.js';
import { type AuditAction, entryBy } from '../audit/audit-service.js';
import type { CustomGrants } from '../domain.js';
import { fail } from '../errors.js';
import { newId } from '../ids.js';
import type { Principal } from '../principal.js';
import type { Cursor, Page, ProtectedApiRecord, ProtectedApiRule, Repos } from '../store/types.js';
import { enforce } from '../users/permissions.js';
import { type ProtectedRequest, type RouteMatch, compileApis, matchRoute } from './routes.js';
import { permissionProblem } from './rule-permission.js';

/** A workspace holds at most this many protected APIs. */
export const MAX_PROTECTED_APIS = 100;

export interface ProtectedApiInput {
  name?: string;
  hosts?: string[];
  path_prefix?: string;
  rules?: ProtectedApiRule[];
}

/**
 * A workspace's protected APIs (owners and admins: `protected_apis.manage`). The request schema checks every
 * field's shape (src/http/schemas/protected-apis.ts, the patterns of src/protect/routes.ts); each write is
 * audited in its transaction and moves the workspace's version, so every instance reads the rules again.
 */
export class ProtectedApiService extends AuditedService {
  async list(p: Principal, limit: number, after?: Cursor): Promise<Page<ProtectedApiRecord>> {
    enforce(p, { type: 'protected_apis.manage' });
    return this.store.protectedApis.list(p.workspace.id, limit, after);
  }

  async get(p: Principal, id: string): Promise<ProtectedApiRecord> {
    enforce(p, { type: 'protected_apis.manage' });
    return (await this.store.protectedApis.get(p.workspace.id, id)) ?? fail('not_found', 'No such protected API');
  }

  async create(p: Principal, input: Required<Pick<ProtectedApiInput, 'name' | 'path_prefix' | 'rules'>> & ProtectedApiInput): Promise<ProtectedApiRecord> {
    enforce(p, { type: 'protected_apis.manage' });
    const now = this.clock.now();
    const api: ProtectedApiRecord = {
      id: newId('api'),
      workspaceId: p.workspace.id,
      name: input.name.trim(),
      hosts: input.hosts ?? [],
      pathPrefix: input.path_prefix,
      rules: checkedRules(input.rules, p.workspace.customPermissions),
      createdAt: now,
      updatedAt: now,
    };
    await this.store.transaction(async (tx) => {
      if ((await tx.protectedApis.count(p.workspace.id)) >= MAX_PROTECTED_APIS) {
        fail('protected_api_limit_reached', `A workspace holds at most ${MAX_PROTECTED_APIS} protected APIs; delete one first`);
      }
      await tx.protectedApis.create(api);
      await this.record(tx, p, 'protected_api.created', api);
    });
    return api;
  }

  async update(p: Principal, id: string, input: ProtectedApiInput): Promise<ProtectedApiRecord> {
    enforce(p, { type: 'protected_apis.manage' });
    return this.store.transaction(async (tx) => {
      const current = (await tx.protectedApis.get(p.workspace.id, id)) ?? fail('not_found', 'No such protected API');
      const api: ProtectedApiRecord = {
        ...current,
        name: input.name?.trim() ?? current.name,
        hosts: input.hosts ?? current.hosts,
        pathPrefix: input.path_prefix ?? current.pathPrefix,
        rules: input.rules ? checkedRules(input.rules, p.workspace.customPermissions) : current.rules,
        updatedAt: this.clock.now(),
      };
      await tx.protectedApis.update(api);
      await this.record(tx, p, 'protected_api.updated', api);
      return api;
    });
  }

  async remove(p: Principal, id: string): Promise<void> {
    enforce(p, { type: 'protected_apis.manage' });
    await this.store.transaction(async (tx) => {
      const current = (await tx.protectedApis.get(p.workspace.id, id)) ?? fail('not_found', 'No such protected API');
      await tx.protectedApis.delete(p.workspace.id, id);
      await this.record(tx, p, 'protected_api.deleted', current);
    });
  }

  /** The rule that decides a request, from the rules as saved now (what the next forward-auth decision uses); undefined: refused. */
  async match(p: Principal, request: ProtectedRequest): Promise<RouteMatch | undefined> {
    enforce(p, { type: 'protected_apis.manage' });
    return matchRoute(compileApis(await this.store.protectedApis.all(p.workspace.id)), request);
  }

  private async record(tx: Repos, p: Principal, action: AuditAction, api: ProtectedApiRecord): Promise<void> {
    await this.audit.record(
      tx,
      entryBy(p, action, { type: 'protected_api', id: api.id }, { name: api.name, path_prefix: api.pathPrefix, rules: api.rules.length }),
    );
  }
}

/** Every rule names a permission of the workspace; only the rule's own fields are stored. */
function checkedRules(rules: readonly ProtectedApiRule[], grants: CustomGrants): ProtectedApiRule[] {
  return rules.map((r, i) => {
    const problem = permissionProblem(r.permission, grants);
    if (problem) {
      const path = `/rules/${i}/permission`;
      fail('validation_error', `${path.slice(1)} ${problem}`, { errors: [{ path, message: problem }] });
    }
    return { method: r.method, path: r.path, permission: r.permission };
  });
}
