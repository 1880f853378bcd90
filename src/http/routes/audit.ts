import { rfc3339ToMs } from '../../dates.js';
import type { Services } from '../../services.js';
import { auditJson, listPage } from '../present.js';
import { AuditEventPage, AuditQuery } from '../schemas/audit.js';
import { ref } from '../schemas/common.js';
import type { App } from '../types.js';
import { apiAuth, operations, principalOf, problemResponses } from '../types.js';

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
      config: apiAuth('audit.read'),
    },
    async (req) => {
      const q = req.query;
      const p = principalOf(req);
      const filter = {
        actorId: q.actor,
        action: q.action,
        targetId: q.target,
        since: q.since ? rfc3339ToMs(q.since) : undefined,
        until: q.until ? rfc3339ToMs(q.until) : undefined,
      };
      return listPage(q, (limit, after) => audit.list(p, { ...filter, limit, after }), auditJson);
    },
  );
}
