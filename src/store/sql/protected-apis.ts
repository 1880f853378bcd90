import { type Kysely, sql } from 'kysely';
import type { Database, ProtectedApiTable } from '../schema.js';
import type { ProtectedApiRecord, ProtectedApiRepo } from '../types.js';
import { num, readPage } from './rows.js';

const toRecord = (r: ProtectedApiTable): ProtectedApiRecord => ({
  id: r.id,
  workspaceId: r.workspace_id,
  name: r.name,
  hosts: JSON.parse(r.hosts),
  pathPrefix: r.path_prefix,
  rules: JSON.parse(r.rules),
  createdAt: num(r.created_at),
  updatedAt: num(r.updated_at),
});

const toRow = (a: ProtectedApiRecord): ProtectedApiTable => ({
  id: a.id,
  workspace_id: a.workspaceId,
  name: a.name,
  hosts: JSON.stringify(a.hosts),
  path_prefix: a.pathPrefix,
  rules: JSON.stringify(a.rules),
  created_at: a.createdAt,
  updated_at: a.updatedAt,
});

/**
 * Protected APIs. Every write also moves the workspace's `protected_apis_version`, a `workspaces` update
 * that the change feed, PostgreSQL's `auth_version` and the key cache all see: callers run the two
 * statements in one transaction.
 */
export function protectedApiRepo(db: Kysely<Database>): ProtectedApiRepo {
  const bump = (workspaceId: string) =>
    db.updateTable('workspaces').set({ protected_apis_version: sql`protected_apis_version + 1` }).where('id', '=', workspaceId).execute();
  return {
    async all(workspaceId) {
      const rows = await db.selectFrom('protected_apis').selectAll().where('workspace_id', '=', workspaceId).orderBy('created_at').orderBy('id').execute();
      return rows.map(toRecord);
    },
    async list(workspaceId, limit, after) {
      return readPage(db.selectFrom('protected_apis').selectAll().where('workspace_id', '=', workspaceId), 'created_at', { limit, after }, toRecord);
    },
    async get(workspaceId, id) {
      const r = await db.selectFrom('protected_apis').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
      return r && toRecord(r);
    },
    async count(workspaceId) {
      const r = await db
        .selectFrom('protected_apis')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('workspace_id', '=', workspaceId)
        .executeTakeFirst();
      return num(r?.n ?? 0);
    },
    async create(a) {
      await db.insertInto('protected_apis').values(toRow(a)).execute();
      await bump(a.workspaceId);
    },
    async update(a) {
      const { id: _id, workspace_id: _ws, created_at: _c, ...values } = toRow(a);
      await db.updateTable('protected_apis').set(values).where('workspace_id', '=', a.workspaceId).where('id', '=', a.id).execute();
      await bump(a.workspaceId);
    },
    async delete(workspaceId, id) {
      const r = await db.deleteFrom('protected_apis').where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
      const deleted = Number(r.numDeletedRows) > 0;
      if (deleted) await bump(workspaceId);
      return deleted;
    },
  };
}
