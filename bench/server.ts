/**
 * Starts and stops real Keyward server processes (`src/cli/main.ts serve`) for the benchmark, each on its
 * own free port of 127.0.0.1, with an explicit environment: nothing is inherited that could switch the
 * storage (DATABASE_URL), the hashing (KEYWARD_PEPPER) or the limiter (REDIS_URL) behind the bench's back.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
import { freePort } from '../test/support/ports.js';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;

export interface ServerSpec {
  /** Short name used in the table, e.g. "S1". */
  readonly name: string;
  readonly dataDir: string;
  /** Extra environment (limits, REDIS_URL …); values are strings as in a shell. */
  readonly env?: Readonly<Record<string, string>>;
  /** Extra `node` flags, e.g. `--cpu-prof`. */
  readonly nodeFlags?: readonly string[];
  /** Script to run instead of the CLI (an experiment server under bench/); receives the same environment. */
  readonly script?: readonly string[];
  /** Checkout to run the server from (default: this one), e.g. a `git worktree` of another commit. */
  readonly root?: string;
  /** Where readiness is asked, and the status that means ready (default `/healthz`, 200): a reference server has no /healthz. */
  readonly ready?: { readonly path: string; readonly status: number };
}

export interface RunningServer {
  readonly spec: ServerSpec;
  readonly url: string;
  readonly pid: number;
  /** The last few KB the server wrote (its log: at LOG_LEVEL=info, the request log). */
  output(): string;
  /** CPU seconds (user + system) the server process has used so far; NaN where /proc is not available. */
  cpuSeconds(): number;
  stop(): Promise<void>;
}

/**
 * The environment every bench server starts from; `spec.env` is applied on top. LOG_LEVEL is the default a
 * user gets (info: the request log on); a scenario that measures another level says so in its server's env.
 */
function baseEnv(port: number, spec: ServerSpec): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATA_DIR: spec.dataDir,
    DATABASE_URL: '',
    REDIS_URL: '',
    KEYWARD_PEPPER: '',
    TRUST_PROXY: '',
    LOG_LEVEL: 'info',
    ...spec.env,
  };
}

async function waitUntilUp(url: string, spec: ServerSpec, child: ChildProcess, stderr: () => string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  const ready = spec.ready ?? { path: '/healthz', status: 200 };
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}: ${stderr()}`);
    try {
      const res = await fetch(url + ready.path, { signal: AbortSignal.timeout(1000) });
      await res.arrayBuffer();
      if (res.status === ready.status) return;
    } catch {
      /** Not listening yet. */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not answer ${ready.path} within ${START_TIMEOUT_MS} ms: ${stderr()}`);
}

/** Spawns one server and resolves once its /healthz answers. */
export async function startServer(spec: ServerSpec): Promise<RunningServer> {
  const port = await freePort();
  const args = [...(spec.nodeFlags ?? []), '--import', 'tsx', ...(spec.script ?? ['src/cli/main.ts', 'serve'])];
  const pinned = onCpu('server', args);
  const child = spawn(pinned.command, pinned.args, { cwd: spec.root ?? REPO_ROOT, env: baseEnv(port, spec), stdio: ['ignore', 'pipe', 'pipe'] });
  // The last two chunks only, decoded when asked: at LOG_LEVEL=info the log has lines for every request.
  let tail: Buffer[] = [];
  const keepTail = (d: Buffer) => {
    tail = [tail[tail.length - 1], d].filter(Boolean);
  };
  const errText = () => Buffer.concat(tail).toString('utf8').slice(-4000);
  child.stdout?.on('data', keepTail);
  child.stderr?.on('data', keepTail);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilUp(url, spec, child, errText);
  } catch (err) {
    child.kill('SIGKILL');
    throw err;
  }
  const pid = child.pid ?? -1;
  return { spec, url, pid, output: errText, cpuSeconds: () => cpuSecondsOf(pid), stop: () => stopChild(child) };
}

/**
 * A reference server of bench/reference-server.ts (`bare`: R0, `keycheck`: R1), started like Keyward's
 * servers; R1 knows `key` (the bench's hot key, the one (b) presents). It has no /healthz: readiness is
 * its own route's answer.
 */
export function startReferenceServer(spec: Omit<ServerSpec, 'script' | 'ready' | 'env'> & { mode: 'bare' | 'keycheck'; key: string }): Promise<RunningServer> {
  const { mode, key, ...rest } = spec;
  return startServer({
    ...rest,
    env: { BENCH_REFERENCE: mode, BENCH_REFERENCE_KEY: key },
    script: ['bench/reference-server.ts'],
    ready: mode === 'bare' ? { path: '/', status: 200 } : { path: '/api/me', status: 401 },
  });
}

/** Polls /readyz until the server's limiter is on Redis and not degraded (true), or `tries` polls `everyMs` apart have passed (false). */
export async function limiterOnRedis(url: string, tries = 50, everyMs = 100): Promise<boolean> {
  for (let i = 0; i < tries; i++) {
    const body = (await (await fetch(`${url}/readyz`)).json()) as { rate_limiter?: { backend: string; degraded: boolean } };
    if (body.rate_limiter?.backend === 'redis' && !body.rate_limiter.degraded) return true;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  return false;
}

/** The Redis scenarios mean nothing if the server fell back to its in-memory limiter. */
export async function expectRedisBackend(server: RunningServer): Promise<void> {
  if (!(await limiterOnRedis(server.url))) throw new Error(`${server.spec.name}: the limiter is not on Redis (see /readyz)`);
}

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ, 100 on every mainstream Linux). */
const USER_HZ = 100;

/** utime + stime of a process from /proc (fields 14 and 15, after the parenthesised command name). */
/**
 * With BENCH_PIN=1 (and at least 2 CPUs), servers start under `taskset -c 0` and the load generator under
 * `taskset -c 1`, every thread included, so the scheduler cannot put them on one core for part of a run
 * (which makes a server's CPU per request swing up to 2× between processes). Off by default.
 * Returns the command and arguments that start `node` with `args` on the role's CPU.
 */
export function onCpu(role: 'server' | 'load', args: readonly string[]): { command: string; args: string[] } {
  if (process.env.BENCH_PIN !== '1' || availableParallelism() < 2) return { command: process.execPath, args: [...args] };
  return { command: 'taskset', args: ['-c', role === 'server' ? '0' : '1', process.execPath, ...args] };
}

export function cpuSecondsOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / USER_HZ;
  } catch {
    return Number.NaN;
  }
}

/** SIGTERM (graceful: flushes last-used, writes a --cpu-prof profile), SIGKILL if it lingers. */
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
