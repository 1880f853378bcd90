/** A few Prometheus counters, kept as plain numbers so counting costs nothing on the hot path. */
export class Metrics {
  readonly authFailures = new Map<string, number>();
  rateLimited = 0;
  keyAuthenticated = 0;

  authFailed(code: string): void {
    this.authFailures.set(code, (this.authFailures.get(code) ?? 0) + 1);
  }

  render(gauges: Record<string, number>, limiter: { backend: string; degraded: boolean; fallbacks?: number }): string {
    const lines = [
      '# HELP keyward_key_auth_success_total Requests authenticated by an API key.',
      '# TYPE keyward_key_auth_success_total counter',
      `keyward_key_auth_success_total ${this.keyAuthenticated}`,
      '# HELP keyward_key_auth_failures_total Failed API-key authentications by problem code.',
      '# TYPE keyward_key_auth_failures_total counter',
      ...[...this.authFailures].map(([code, n]) => `keyward_key_auth_failures_total{code="${code}"} ${n}`),
      '# HELP keyward_rate_limited_total Requests refused by a per-key rate limit.',
      '# TYPE keyward_rate_limited_total counter',
      `keyward_rate_limited_total ${this.rateLimited}`,
      '# HELP keyward_rate_limiter_degraded 1 while the shared limiter store is unreachable and memory is used.',
      '# TYPE keyward_rate_limiter_degraded gauge',
      `keyward_rate_limiter_degraded{backend="${limiter.backend}"} ${limiter.degraded ? 1 : 0}`,
    ];
    if (limiter.fallbacks !== undefined) {
      lines.push('# TYPE keyward_rate_limiter_fallbacks_total counter', `keyward_rate_limiter_fallbacks_total ${limiter.fallbacks}`);
    }
    for (const [name, v] of Object.entries(gauges)) lines.push(`# TYPE ${name} gauge`, `${name} ${v}`);
    return `${lines.join('\n')}\n`;
  }
}
