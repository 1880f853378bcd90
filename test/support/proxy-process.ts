import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventually } from './poll.js';
import { freePort } from './ports.js';
import { ROOT } from './servers.js';

/** A reverse proxy (nginx, Caddy) running in the foreground for a test, with every file of its own in a temp prefix. */
export interface ProxyProcess {
  readonly url: string;
  stop(): Promise<void>;
}

export interface ProxyLaunch {
  /** For messages: "nginx", "caddy". */
  readonly name: string;
  readonly binary: string;
  /** The files to write into the prefix before starting (name → text), given the prefix and the listen port. */
  files(prefix: string, port: number): Record<string, string>;
  /** The command-line arguments, given the prefix. */
  args(prefix: string): string[];
  /** Extra environment (e.g. HOME pointed into the prefix, so nothing is shared with another run). */
  env?(prefix: string): Record<string, string>;
  /** The proxy's own log file in the prefix, shown when it does not start. */
  readonly logFile?: string;
  /** Up when this holds (default: the port accepts a connection, so no request reaches what is behind it). */
  ready?(url: string): Promise<boolean>;
}

/** Whether a TCP connection to 127.0.0.1:port is accepted. */
export function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/**
 * Starts a proxy on a free port of 127.0.0.1, its config, pid, logs and temp files in a fresh temp prefix
 * (so parallel runs never share a file), and waits (bounded) until it is up. Throws with its output if not.
 */
export async function startProxyProcess(launch: ProxyLaunch): Promise<ProxyProcess> {
  const port = await freePort();
  const prefix = mkdtempSync(join(tmpdir(), `keyward-${launch.name}-`));
  chmodSync(prefix, 0o755);
  for (const [name, text] of Object.entries(launch.files(prefix, port))) writeFileSync(join(prefix, name), text);
  const child: ChildProcess = spawn(launch.binary, launch.args(prefix), {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...launch.env?.(prefix) },
  });
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise((r) => child.once('exit', r));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(prefix, { recursive: true, force: true });
  };
  const ready = launch.ready ?? (() => accepts(port));
  const up = await eventually(async () => child.exitCode === null && (await ready(url)), { timeoutMs: 10_000, everyMs: 100 });
  if (!up) {
    const logPath = launch.logFile === undefined ? undefined : join(prefix, launch.logFile);
    const log = logPath !== undefined && existsSync(logPath) ? readFileSync(logPath, 'utf8') : '';
    await stop();
    throw new Error(`${launch.name} did not start:\n${output}\n${log}`);
  }
  return { url, stop };
}

/**
 * A file of deploy/ as shipped, with each `from` text replaced by its `to` (addresses and ports only). Throws
 * if the file no longer contains one of them, so a test keeps running the real example rather than a copy.
 */
export function deployFile(file: string, swaps: readonly (readonly [string, string])[]): string {
  let text = readFileSync(join(ROOT, 'deploy', file), 'utf8');
  for (const [from, to] of swaps) {
    if (!text.includes(from)) throw new Error(`deploy/${file} no longer contains "${from}"; update the test template`);
    text = text.replace(from, to);
  }
  return text;
}
