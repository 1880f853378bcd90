import { rfc3339ToMs } from '../../dates.js';
import { NEEDS } from '../../users/permissions.js';
import type { Services } from '../../services.js';
import { auditJson, decodeCursor, listBody } from '../present.js';
import { AuditEventPage, AuditQuery } from '../schemas/audit.js';
import { ref } from '../schemas/common.js';
import type { App } from '../types.js';
import { operations, principalOf, problemResponses } from '../types.js';

const op = operations('audit', {
  listAuditEvents: {
    summary: 'The audit log, newest first, filtered by actor, action, target and time',
    description: 'Every key, user and sign-in event of the workspace, newest first; since and until are RFC 3339 times.',
  },
});

// Route declarations share the Fastify shape (path, schema, config, handler) with workspace.ts and the other
// route files; the operations differ.
/** The workspace's audit log. */
export function auditRoutes(app: App, { audit }: Services): void {
  app.get(
    '/api/audit',
    {
      schema: { ...op.listAuditEvents, querystring: AuditQuery, response: { 200: ref(AuditEventPage), ...problemResponses([400, 401, 403, 429]) } },
      config: { auth: 'api', permission: NEEDS['audit.read'] },
    },
    async (req) => {
      const q = req.query;
      const p = principalOf(req);
      const page = await audit.list(p, {
        actorId: q.actor,
        action: q.action,
        targetId: q.target,
        since: q.since ? rfc3339ToMs(q.since) : undefined,
        until: q.until ? rfc3339ToMs(q.until) : undefined,
        limit: q.limit ?? 25,
        after: decodeCursor(q.cursor),
      });
      return listBody(page, auditJson);
    },
  );
}
