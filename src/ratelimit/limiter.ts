/**
 * The rate-limiter contract. Every implementation is an exact sliding window: a request at time t is
 * accepted only if, for every rule, fewer than `limit` requests were *accepted* in (t - windowMs, t].
 * Refused requests are never recorded, so a refusal by one rule spends no budget of another.
 */
export interface LimitRule {
  /** Name used in headers and problem details, e.g. "minute" or "second". */
  readonly name: string;
  readonly limit: number;
  readonly windowMs: number;
}

/** How one rule stands after a decision. */
export interface RuleState {
  readonly rule: LimitRule;
  /** Requests still acceptable in the current window after this decision. */
  readonly remaining: number;
  /**
   * Milliseconds until the budget grows: with remaining 0, until one more request becomes acceptable;
   * otherwise until the oldest request still in the window leaves it (0 when the window is empty).
   */
  readonly resetMs: number;
}

export type LimitDecision =
  | { readonly allowed: true; readonly states: readonly RuleState[] }
  | {
      readonly allowed: false;
      /** The rule that refused (the one with the longest wait when several do). */
      readonly violated: LimitRule;
      /** Milliseconds until a request would be accepted by every rule (≥ 1). */
      readonly retryAfterMs: number;
      readonly states: readonly RuleState[];
    };

export interface RateLimiter {
  /** Decide and, if allowed, record one request for `key`, atomically. */
  hit(key: string, rules: readonly LimitRule[]): Promise<LimitDecision>;
  /** Decide without recording anything (used for the failed-authentication gate). */
  peek(key: string, rules: readonly LimitRule[]): Promise<LimitDecision>;
  /** Whether the limiter is running on its shared store or a fallback; for /readyz and metrics. */
  status(): { readonly backend: string; readonly degraded: boolean };
  close(): Promise<void>;
}
