import { rfc3339ToMs } from '../../dates.js';
import type { Services } from '../../services.js';
import { listRoute } from '../list-route.js';
import { auditJson } from '../present.js';
import { AuditEventPage, AuditQuery } from '../schemas/audit.js';
import type { App } from '../types.js';
import { operations, problemResponses } from '../types.js';

const op = operations('audit', {
  listAuditEvents: {
    summary: 'The audit log, newest first, filtered by actor, action, target and time',
    description: 'Every key, user and sign-in event of the workspace, newest first; since and until are RFC 3339 times.',
  },
});

/** The workspace's audit log. */
export function auditRoutes(app: App, services: Services): void {
  const { audit } = services;
  listRoute(app, {
    path: '/api/audit',
    operation: op.listAuditEvents,
    querystring: AuditQuery,
    page: AuditEventPage,
    errors: problemResponses([400, 401, 403, 429]),
    action: 'audit.read',
    list: (principal, q, limit, after) => {
      const filter = {
        actorId: q.actor,
        action: q.action,
        targetId: q.target,
        since: q.since ? rfc3339ToMs(q.since) : undefined,
        until: q.until ? rfc3339ToMs(q.until) : undefined,
      };
      return audit.list(principal, { ...filter, limit, after });
    },
    item: auditJson,
    conditional: { context: services, may: { type: 'audit.read' }, resources: ['audit'] },
  });
}
