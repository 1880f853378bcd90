import type { FastifyReply } from 'fastify';
import type { KeyRefusal, RouteRefusal } from '../protect/decision.js';
import type { Metrics } from './metrics.js';
import { sendFixedProblem, sendProblem, setRetryAfter } from './problem.js';
import { setRateLimitHeaders } from './rate-limit-headers.js';

/**
 * The one translation of a refused key into HTTP, for Keyward's own API (the auth hook) and for
 * forward-auth alike: the status and problem body of its code, `Retry-After` for the 429s, the RateLimit
 * fields whenever the key got as far as its limits (a 429, a route or permission refusal), never on a
 * 401.
 */
export function sendKeyRefusal(reply: FastifyReply, refusal: KeyRefusal | RouteRefusal, nowMs: number, metrics: Metrics): FastifyReply {
  switch (refusal.code) {
    case 'too_many_failed_attempts':
      // Answered from a fixed body: a locked-out flood must cost no more than a 429 for a valid key.
      setRetryAfter(reply, refusal.retryAfterMs);
      return sendFixedProblem(reply, 'too_many_failed_attempts', 'Too many failed authentications from this address; try again later');
    case 'rate_limited': {
      metrics.keyAuthenticated++;
      metrics.rateLimited++;
      setRateLimitHeaders(reply, refusal.limit.rules, refusal.limit.decision, nowMs);
      const v = refusal.limit.decision.violated;
      const detail = `Rate limit exceeded: at most ${v.limit} requests per ${v.windowMs / 1000} s (the "${v.name}" limit)`;
      return sendFixedProblem(reply, 'rate_limited', detail, { limit: v.name });
    }
    case 'ip_not_allowed':
      return sendProblem(reply, 'ip_not_allowed', `This key may not be used from ${refusal.ip}; its owner can change its allowed_ips`);
    case 'route_not_allowed':
      setRateLimitHeaders(reply, refusal.limit.rules, refusal.limit.decision, nowMs);
      return sendProblem(reply, 'route_not_allowed', refusal.detail);
    case 'insufficient_permission':
      setRateLimitHeaders(reply, refusal.limit.rules, refusal.limit.decision, nowMs);
      return sendProblem(reply, 'insufficient_permission', refusal.detail, { missing_permission: refusal.missing });
    default:
      metrics.authFailed(refusal.code);
      return sendFixedProblem(reply, refusal.code, keyFailureDetail(refusal.code));
  }
}

/** The detail of each 401 a presented key can get. */
export function keyFailureDetail(code: Extract<KeyRefusal['code'], `${string}_api_key` | 'owner_disabled'>): string {
  switch (code) {
    case 'malformed_api_key':
      return 'The API key is malformed (wrong shape or checksum); copy it again from where you stored it';
    case 'invalid_api_key':
      return 'The API key is not valid';
    case 'revoked_api_key':
      return 'The API key has been revoked; create a new one in Settings → API Keys';
    case 'expired_api_key':
      return 'The API key has expired; create a new one in Settings → API Keys';
    default:
      return "The API key's owner has been disabled";
  }
}
