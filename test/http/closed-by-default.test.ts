import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { testConfig } from '../../src/config.js';
import { type Keyward, createKeyward } from '../../src/keyward.js';
import { openTestStore } from '../support/backends.js';

const quiet = new Writable({ write: (_c, _e, cb) => cb() });

/** A web app directory with an index page and one asset, as `npm run build` leaves it. */
function aWebDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'keyward-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Keyward</title>');
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
  return dir;
}

describe('closed by default: every route says who may call it', () => {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const f of cleanup.splice(0).reverse()) await f();
  });

  async function start(): Promise<Keyward> {
    const store = await openTestStore('sqlite');
    const webDir = aWebDir();
    const kw = await createKeyward(testConfig(), { clock: new ManualClock(Date.UTC(2026, 5, 1, 12)), store, logStream: quiet, webDir });
    cleanup.push(
      () => rmSync(webDir, { recursive: true, force: true }),
      () => store.close(),
      () => kw.close(),
    );
    return kw;
  }

  it('refuses to start when a route declares no auth mode', async () => {
    const kw = await start();
    // Whether Fastify reports it when the route is added or when the app gets ready, the app does not start.
    const refused = (async () => {
      kw.app.get('/api/forgotten', async () => ({ open: true }));
      await kw.app.ready();
    })();
    await expect(refused).rejects.toThrow(/GET \/api\/forgotten declares no config\.auth/);
  });

  it('starts with a route that says auth none, and serves the plugin routes (docs, web app) publicly', async () => {
    const kw = await start();
    kw.app.get('/api/declared', { config: { auth: 'none' }, schema: { hide: true } }, async () => ({ open: true }));
    await kw.app.ready();
    expect((await kw.app.inject({ url: '/api/declared' })).statusCode).toBe(200);
    for (const url of ['/docs', '/docs/json', '/', '/index.html', '/assets/app.js', '/openapi.json', '/healthz']) {
      const res = await kw.app.inject({ url });
      expect(res.statusCode, url).toBeLessThan(400);
    }
    expect((await kw.app.inject({ method: 'HEAD', url: '/assets/app.js' })).statusCode).toBe(200);
  });
});
