import { rfc3339ToMs } from '../../dates.js';
import { NEEDS } from '../../users/permissions.js';
import type { Services } from '../../services.js';
import { auditJson, decodeCursor, isoOrNull, listBody } from '../present.js';
import { AuditEventPage, AuditQuery } from '../schemas/audit.js';
import { ref } from '../schemas/common.js';
import { Me } from '../schemas/keys.js';
import type { App } from '../types.js';
import { principalOf, problemResponses } from '../types.js';

export function meRoutes(app: App, { config, audit }: Services): void {
  app.get('/api/me', {
    schema: { tags: ['keys'], operationId: 'getMe', description: 'The key, user, workspace and the permissions this very call has: a quick way to check a key works.', summary: 'Who this key (or session) acts as, with its effective permissions', response: { 200: ref(Me), ...problemResponses([401, 403, 429]) } },
    config: { auth: 'api' },
  }, async (req) => {
    const p = principalOf(req);
    const k = p.key;
    return {
      key: k
        ? {
            id: k.id,
            name: k.name,
            hint: k.hint,
            expires_at: isoOrNull(k.expiresAt),
            rate_limit: { per_minute: k.rateLimit.perMinute ?? config.rateLimitPerMinute, per_second: k.rateLimit.perSecond ?? config.rateLimitPerSecond },
          }
        : null,
      user: { id: p.user.id, email: p.user.email, name: p.user.name, role: p.user.role },
      workspace: p.workspace,
      permissions: [...p.permissions].sort(),
    };
  });

  app.get('/api/audit', {
    schema: {
      tags: ['audit'],
      operationId: 'listAuditEvents', description: 'Every key, user and sign-in event of the workspace, newest first; since and until are RFC 3339 times.', summary: 'The audit log, newest first, filtered by actor, action, target and time',
      querystring: AuditQuery,
      response: { 200: ref(AuditEventPage), ...problemResponses([400, 401, 403, 429]) },
    },
    config: { auth: 'api', permission: NEEDS['audit.read'] },
  }, async (req) => {
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
  });
}
