import type { AuditService } from '../audit/audit-service.js';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { ContactService } from '../contacts/contact-service.js';
import type { KeyCache } from '../keys/key-cache.js';
import type { KeyService } from '../keys/key-service.js';
import type { KeyVerifier } from '../keys/key-verifier.js';
import type { IdleRevoker } from '../keys/idle-revoker.js';
import type { LeakedKeyService } from '../keys/leaked-keys.js';
import type { RecentIps } from '../keys/recent-ips.js';
import type { LastUsedRecorder } from '../keys/last-used.js';
import type { ObservableRateLimiter } from '../ratelimit/index.js';
import type { RateLimiter } from '../ratelimit/limiter.js';
import type { Store } from '../store/types.js';
import type { SessionService } from '../users/session-service.js';
import type { UserService } from '../users/user-service.js';
import type { UsageCounter } from '../usage/usage-counter.js';
import type { UsageService } from '../usage/usage-service.js';

/** Everything the HTTP layer needs, wired once in `src/keyward.ts`. */
export interface AppDeps {
  readonly config: Config;
  readonly clock: Clock;
  readonly store: Store;
  readonly audit: AuditService;
  readonly users: UserService;
  readonly sessions: SessionService;
  readonly contacts: ContactService;
  readonly keys: KeyService;
  readonly verifier: KeyVerifier;
  /** In-process cache of verified keys (embedded mode only); invalidated by every change. */
  readonly keyCache: KeyCache | undefined;
  /** Revokes keys reported as leaked (POST /api/keys/revoke-leaked). */
  readonly leakedKeys: LeakedKeyService;
  readonly lastUsed: LastUsedRecorder;
  /** Per-key limits: memory, or Redis with a memory fallback. */
  readonly limiter: ObservableRateLimiter;
  /** Failed authentications per client IP, and other local gates. */
  readonly failedAuthLimiter: RateLimiter;
  /** Per-key usage: the in-memory counters (flushed with last-used) and the reads and rollups (issue 17). */
  readonly usageCounter: UsageCounter;
  readonly usage: UsageService;
  /** New-address detection; `recentIps.onNewIp(listener)` is the hook notifications consume. */
  readonly recentIps: RecentIps;
  /** Revokes rolled-away keys once idle (`revoke_when_idle_minutes`). */
  readonly idleRevoker: IdleRevoker;
}
