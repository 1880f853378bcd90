import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { AuditRepo } from '../types.js';
import { readPage, toAudit } from './rows.js';

/** Append-only: this repository has no update or delete. */
export function auditRepo(db: Kysely<Database>): AuditRepo {
  return {
    async append(e) {
      await db
        .insertInto('audit_events')
        .values({
          id: e.id,
          workspace_id: e.workspaceId,
          at: e.at,
          action: e.action,
          actor_type: e.actorType,
          actor_id: e.actorId,
          target_type: e.targetType,
          target_id: e.targetId,
          ip: e.ip,
          user_agent: e.userAgent,
          details: JSON.stringify(e.details),
        })
        .execute();
    },
    async list({ workspaceId, actorId, action, targetId, since, until, limit, after }) {
      let q = db.selectFrom('audit_events').selectAll().where('workspace_id', '=', workspaceId);
      if (actorId) q = q.where('actor_id', '=', actorId);
      if (action) q = q.where('action', '=', action);
      if (targetId) q = q.where('target_id', '=', targetId);
      if (since !== undefined) q = q.where('at', '>=', since);
      if (until !== undefined) q = q.where('at', '<', until);
      return readPage(q, 'at', { limit, after }, toAudit);
    },
  };
}
