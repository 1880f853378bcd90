import { type AuditAction, type AuditService, entryBy } from '../audit/audit-service.js';
import type { Clock } from '../clock.js';
import { fail } from '../errors.js';
import { newId } from '../ids.js';
import type { Principal } from '../principal.js';
import type { Cursor, Page, ProtectedApiRecord, ProtectedApiRule, Repos, Store } from '../store/types.js';
import { enforce } from '../users/permissions.js';

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
export class ProtectedApiService {
  constructor(
    private readonly store: Store,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

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
      rules: input.rules.map(copyRule),
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
        rules: input.rules?.map(copyRule) ?? current.rules,
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

  private async record(tx: Repos, p: Principal, action: AuditAction, api: ProtectedApiRecord): Promise<void> {
    await this.audit.record(
      tx,
      entryBy(p, action, { type: 'protected_api', id: api.id }, { name: api.name, path_prefix: api.pathPrefix, rules: api.rules.length }),
    );
  }
}

/** Only the rule's own fields are stored (the body schema refuses any other). */
const copyRule = (r: ProtectedApiRule): ProtectedApiRule => ({ method: r.method, path: r.path, permission: r.permission });
