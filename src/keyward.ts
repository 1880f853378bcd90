import { join } from 'node:path';
import type { DestinationStream, Logger } from 'pino';
import { AuditService } from './audit/audit-service.js';
import { type Clock, systemClock } from './clock.js';
import type { Config } from './config.js';
import { ContactService } from './contacts/contact-service.js';
import { buildApp } from './http/app.js';
import type { AppDeps } from './http/deps.js';
import type { App } from './http/types.js';
import { KeyCache } from './keys/key-cache.js';
import { KeyService } from './keys/key-service.js';
import { KeyVerifier } from './keys/key-verifier.js';
import { LastUsedRecorder } from './keys/last-used.js';
import { IdleRevoker } from './keys/idle-revoker.js';
import { LeakedKeyService } from './keys/leaked-keys.js';
import { RecentIps } from './keys/recent-ips.js';
import { createLogger } from './logger.js';
import { FallbackRateLimiter, createRateLimiter } from './ratelimit/index.js';
import { MemoryRateLimiter } from './ratelimit/memory-limiter.js';
import { openStore } from './store/open.js';
import type { Store } from './store/types.js';
import { SessionService } from './users/session-service.js';
import { UserService } from './users/user-service.js';
import { UsageCounter } from './usage/usage-counter.js';
import { UsageService } from './usage/usage-service.js';

export interface Keyward {
  app: App;
  deps: AppDeps;
  logger: Logger;
  /** Graceful stop: no new connections, in-flight requests finish, last-used is flushed, stores closed. */
  close(): Promise<void>;
}

export interface KeywardOptions {
  clock?: Clock;
  logStream?: DestinationStream;
  logger?: Logger;
  /** An already-open store (tests share one per suite); otherwise opened from the config. */
  store?: Store;
  webDir?: string | false;
}

/** Config → store → limiters → services: everything but HTTP (the CLI uses this directly). */
export async function createServices(config: Config, options: KeywardOptions & { logger: Logger }): Promise<AppDeps> {
  const { logger } = options;
  const clock = options.clock ?? systemClock;
  const store = options.store ?? (await openStore(config));
  const limiter = createRateLimiter({ redisUrl: config.redisUrl, clock, logger });
  // Start on the shared store when it is there, rather than reporting a fallback for the first moments.
  if (limiter instanceof FallbackRateLimiter) await limiter.waitForRedis(3000);
  const failedAuthLimiter = new MemoryRateLimiter({ clock });
  const audit = new AuditService(store, clock);
  const keyCache =
    config.keyCache && store.externalChangeVersion ? new KeyCache({ externalVersion: store.externalChangeVersion }) : undefined;
  const invalidate = () => keyCache?.invalidate();
  const keys = new KeyService(store, audit, clock, {
    pepper: config.pepper,
    maxActiveKeysPerUser: config.maxActiveKeysPerUser,
    defaultRateLimit: { perMinute: config.rateLimitPerMinute, perSecond: config.rateLimitPerSecond },
    misuseLimiter: limiter,
    onInvalidate: invalidate,
  });
  const usageCounter = new UsageCounter(clock);
  const recentIps = new RecentIps(audit, clock);
  const lastUsed = new LastUsedRecorder(store, clock, {
    flushMs: config.lastUsedFlushMs,
    usage: usageCounter,
    ips: recentIps,
    onError: (err) => logger.warn({ err: { message: (err as Error).message } }, 'last-used flush failed; will retry'),
  });
  const deps: AppDeps = {
    config,
    clock,
    store,
    audit,
    users: new UserService(store, audit, clock, { scryptLogN: config.scryptLogN, onChange: invalidate }),
    sessions: new SessionService(store, audit, failedAuthLimiter, clock, { sessionTtlMs: config.sessionTtlMs, scryptLogN: config.scryptLogN }),
    contacts: new ContactService(store, clock),
    keys,
    verifier: new KeyVerifier(store, clock, { pepper: config.pepper, previousPeppers: config.previousPeppers, cache: keyCache }),
    leakedKeys: new LeakedKeyService(store, audit, clock, {
      pepper: config.pepper,
      previousPeppers: config.previousPeppers,
      onInvalidate: invalidate,
    }),
    keyCache,
    lastUsed,
    limiter,
    failedAuthLimiter,
    usageCounter,
    recentIps,
    usage: new UsageService(store, keys, clock),
    idleRevoker: new IdleRevoker(store, audit, clock, { onRevoked: invalidate }),
  };
  return deps;
}

/** How often usage minute rows past 48 h are rolled up to hours and rows past 90 days pruned. */
const USAGE_MAINTENANCE_MS = 5 * 60_000;
/** How often keys rolled with `revoke_when_idle_minutes` are checked (well under the 1-minute minimum). */
const IDLE_REVOKE_CHECK_MS = 15_000;

/** The composition root: config → services → HTTP. */
export async function createKeyward(config: Config, options: KeywardOptions = {}): Promise<Keyward> {
  const logger = options.logger ?? createLogger({ level: config.logLevel, stream: options.logStream });
  const deps = await createServices(config, { ...options, logger });
  const { store, lastUsed, limiter, failedAuthLimiter } = deps;
  const webDir = options.webDir === false ? undefined : (options.webDir ?? join(import.meta.dirname, '..', 'dist', 'web'));
  const { app } = await buildApp(deps, { logger, webDir });
  lastUsed.start();
  const usageJob = setInterval(() => {
    deps.usage.maintain().catch((err) => logger.warn({ err: { message: (err as Error).message } }, 'usage rollup failed; will retry'));
  }, USAGE_MAINTENANCE_MS);
  usageJob.unref();
  const idleJob = setInterval(() => {
    deps.idleRevoker.run().catch((err) => logger.warn({ err: { message: (err as Error).message } }, 'auto-revoke of idle keys failed; will retry'));
  }, IDLE_REVOKE_CHECK_MS);
  idleJob.unref();
  let closing: Promise<void> | undefined;
  return {
    app,
    deps,
    logger,
    close: () =>
      (closing ??= (async () => {
        clearInterval(usageJob);
        clearInterval(idleJob);
        await app.close();
        await lastUsed.stop();
        await limiter.close();
        await failedAuthLimiter.close();
        if (!options.store) await store.close();
      })()),
  };
}
