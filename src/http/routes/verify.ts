import { fail } from '../../errors.js';
import type { KeyLimit } from '../../keys/key-authenticator.js';
import type { ProtectDecision, VerifyInput } from '../../protect/decision.js';
import type { Services } from '../../services.js';
import { ref } from '../schemas/common.js';
import { Verification, VerifyRequest } from '../schemas/protected-apis.js';
import type { App } from '../types.js';
import { apiAuth, principalOf, problemResponses } from '../types.js';

type Body = { key: string; permission?: string; method?: string; path?: string; host?: string; ip?: string };

const invalid = (path: string, message: string): never => fail('validation_error', `${path.slice(1)} ${message}`, { errors: [{ path, message }] });

/** The body as the decision asks it: a request (a path, with its method, GET unless given, and host), a permission, both or neither. */
function verifyInput(b: Body): VerifyInput {
  if (b.path === undefined && (b.method !== undefined || b.host !== undefined))
    invalid('/path', `is required with ${b.method !== undefined ? 'method' : 'host'}`);
  const request = b.path !== undefined ? { method: b.method ?? 'GET', uri: b.path, host: b.host } : undefined;
  return { key: b.key, ip: b.ip, permission: b.permission, request };
}

const seconds = (ms: number) => Math.ceil(ms / 1000);

/** Where the verified key stands against its limits, as the RateLimit fields would say it. */
function rateLimitJson(limit: KeyLimit) {
  const d = limit.decision;
  return {
    limits: d.states.map((s) => ({
      name: s.rule.name,
      limit: s.rule.limit,
      window_seconds: seconds(s.rule.windowMs),
      remaining: s.remaining,
      reset_seconds: !d.allowed && s.rule.name === d.violated.name ? seconds(d.retryAfterMs) : seconds(s.resetMs),
    })),
    retry_after_seconds: d.allowed ? null : Math.max(1, seconds(d.retryAfterMs)),
  };
}

/**
 * The decision as the verify API answers it: the key's identity and permissions once it was accepted (also
 * when the request was then refused), only the code before that — an unknown key and another workspace's
 * are the same `{ valid: false, code: "invalid_api_key" }`.
 */
function verificationJson(d: ProtectDecision) {
  if (!('principal' in d)) {
    return { valid: false, code: d.code, permissions: [], rate_limit: d.code === 'rate_limited' ? rateLimitJson(d.limit) : null };
  }
  const p = d.principal;
  return {
    valid: d.ok,
    ...(d.ok ? {} : { code: d.code }),
    key: p.key ? { id: p.key.id, name: p.key.name, hint: p.key.hint } : undefined,
    user: { id: p.user.id, email: p.user.email, name: p.user.name, role: p.user.role },
    workspace_id: p.workspace.id,
    permissions: [...p.permissions].sort(),
    rate_limit: rateLimitJson(d.limit),
  };
}

/** `POST /api/verify`: the forward-auth decision for backends that would rather call than sit behind a proxy. */
export function verifyRoutes(app: App, { protector }: Services): void {
  app.post(
    '/api/verify',
    {
      schema: {
        tags: ['protect'],
        operationId: 'verifyKey',
        summary: "Verify a key your client presented: the same decision as forward-auth, for this workspace's keys",
        description:
          'Answers 200 whatever the verdict: `valid`, and when not, the problem `code` Keyward would answer with. The verified key is counted ' +
          "(its limits, usage and last used, at `ip`); another workspace's key is answered exactly like an unknown one. Failed verifications count " +
          "against the calling credential's own failed-auth gate. The caller's key must be restricted to `keys:verify` (an unrestricted key never holds it).",
        body: VerifyRequest,
        response: { 200: ref(Verification), ...problemResponses([400, 401, 403, 429]) },
      },
      config: apiAuth('keys.verify'),
    },
    async (req) => verificationJson(await protector.verify(principalOf(req), verifyInput(req.body))),
  );
}
