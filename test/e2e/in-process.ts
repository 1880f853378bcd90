import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { ManualClock } from '../../src/clock.js';
import type { Config } from '../../src/config.js';
import { type Keyward, createKeyward } from '../../src/keyward.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { openSqliteStore } from '../../src/store/dialects/sqlite/index.js';
import { REPO, type Server, buildWebOnce, launchBrowser } from './support.js';

/**
 * Like `useServerAndBrowser`, but the server runs in this process on an injected clock (so "10 idle
 * minutes" or traffic "three hours ago" take no time), on a fresh SQLite file, serving the built web app.
 * Read `stage.kw`, `stage.server` and `stage.browser` inside tests.
 */
export function useInProcessServerAndBrowser(
  clock: ManualClock,
  /** The config, or a function making it once a before-hook's resources (an SMTP receiver) are up. */
  config: Config | (() => Config | Promise<Config>),
): { readonly kw: Keyward; readonly server: Server; readonly browser: Browser } {
  const stage = {} as { kw: Keyward; server: Server; browser: Browser };
  beforeAll(async () => {
    await buildWebOnce();
    const store = openSqliteStore({ file: join(tmpdir(), `keyward-e2e-inproc-${randomBytes(6).toString('hex')}.db`) });
    await migrateToLatest(store);
    const kw = await createKeyward(typeof config === 'function' ? await config() : config, { clock, store, webDir: join(REPO, 'dist', 'web') });
    stage.kw = kw;
    const url = await kw.app.listen({ port: 0, host: '127.0.0.1' });
    stage.server = { url, output: () => '', stop: async () => kw.close() };
    stage.browser = await launchBrowser();
  });
  afterAll(async () => {
    await stage.browser?.close();
    await stage.kw?.close();
    await stage.kw?.deps.store.close();
  });
  return stage;
}
