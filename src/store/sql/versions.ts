import type { Kysely, Selectable } from 'kysely';
import type { RepoStatements } from '../dialects/dialect.js';
import { type Prepare, preparedQuery } from '../prepared.js';
import type { QueryCounter } from '../query-counter.js';
import type { Database, ResourceVersionTable } from '../schema.js';
import type { ResourceVersions, VersionRepo } from '../types.js';
import { num } from './rows.js';

export type ResourceVersionRow = Selectable<ResourceVersionTable>;

/** A workspace's counters (migration 013); both dialects run it as a statement prepared once. */
export function resourceVersionsQuery(db: Kysely<Database>, workspaceId: string) {
  return db.selectFrom('resource_versions').selectAll().where('workspace_id', '=', workspaceId);
}

/** The read every conditional request makes, prepared once by the dialect's `prepare` (src/store/prepared.ts). */
export function preparedVersionRead(
  db: Kysely<Database>,
  prepare: Prepare<Record<string, unknown>[] | Promise<Record<string, unknown>[]>>,
  counter: QueryCounter,
): Pick<RepoStatements, 'resourceVersions'> {
  const read = preparedQuery(prepare, 'kw_resource_versions', (w: string) => resourceVersionsQuery(db, w).compile(), ['\u0000workspace'], counter);
  return { resourceVersions: async (workspaceId) => (await read(workspaceId))[0] as ResourceVersionRow | undefined };
}

const NEVER_WRITTEN: ResourceVersions = { contacts: 0, keys: 0, users: 0, workspace: 0, audit: 0, notifications: 0 };

/** A row's counters (PostgreSQL's bigint arrives as a string). */
const countersOf = (r: ResourceVersionRow): ResourceVersions => ({
  contacts: num(r.contacts),
  keys: num(r.keys),
  users: num(r.users),
  workspace: num(r.workspace),
  audit: num(r.audit),
  notifications: num(r.notifications),
});

export function versionRepo(db: Kysely<Database>, statements: RepoStatements): VersionRepo {
  return {
    async get(workspaceId) {
      const r = await statements.resourceVersions(workspaceId);
      return r ? countersOf(r) : NEVER_WRITTEN;
    },
    async lock(workspaceId) {
      // An upsert that changes nothing: it takes the row's lock (PostgreSQL waits for a writer holding it and
      // then answers its committed counters; SQLite takes the write lock) and creates a missing row to lock.
      const r = await db
        .insertInto('resource_versions')
        .values({ workspace_id: workspaceId, contacts: 0, keys: 0, users: 0, workspace: 0, audit: 0, notifications: 0 })
        .onConflict((oc) => oc.column('workspace_id').doUpdateSet({ workspace_id: (eb) => eb.ref('excluded.workspace_id') }))
        .returningAll()
        .executeTakeFirstOrThrow();
      return countersOf(r);
    },
  };
}
