import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { freePort } from '../support/ports.js';
import { ROOT } from '../support/process.js';

/**
 * The command that serves Keyward from an installed package: the packed-tarball test runs it through
 * `npx`, and the Dockerfile's CMD is exactly this (with node_modules/.bin on PATH).
 */
export const SERVE_COMMAND = ['keyward', 'serve'] as const;

/** The environment of every command these tests run: this test's own Node first on PATH, no stray settings. */
export function packageEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}` };
  for (const name of ['DATABASE_URL', 'REDIS_URL', 'SMTP_URL', 'KEYWARD_PEPPER', 'PUBLIC_URL', 'NODE_OPTIONS']) delete env[name];
  return { ...env, LOG_LEVEL: 'warn', SCRYPT_LOG_N: '10', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', ...extra };
}

/** Runs a command to completion; throws with its output when it fails. */
export function run(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv; input?: string; timeoutMs?: number }) {
  const r = spawnSync(command, args, {
    cwd: options.cwd,
    env: options.env ?? packageEnv(),
    input: options.input,
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 120_000,
  });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${r.status ?? r.signal}:\n${r.stdout}\n${r.stderr}`);
  return { stdout: r.stdout, stderr: r.stderr };
}

/**
 * A copy of the source tree (no node_modules, no dist) with a fresh build in its dist/, made by the same
 * `scripts/build.js` as `npm run build` but into a folder of its own: a test never empties the dist/web
 * that other tests' servers are reading.
 */
export function builtCopy(dir: string): string {
  const tree = join(dir, 'tree');
  const skip = new Set(['node_modules', 'dist', '.git', 'data', 'test-results', 'coverage']);
  cpSync(ROOT, tree, { recursive: true, filter: (src) => !skip.has(src.slice(ROOT.length).split('/')[0]) });
  run(process.execPath, [join(ROOT, 'scripts', 'build.js'), '--out-dir', join(tree, 'dist')], { cwd: ROOT, timeoutMs: 240_000 });
  return tree;
}

/**
 * better-sqlite3 (13 and later) carries its compiled Node-API addon for each platform in the package: an
 * install compiles nothing and downloads nothing beyond the npm registry. Checks that this install loads it
 * from there (no build/ made by node-gyp).
 */
export function expectPrebuiltSqlite(installDir: string): void {
  const pkg = join(installDir, 'node_modules', 'better-sqlite3');
  if (existsSync(join(pkg, 'build'))) throw new Error(`${pkg}/build exists: better-sqlite3 was compiled during the install`);
  if (!existsSync(join(pkg, 'prebuilds', `${process.platform}-${process.arch}.node`)))
    throw new Error(`${pkg} holds no prebuilt addon for ${process.platform}-${process.arch}`);
}

export interface Served {
  url: string;
  child: ChildProcess;
  output(): string;
  /** SIGTERM to the whole process group (npx and the server it started); resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** Starts a server command in its own process group and waits (bounded) for its first /healthz 200. */
export async function serveFrom(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: Record<string, string>; timeoutMs?: number },
): Promise<Served> {
  const port = await freePort();
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: packageEnv({ HOST: '127.0.0.1', ...options.env, PORT: String(port) }),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let out = '';
  child.stdout?.on('data', (d) => (out += d));
  child.stderr?.on('data', (d) => (out += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  const stop = () =>
    new Promise<number | null>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode);
      child.once('exit', (code) => resolve(code));
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        /* the group is gone already */
      }
    });
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${command} ${args.join(' ')} exited with ${child.exitCode}:\n${out}`);
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) {
      process.kill(-child.pid!, 'SIGKILL');
      throw new Error(`${command} ${args.join(' ')} did not answer /healthz in time:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, child, output: () => out, stop };
}
