import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/**
 * End-to-end plumbing: build the web app, run the real server as a child process, drive Debian's
 * Chromium with playwright-core. Nothing here sleeps: waits are on process output, Playwright's
 * auto-waiting, or vitest's expect.poll.
 */

export const REPO = fileURLToPath(new URL('../..', import.meta.url));
const WEB_OUT = join(REPO, 'dist', 'web');
const STAMP = join(REPO, 'dist', '.web-build-stamp');

/** The browser flags the project uses for headless runs; Playwright adds a fresh temporary --user-data-dir. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let built: Promise<void> | undefined;

/** Builds web/ into dist/web once per process, and not at all when dist/web already matches the sources. */
export function buildWebOnce(): Promise<void> {
  built ??= buildWeb();
  return built;
}

function sourceHash(): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else hash.update(relative(REPO, path)).update('\0').update(readFileSync(path)).update('\0');
    }
  };
  walk(join(REPO, 'web'));
  return hash.digest('hex');
}

/**
 * Test files run in parallel processes, and each may start a server on dist/web while another builds.
 * So each process builds into its own directory and publishes file by file with atomic renames
 * (hashed assets first, index.html last), never deleting: a running server never sees a half-written
 * or missing file. (`npm run build:web` empties dist/web as usual.)
 */
async function buildWeb(): Promise<void> {
  const hash = sourceHash();
  if (existsSync(join(WEB_OUT, 'index.html')) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === hash) return;
  const { build } = await import('vite');
  const out = mkdtempSync(join(tmpdir(), 'keyward-web-'));
  try {
    await build({ configFile: join(REPO, 'web', 'vite.config.ts'), logLevel: 'warn', build: { outDir: out, emptyOutDir: true } });
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else files.push(relative(out, path));
      }
    };
    walk(out);
    files.sort((a, b) => Number(a === 'index.html') - Number(b === 'index.html'));
    for (const file of files) publish(join(out, file), join(WEB_OUT, file));
    const tmpStamp = `${STAMP}.${process.pid}`;
    writeFileSync(tmpStamp, hash);
    renameSync(tmpStamp, STAMP);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

function publish(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  const tmp = `${to}.tmp-${process.pid}`;
  copyFileSync(from, tmp);
  renameSync(tmp, to);
}

export interface Server {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  /** Everything the server printed (JSON log lines). */
  output(): string;
  stop(): Promise<void>;
}

/**
 * A real server process (`node --import tsx src/cli/main.ts serve`) on a fresh data directory.
 * PORT=0 lets the OS pick a free port (no race between choosing and binding); the address is read
 * from the "Keyward listening on …" log line.
 */
export async function startServer(env: Record<string, string> = {}): Promise<Server> {
  const dataDir = mkdtempSync(join(tmpdir(), 'keyward-e2e-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve'], {
    cwd: REPO,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      SCRYPT_LOG_N: '10',
      LOG_LEVEL: 'info',
      DATABASE_URL: '',
      REDIS_URL: '',
      TRUST_PROXY: '',
      ALLOW_SIGNUP: 'false',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 30 s:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /Keyward listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening:\n${output}`));
    });
  });
  return {
    url,
    output: () => output,
    stop: async () => {
      await stopProcess(child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** Debian's Chromium, headless; each launch gets its own fresh temporary profile. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, timeout: 30_000 });
}

export interface Tab {
  context: BrowserContext;
  page: Page;
  /** JavaScript dialogs (alert/confirm/prompt) that fired: there should never be any. */
  dialogs: string[];
  /** Uncaught page errors and console errors (a CSP violation shows up here). */
  errors: string[];
}

/** A new browser context (its own cookies) with one page on the server. */
export async function openTab(browser: Browser, server: Server): Promise<Tab> {
  const context = await browser.newContext({ baseURL: server.url, viewport: { width: 1280, height: 860 } });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/status of 40[134]/.test(m.text())) errors.push(`console: ${m.text()}`);
  });
  return { context, page, dialogs, errors };
}

/**
 * The server (its own data directory) and browser one test file shares: built and started before its
 * tests, stopped after. Read `stage.server` and `stage.browser` inside tests.
 */
export function useServerAndBrowser(env: Record<string, string> = {}): { readonly server: Server; readonly browser: Browser } {
  const stage = {} as { server: Server; browser: Browser };
  beforeAll(async () => {
    await buildWebOnce();
    // Both are kept even when the other fails to start, so afterAll stops what did start (no stray server).
    const [server, browser] = await Promise.allSettled([startServer(env), launchBrowser()]);
    if (server.status === 'fulfilled') stage.server = server.value;
    if (browser.status === 'fulfilled') stage.browser = browser.value;
    for (const r of [server, browser]) if (r.status === 'rejected') throw r.reason;
  });
  afterAll(async () => {
    await stage.browser?.close();
    await stage.server?.stop();
  });
  return stage;
}
