import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/process.js';
import { SERVE_COMMAND, type Served, builtCopy, expectPrebuiltSqlite, packageEnv, run, serveFrom } from './support.js';

/**
 * Keyward as people install it: the compiled build with production dependencies only, and the packed
 * tarball installed into an empty folder. npm installs from its cache when it can (`--prefer-offline`),
 * runs no install scripts, and better-sqlite3's prebuilt addon is used: nothing is compiled.
 */
describe('the compiled build and the package, installed without dev dependencies', () => {
  let dir: string;
  let tree: string;
  const servers: Served[] = [];
  beforeAll(() => {
    dir = tempDir('package');
    tree = builtCopy(dir);
  }, 300_000);
  afterAll(async () => {
    for (const s of servers) await s.stop();
  });

  const PASSWORD = 'a long enough password';
  /** Creates the first owner and a key with the CLI at `cwd`; returns the key. */
  function ownerAndKey(keyward: (args: string[], input?: string) => { stdout: string; stderr: string }): string {
    const owner = keyward(['users', 'create', '--email', 'owner@example.test', '--role', 'owner', '--workspace', 'Acme', '--password', PASSWORD]);
    expect(owner.stdout).toContain('created owner owner@example.test');
    const key = keyward(['keys', 'create', '--user', 'owner@example.test', '--name', 'Install check']).stdout.trim();
    expect(key).toMatch(/^ak_live_/);
    return key;
  }

  /** The web app, the error catalogue read from docs/errors.md, and /api/me with a key and with a session. */
  async function expectServing(url: string, key: string): Promise<void> {
    const index = await fetch(`${url}/`);
    expect(index.status).toBe(200);
    const html = await index.text();
    const script = /<script type="module"[^>]* src="([^"]+)"/.exec(html)?.[1];
    expect(script, html).toMatch(/^\/assets\/.+\.js$/);
    expect((await fetch(`${url}${script}`)).status).toBe(200);
    expect(await (await fetch(`${url}/docs/errors`)).text()).toContain('invalid_credentials');

    const byKey = await fetch(`${url}/api/me`, { headers: { 'X-API-Key': key } });
    expect(byKey.status).toBe(200);
    expect(((await byKey.json()) as { user: { email: string } }).user.email).toBe('owner@example.test');

    const login = await fetch(`${url}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'owner@example.test', password: PASSWORD }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const bySession = await fetch(`${url}/api/me`, { headers: { cookie } });
    expect(bySession.status).toBe(200);
  }

  it('`npm ci --omit=dev` into a copy of the built tree: the compiled server migrates an empty database, serves the web app and answers /api/me', async () => {
    const app = join(dir, 'production');
    mkdirSync(app);
    for (const entry of ['package.json', 'package-lock.json', 'bin', 'dist', 'docs']) cpSync(join(tree, entry), join(app, entry), { recursive: true });
    run('npm', ['ci', '--omit=dev', '--ignore-scripts', '--prefer-offline'], { cwd: app, timeoutMs: 180_000 });
    expectPrebuiltSqlite(app);
    const installed = readdirSync(join(app, 'node_modules'));
    for (const dev of ['tsx', 'esbuild', 'typescript', 'vite', 'vitest', 'preact', 'uplot']) expect(installed).not.toContain(dev);

    const dataDir = join(dir, 'production-data');
    const env = packageEnv({ DATA_DIR: dataDir });
    const server = await serveFrom(process.execPath, ['dist/cli/main.js', 'serve'], { cwd: app, env: { DATA_DIR: dataDir } });
    servers.push(server);
    expect(existsSync(join(dataDir, 'keyward.db'))).toBe(true);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    const key = ownerAndKey((args) => run(process.execPath, ['dist/cli/main.js', ...args], { cwd: app, env }));
    await expectServing(server.url, key);
    expect(await server.stop()).toBe(0);
  }, 240_000);

  it('`npm pack` holds dist/, the migrations and the web app and no sources; installed into an empty folder, `npx keyward` creates users and serves', async () => {
    const packed = join(dir, 'packed');
    mkdirSync(packed);
    const tgz = run('npm', ['pack', '--ignore-scripts', '--pack-destination', packed], { cwd: tree }).stdout.trim().split('\n').at(-1)!;
    const files = run('tar', ['-tzf', join(packed, tgz)], { cwd: packed })
      .stdout.trim()
      .split('\n');
    for (const f of [
      'package/bin/keyward.js',
      'package/bin/check-node.js',
      'package/dist/cli/main.js',
      'package/dist/store/migrations/001-initial.js',
      'package/dist/web/index.html',
      'package/docs/errors.md',
    ]) {
      expect(files).toContain(f);
    }
    expect(files.filter((f) => /^package\/(src|test|web|bench|scripts)\//.test(f) || (f.endsWith('.ts') && !f.endsWith('.d.ts')))).toEqual([]);

    const app = join(dir, 'empty-folder');
    mkdirSync(app);
    run('npm', ['install', '--omit=dev', '--ignore-scripts', '--prefer-offline', join(packed, tgz)], { cwd: app, timeoutMs: 180_000 });
    expectPrebuiltSqlite(app);

    const dataDir = join(dir, 'packed-data');
    const env = packageEnv({ DATA_DIR: dataDir });
    const npx = (args: string[]) => run('npx', ['keyward', ...args], { cwd: app, env });
    const version = (JSON.parse(readFileSync(join(tree, 'package.json'), 'utf8')) as { version: string }).version;
    expect(npx(['--version']).stdout.trim()).toBe(version);
    const key = ownerAndKey(npx);

    const server = await serveFrom('npx', SERVE_COMMAND, { cwd: app, env: { DATA_DIR: dataDir } });
    servers.push(server);
    await expectServing(server.url, key);
    await server.stop();
    expect(server.output()).not.toMatch(/error/i);
  }, 240_000);
});
