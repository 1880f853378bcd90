import type { FastifyReply } from 'fastify';
import type { LimitDecision, LimitRule, RuleState } from '../ratelimit/limiter.js';

const seconds = (ms: number) => Math.ceil(ms / 1000);

/** Each rule list's policy field, kept with the list: the authenticator hands out one list per distinct limit. */
const policies = new WeakMap<readonly LimitRule[], string>();

/** `"minute";q=100;w=60, "second";q=10;w=1` — an RFC 9651 list of items with parameters. */
export function policyHeader(rules: readonly LimitRule[]): string {
  let v = policies.get(rules);
  if (v === undefined) {
    v = rules.map((r) => `"${r.name}";q=${r.limit};w=${seconds(r.windowMs)}`).join(', ');
    policies.set(rules, v);
  }
  return v;
}

/** The tighter rule right now: fewest remaining, then the longest wait. */
function tightest(states: readonly RuleState[]): RuleState {
  let t = states[0];
  for (const s of states) if (s.remaining < t.remaining || (s.remaining === t.remaining && s.resetMs > t.resetMs)) t = s;
  return t;
}

/**
 * Sets the IETF RateLimit/RateLimit-Policy fields (draft-ietf-httpapi-ratelimit-headers) and the
 * X-RateLimit-* trio for the tighter limit. On a refusal `t` of the violated rule equals Retry-After.
 */
export function setRateLimitHeaders(reply: FastifyReply, rules: readonly LimitRule[], d: LimitDecision, nowMs: number): void {
  const refusedWait = d.allowed ? 0 : seconds(d.retryAfterMs);
  let rl = '';
  for (const s of d.states) {
    const t = !d.allowed && s.rule.name === d.violated.name ? refusedWait : seconds(s.resetMs);
    rl += `${rl ? ', ' : ''}"${s.rule.name}";r=${s.remaining};t=${t}`;
  }
  const tight = d.allowed ? tightest(d.states) : (d.states.find((s) => s.rule.name === d.violated.name) ?? tightest(d.states));
  const resetMs = d.allowed ? tight.resetMs : d.retryAfterMs;
  reply.headers({
    'ratelimit-policy': policyHeader(rules),
    ratelimit: rl,
    'x-ratelimit-limit': tight.rule.limit,
    'x-ratelimit-remaining': tight.remaining,
    'x-ratelimit-reset': Math.ceil((nowMs + resetMs) / 1000),
  });
  if (!d.allowed) reply.header('retry-after', refusedWait);
}
