import type { Logger } from 'pino';
import type { ServiceCore } from './audited-service.js';
import { AuditService } from './audit/audit-service.js';
import { type Clock, systemClock, systemMonotonic } from './clock.js';
import { WallClockGuard } from './clock-guard.js';
import type { Config } from './config.js';
import { ContactService } from './contacts/contact-service.js';
import { KeyAuthenticator } from './keys/key-authenticator.js';
import { KeyCache } from './keys/key-cache.js';
import { KeyService } from './keys/key-service.js';
import { KeyVerifier } from './keys/key-verifier.js';
import { LastUsedRecorder } from './keys/last-used.js';
import { IdleRevoker } from './keys/idle-revoker.js';
import { LeakedKeyService } from './keys/leaked-keys.js';
import { KeyEvents } from './notifications/key-events.js';
import { Mailer } from './notifications/mailer.js';
import { NotificationService } from './notifications/notification-service.js';
import { Notifier } from './notifications/notifier.js';
import { WebhookService } from './notifications/webhook-service.js';
import { SecretBox } from './notifications/webhook-secret.js';
import { webhookEncryptionKey } from './notifications/webhook-key.js';
import { AuthVersionPoll } from './keys/auth-version-poll.js';
import { RecentIps } from './keys/recent-ips.js';
import { FallbackRateLimiter, type ObservableRateLimiter, createRateLimiter } from './ratelimit/index.js';
import type { RateLimiter } from './ratelimit/limiter.js';
import { RedisAuthCheck, RedisGateCheck } from './ratelimit/redis-auth-check.js';
import { openStore } from './store/open.js';
import type { Store } from './store/types.js';
import { AccountMail } from './users/account-mail.js';
import { AccountService } from './users/account-service.js';
import { SignInNotices } from './users/sign-in-notices.js';
import { KeywardError } from './errors.js';
import { Proofs } from './users/proofs.js';
import { SessionService } from './users/session-service.js';
import { TwoFactorService } from './users/two-factor-service.js';
import { UserService } from './users/user-service.js';
import { WorkspaceService } from './users/workspace-service.js';
import { UsageCounter } from './usage/usage-counter.js';
import { UsageService } from './usage/usage-service.js';
import { StorageFullError } from './store/storage-errors.js';
import { IdempotencyService } from './idempotency/idempotency-service.js';
import { Protector } from './protect/decision.js';
import { ProtectedApiService } from './protect/protected-api-service.js';
import { ProtectedRouteCache } from './protect/route-cache.js';

/**
 * Everything but HTTP, wired once: the domain services every caller uses (the HTTP layer, the CLI, a
 * background job). Each service method takes a `Principal` and decides through `enforce`.
 */
export interface Services {
  readonly config: Config;
  readonly clock: Clock;
  readonly store: Store;
  readonly audit: AuditService;
  readonly users: UserService;
  readonly workspaces: WorkspaceService;
  /** The workspace's custom permissions and which roles hold them. */
  readonly sessions: SessionService;
  /** Passwords and sessions of one's own and of managed users; TOTP two-factor sign-in. */
  readonly accounts: AccountService;
  readonly twoFactor: TwoFactorService;
  /** One-time links by email: password reset, address confirmation (only with SMTP_URL). */
  readonly accountMail: AccountMail;
  readonly contacts: ContactService;
  readonly keys: KeyService;
  /** The whole decision about a presented API key: header, shape, lookup, status, owner, limits. */
  readonly authenticator: KeyAuthenticator;
  readonly verifier: KeyVerifier;
  /** In-process cache of verified keys; emptied by every committed change (docs/deploy.md, "Verified keys in memory"). */
  readonly keyCache: KeyCache | undefined;
  /**
   * PostgreSQL with Redis: the version in Redis that every commit to authentication state moves (awaited
   * after the commit), read in the request path's one Redis round trip; and the database poll behind it.
   */
  readonly authVersion: { readonly check: RedisAuthCheck; readonly poll: AuthVersionPoll | undefined; readonly detach: () => void } | undefined;
  /** Revokes keys reported as leaked (POST /api/keys/revoke-leaked). */
  readonly leakedKeys: LeakedKeyService;
  readonly lastUsed: LastUsedRecorder;
  /** Stops logging the store's changes of write state (storage full / room again). */
  readonly stopWatchingWrites?: () => void;
  /** Per-key limits: memory, or Redis with a memory fallback. */
  readonly limiter: ObservableRateLimiter;
  /**
   * The gates against guessing and abuse, each under its own key prefix: failed API-key authentications per
   * address, failed sign-ins, wrong passwords and two-factor codes (re-authentication, password change), sign-ups
   * and password-reset requests per address, users created per workspace, leaked-key reports per address,
   * emailed links and key-event emails per recipient, sign-in notices per user, webhook test sends per
   * workspace. Shared through Redis with REDIS_URL (its Redis keys keep the historical `fa:` prefix).
   */
  readonly abuseLimiter: RateLimiter;
  /** Key events written in the change's transaction (the outbox), and what delivers them. */
  readonly keyEvents: KeyEvents;
  /** The in-server scheduler: expiry reminders and webhook/email deliveries (started by `createKeyward`). */
  readonly notifier: Notifier;
  readonly notifications: NotificationService;
  readonly webhooks: WebhookService;
  /** Per-key usage: the in-memory counters (flushed with last-used) and the reads and rollups. */
  readonly usageCounter: UsageCounter;
  readonly usage: UsageService;
  /** Idempotency-Key on creating POSTs: first answers kept 24 hours and replayed. */
  readonly idempotency: IdempotencyService;
  /** New-address detection; `recentIps.onNewIp(listener)` is the hook notifications consume. */
  readonly recentIps: RecentIps;
  /** Revokes rolled-away keys once idle (`revoke_when_idle_minutes`). */
  readonly idleRevoker: IdleRevoker;
  /** The workspace's protected APIs (their routes and rules). */
  readonly protectedApis: ProtectedApiService;
  /** The decision about a request to a protected API: forward-auth and the verify API. */
  readonly protector: Protector;
  /** Pauses idle revocation, usage retention and expiry scans while the wall clock has jumped. */
  readonly clockGuard: WallClockGuard;
}

export interface ServicesOptions {
  logger: Logger;
  clock?: Clock;
  /**
   * The monotonic source the wall clock is checked against: `performance.now()` by default; an injected
   * `clock` without one is its own monotonic source (tests that move time by hand see no jump).
   */
  monotonic?: Clock;
  /** An already-open store (tests); otherwise opened (and migrated) from the config. */
  store?: Store;
}

/** Config → store → limiters → services. */
export async function createServices(config: Config, options: ServicesOptions): Promise<Services> {
  const { logger } = options;
  const clock = options.clock ?? systemClock;
  const clockGuard = new WallClockGuard(clock, options.monotonic ?? (options.clock ? clock : systemMonotonic), {
    onChange: ({ jumped, driftMs }) => {
      if (jumped)
        logger.warn(
          { driftMs },
          'the wall clock jumped against the monotonic clock: idle revocation, usage retention and expiry scans are paused until it returns (or holds for an hour)',
        );
      else logger.warn({ driftMs }, 'the wall clock is steady again: idle revocation, usage retention and expiry scans resume');
    },
  });
  const store = options.store ?? (await openStore(config, { notice: (line) => logger.warn(line) }));
  store.writes?.useClock(clock);
  const stopWatchingWrites = store.writes?.onChange(({ full, reason }) => {
    if (full)
      logger.error(
        { cause: reason },
        'storage is full: writes are refused with 503 storage_full (last-used and usage batches wait in memory) until space is freed',
      );
    else logger.warn('storage has room again: writes succeed');
  });
  const limiter = createRateLimiter({ redisUrl: config.redisUrl, clock, logger, keyPrefix: `${config.redisKeyPrefix}rl:` });
  // With REDIS_URL shared by every instance like the per-key limits (same exact windows, same fallback to
  // memory while Redis is away), so N instances do not allow N times the guesses. Its own key prefix
  // (`fa:`, kept so a rolling upgrade keeps counting) and connection.
  const abuseLimiter = createRateLimiter({ redisUrl: config.redisUrl, clock, logger, keyPrefix: `${config.redisKeyPrefix}fa:` });
  // Start on the shared store when it is there, rather than reporting a fallback for the first moments.
  await Promise.all([limiter, abuseLimiter].map((l) => (l instanceof FallbackRateLimiter ? l.waitForRedis(3000) : undefined)));
  /** A key's limits when it sets none of its own (RATE_LIMIT_PER_MINUTE, RATE_LIMIT_PER_SECOND). */
  const defaultRateLimit = { perMinute: config.rateLimitPerMinute, perSecond: config.rateLimitPerSecond };
  const keyEvents = new KeyEvents(clock, { emailEnabled: config.smtpUrl !== undefined, emailLimiter: abuseLimiter, defaultRateLimit });
  // Revoke, roll and leaked-key revocation write their audit event in the change's transaction: the key event joins it there.
  const audit = new AuditService(store, clock, (tx, e) => keyEvents.fromAudit(tx, e));
  const core: ServiceCore = { store, audit, clock };
  const webhookSecrets = new SecretBox(webhookEncryptionKey(config, store));
  const mailer = config.smtpUrl ? new Mailer(config.smtpUrl, config.smtpFrom) : undefined;
  const notifier = new Notifier(store, clock, keyEvents, webhookSecrets, {
    intervalMs: config.notifyIntervalMs,
    webhookTimeoutMs: config.webhookTimeoutMs,
    allowPrivate: config.webhookAllowPrivate,
    publicUrl: config.publicUrl,
    logger,
    mailer,
    guard: clockGuard,
  });
  const keyCache = config.keyCache ? keyCacheFor(store) : undefined;
  const authVersion = sharedAuthVersion(config, store, limiter, abuseLimiter, keyCache, logger);
  const keys = new KeyService(core, {
    pepper: config.pepper,
    maxActiveKeysPerUser: config.maxActiveKeysPerUser,
    defaultRateLimit,
    misuseLimiter: limiter,
  });
  const usageCounter = new UsageCounter(clock);
  const recentIps = new RecentIps(audit, clock);
  const lastUsed = new LastUsedRecorder(store, clock, {
    flushMs: config.lastUsedFlushMs,
    usage: usageCounter,
    ips: recentIps,
    // A full disk is logged once when it starts and once when it ends (below); the batch waits in memory.
    onError: (err) => {
      if (!(err instanceof StorageFullError)) logger.warn({ err: { message: (err as Error).message } }, 'last-used flush failed; will retry');
    },
  });
  const verifier = new KeyVerifier(store, clock, { pepper: config.pepper, previousPeppers: config.previousPeppers, cache: keyCache });
  const authenticator = new KeyAuthenticator(
    {
      clock,
      verifier,
      keys,
      limiter,
      failedAuthLimiter: abuseLimiter,
      lastUsed,
      usage: usageCounter,
      recentIps,
      sharedCheck: keyCache && (authVersion?.check ?? gateCheckFor(limiter, abuseLimiter)),
    },
    {
      failedAuthPerMinute: config.failedAuthPerMinute,
      defaultRateLimit,
      windows: { minuteMs: config.rateLimitMinuteMs, secondMs: config.rateLimitSecondMs },
    },
  );
  // TOTP secrets are sealed like webhook secrets (the server key never comes from the database).
  const proofs = new Proofs(store, clock, abuseLimiter, webhookSecrets);
  const accountMail = new AccountMail(store, clock, keyEvents, { mailer, publicUrl: config.publicUrl, limiter: abuseLimiter });
  const signInNotices = new SignInNotices(core, keyEvents, abuseLimiter);
  const sessions = new SessionService(
    core,
    abuseLimiter,
    {
      sessionTtlMs: config.sessionTtlMs,
      scryptLogN: config.scryptLogN,
      reauthWindowMs: config.reauthWindowMs,
    },
    proofs,
    {
      onSignIn: (user, ctx) =>
        signInNotices.signedIn(user, ctx).catch((err) => logger.warn({ err: { message: (err as Error).message } }, 'new-address sign-in notice failed')),
      onUnverified: (user) =>
        accountMail.sendLink(user, 'email_verification').catch((err) => {
          if (!(err instanceof KeywardError && err.code === 'too_many_emails')) throw err;
        }),
    },
  );
  return {
    config,
    clock,
    store,
    audit,
    accounts: new AccountService(core, proofs, sessions, keyEvents, accountMail, { scryptLogN: config.scryptLogN, limiter: abuseLimiter }),
    accountMail,
    twoFactor: new TwoFactorService(core, webhookSecrets, proofs, sessions),
    users: new UserService(core, { scryptLogN: config.scryptLogN, limiter: abuseLimiter, userCreatesPerHour: config.userCreatesPerHour }),
    workspaces: new WorkspaceService(store, audit),
    sessions,
    contacts: new ContactService(store, clock),
    keys,
    authenticator,
    verifier,
    leakedKeys: new LeakedKeyService(core, { pepper: config.pepper, previousPeppers: config.previousPeppers }),
    keyCache,
    authVersion,
    lastUsed,
    stopWatchingWrites,
    limiter,
    abuseLimiter,
    keyEvents,
    notifier,
    notifications: new NotificationService(store, clock),
    webhooks: new WebhookService(
      store,
      clock,
      webhookSecrets,
      { allowPrivate: config.webhookAllowPrivate, limiter: abuseLimiter, onRequeued: () => notifier.kick() },
      audit,
    ),
    usageCounter,
    usage: new UsageService(store, keys, clock, { guard: clockGuard }),
    idempotency: new IdempotencyService(store, clock),
    recentIps,
    idleRevoker: new IdleRevoker(core, { guard: clockGuard }),
    clockGuard,
    protectedApis: new ProtectedApiService(core),
    protector: new Protector({ authenticator, routes: new ProtectedRouteCache(store.protectedApis), usage: usageCounter }),
  };
}

/**
 * The key cache for the store: SQLite checks other processes' commits without a round trip; PostgreSQL
 * reads its `auth_version` counter (once per event-loop turn, or not at all while Redis carries it).
 */
function keyCacheFor(store: Store): KeyCache | undefined {
  const localVersion = () => store.changes.version;
  if (store.externalChangeVersion) return new KeyCache({ localVersion, externalVersion: store.externalChangeVersion });
  if (store.readAuthVersion) return new KeyCache({ localVersion, sharedVersion: store.readAuthVersion });
  return undefined;
}

/**
 * A shared authentication counter (PostgreSQL's `readAuthVersion`) with Redis: every commit to keys, users
 * or workspaces moves the version in Redis before the writer's promise resolves — whether or not this
 * instance caches, since others may. With a cache, the database counter is polled as the backstop for
 * changes Redis missed.
 */
function sharedAuthVersion(
  config: Config,
  store: Store,
  limiter: RateLimiter,
  abuseLimiter: RateLimiter,
  keyCache: KeyCache | undefined,
  logger: Logger,
): Services['authVersion'] {
  const read = store.readAuthVersion;
  if (!read || !(limiter instanceof FallbackRateLimiter) || !(abuseLimiter instanceof FallbackRateLimiter)) return undefined;
  const check = new RedisAuthCheck({ limiter, failedAuth: abuseLimiter, versionKey: `${config.redisKeyPrefix}auth:version`, logger });
  const detach = store.changes.afterCommit(() => check.bump());
  const poll = keyCache ? new AuthVersionPoll({ read, whenMoved: () => keyCache.invalidate(), everyMs: config.authVersionPollMs }) : undefined;
  poll?.start();
  return { check, poll, detach };
}

/**
 * Without a shared version (SQLite) but with both limiters on Redis: the failed-auth gate and a cached
 * key's hit in one Redis call instead of two.
 */
function gateCheckFor(limiter: RateLimiter, abuseLimiter: RateLimiter): RedisGateCheck | undefined {
  return limiter instanceof FallbackRateLimiter && abuseLimiter instanceof FallbackRateLimiter
    ? new RedisGateCheck({ limiter, failedAuth: abuseLimiter })
    : undefined;
}

/** Flushes last-used, closes the limiters and (when it opened it) the store. */
export async function closeServices(s: Services, options: { closeStore: boolean }): Promise<void> {
  s.authVersion?.poll?.stop();
  await s.notifier.stop();
  await s.lastUsed.stop();
  s.stopWatchingWrites?.();
  s.authVersion?.detach();
  await s.limiter.close();
  await s.abuseLimiter.close();
  if (options.closeStore) await s.store.close();
}
