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
  logStream?: DestinationStream;
  logger?: Logger;
  /** An already-open store (tests share one per suite); otherwise opened from the config. */
  store?: Store;
  webDir?: string | false;
}

/** The composition root: config → services → HTTP. */
export async function createKeyward(config: Config, options: KeywardOptions = {}): Promise<Keyward> {
  const logger = options.logger ?? createLogger({ level: config.logLevel, stream: options.logStream });
  const deps = await createServices(config, { ...options, logger });
  const { lastUsed } = deps;
  const webDir = options.webDir === false ? undefined : (options.webDir ?? join(import.meta.dirname, '..', 'dist', 'web'));
  const { app } = await buildApp(deps, { logger, webDir });
  lastUsed.start();
  deps.notifier.start();
  let closing: Promise<void> | undefined;
  return {
    app,
    deps,
    logger,
    close: () =>
      (closing ??= (async () => {
        await app.close();
        await closeServices(deps, { closeStore: !options.store });
      })()),
  };
}
