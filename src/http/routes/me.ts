import type { Services } from '../../services.js';
import { isoOrNull } from '../present.js';
import { ref } from '../schemas/common.js';
import { Me } from '../schemas/keys.js';
import type { App } from '../types.js';
import { principalOf, problemResponses } from '../types.js';

export function meRoutes(app: App, { config }: Services): void {
  app.get(
    '/api/me',
    {
      schema: {
        tags: ['keys'],
        operationId: 'getMe',
        description: 'The key, user, workspace and the permissions this very call has: a quick way to check a key works.',
        summary: 'Who this key (or session) acts as, with its effective permissions',
        response: { 200: ref(Me), ...problemResponses([401, 403, 429]) },
      },
      config: { auth: 'api' },
    },
    async (req) => {
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
        workspace: { id: p.workspace.id, name: p.workspace.name },
        permissions: [...p.permissions].sort(),
      };
    },
  );
}
