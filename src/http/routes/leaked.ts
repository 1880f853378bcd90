import { rateLimited } from '../../errors.js';
import type { LimitRule } from '../../ratelimit/limiter.js';
import type { Services } from '../../services.js';
import { ref } from '../schemas/common.js';
import { LeakedReportAccepted, RevokeLeakedBody } from '../schemas/keys.js';
import type { App } from '../types.js';
import { problemResponses } from '../types.js';

/** The one answer, whatever was found: the caller must not learn which strings were real keys. */
const ACCEPTED = Object.freeze({ status: 'accepted', detail: 'Every active Keyward key among those sent is now revoked.' });

export interface LeakedRouteOptions {
  /** Calls allowed per client IP per minute (the route needs no authentication, so it is limited per IP). */
  perMinute?: number;
}

/**
 * `POST /api/keys/revoke-leaked`: public, limited per client IP by the abuse limiter (its own key
 * prefix, so it never shares a budget with failed authentications). The limit is checked in onRequest,
 * before the body is read.
 */
export function leakedKeyRoutes(app: App, deps: Services, { perMinute = 10 }: LeakedRouteOptions = {}): void {
  const rules: readonly LimitRule[] = [{ name: 'revoke_leaked', limit: perMinute, windowMs: 60_000 }];
  app.post(
    '/api/keys/revoke-leaked',
    {
      schema: {
        tags: ['keys'],
        operationId: 'revokeLeakedKeys',
        summary: 'Report leaked keys: every real key among them is revoked at once (no authentication; always 202)',
        description:
          `Up to 1000 strings of at most 256 characters. Anyone may call it, at most ${perMinute} times a minute per address. ` +
          'The answer is the same whatever was found; owners see the key revoked with reason "leaked" and a key.leaked_revoked audit event.',
        security: [],
        body: RevokeLeakedBody,
        response: { 202: ref(LeakedReportAccepted), ...problemResponses([400, 413, 415, 429]) },
      },
      config: { auth: 'none' },
      onRequest: async (req) => {
        const decision = await deps.abuseLimiter.hit(`leaked:${req.ip}`, rules);
        if (!decision.allowed) {
          rateLimited('revoke_leaked', `At most ${perMinute} leaked-key reports a minute from one address`, decision.retryAfterMs);
        }
      },
    },
    async (req, reply) => {
      await deps.leakedKeys.revoke(req.body.keys, { ip: req.ip, userAgent: req.headers['user-agent'] ?? null });
      return reply.code(202).send(ACCEPTED);
    },
  );
}
