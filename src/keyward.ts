import { join } from 'node:path';
import type { DestinationStream, Logger } from 'pino';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import { buildApp } from './http/app.js';
import type { App } from './http/types.js';
import { createLogger } from './logger.js';
import { type Services, closeServices, createServices } from './services.js';
import type { Store } from './store/types.js';

export interface Keyward {
  app: App;
  deps: Services;
  logger: Logger;
  /** Graceful stop: no new connections, in-flight requests finish, last-used is flushed, stores closed. */
  close(): Promise<void>;
}

export interface KeywardOptions {
  clock?: Clock;
  /** The monotonic source wall-clock jumps are measured against (see ServicesOptions). */
  monotonic?: Clock;
  logStream?: DestinationStream;
  logger?: Logger;
  /** An already-open store (tests share one per suite); otherwise opened from the config. */
  store?: Store;
  webDir?: string | false;
}

/**
 * The built web app: beside this file once compiled (dist/keyward.js → dist/web), in dist/web when this
 * file runs as TypeScript from src/ (tsx, tests).
 */
const BUILT_WEB_APP = import.meta.filename.endsWith('.ts') ? join(import.meta.dirname, '..', 'dist', 'web') : join(import.meta.dirname, 'web');

/** How often usage minute rows past 48 h are rolled up to hours and rows past 90 days pruned. */
const USAGE_MAINTENANCE_MS = 5 * 60_000;
/** How often keys rolled with `revoke_when_idle_minutes` are checked (well under the 1-minute minimum). */
const IDLE_REVOKE_CHECK_MS = 15_000;

/** The background jobs of issues 17 and 22; each reads the injected clock, so tests call them directly instead. */
function startPeriodicJobs(deps: Services, logger: Logger): NodeJS.Timeout[] {
  const every = (ms: number, what: string, run: () => Promise<unknown>) => {
    const t = setInterval(() => run().catch((err) => logger.warn({ err: { message: (err as Error).message } }, `${what} failed; will retry`)), ms);
    t.unref();
    return t;
  };
  return [
    every(USAGE_MAINTENANCE_MS, 'usage rollup', () => deps.usage.maintain()),
    every(IDLE_REVOKE_CHECK_MS, 'auto-revoke of idle keys', () => deps.idleRevoker.run()),
    every(USAGE_MAINTENANCE_MS, 'pruning of idempotency keys', () => deps.idempotency.prune()),
  ];
}

/** The composition root: config → services → HTTP. */
export async function createKeyward(config: Config, options: KeywardOptions = {}): Promise<Keyward> {
  const logger = options.logger ?? createLogger({ level: config.logLevel, stream: options.logStream });
  const deps = await createServices(config, { ...options, logger });
  const { lastUsed } = deps;
  const webDir = options.webDir === false ? undefined : (options.webDir ?? BUILT_WEB_APP);
  const { app } = await buildApp(deps, { logger, webDir });
  lastUsed.start();
  deps.notifier.start();
  const jobs = startPeriodicJobs(deps, logger);
  let closing: Promise<void> | undefined;
  return {
    app,
    deps,
    logger,
    close: () =>
      (closing ??= (async () => {
        for (const job of jobs) clearInterval(job);
        await app.close();
        await closeServices(deps, { closeStore: !options.store });
      })()),
  };
}
