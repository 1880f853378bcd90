import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.js';
import type { ContactRepo } from '../types.js';
import { fromContact, olderThan, toContact, toPage } from './rows.js';

/** Escapes LIKE wildcards so a search for "50%" means the text "50%". */
const likePattern = (q: string) => `%${q.toLowerCase().replace(/[\\%_]/g, (m) => `\\${m}`)}%`;

/** One contact of one workspace; SQLite runs it as a statement prepared once (src/store/sqlite.ts). */
export function contactByIdQuery(db: Kysely<Database>, workspaceId: string, id: string) {
  return db.selectFrom('contacts').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id);
}

export function contactRepo(db: Kysely<Database>): ContactRepo {
  return {
    async create(c) {
      await db.insertInto('contacts').values(fromContact(c)).execute();
    },
    async get(workspaceId, id) {
      const r = await contactByIdQuery(db, workspaceId, id).executeTakeFirst();
      return r && toContact(r);
    },
    async list(workspaceId, { q, limit, after }) {
      let query = db.selectFrom('contacts').selectAll().where('workspace_id', '=', workspaceId);
      if (q) {
        const p = likePattern(q);
        query = query.where((eb) =>
          eb.or(
            (['name', 'email', 'company'] as const).map((col) =>
              sql<boolean>`lower(${sql.ref(col)}) like ${p} escape '\\'`,
            ),
          ),
        );
      }
      if (after) query = query.where(olderThan('created_at', after));
      const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit + 1).execute();
      return toPage(rows, limit, toContact, (c) => c.createdAt, (c) => c.id);
    },
    async update(c) {
      const { id, workspace_id, created_at, ...rest } = fromContact(c);
      void created_at;
      await db.updateTable('contacts').set(rest).where('workspace_id', '=', workspace_id).where('id', '=', id).execute();
    },
    async delete(workspaceId, id) {
      const r = await db.deleteFrom('contacts').where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },
  };
}
