import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { call } from './http.js';
import { eventually } from './poll.js';
import { freePort } from './ports.js';
import { ROOT } from './servers.js';
import { hasCommand } from './env.js';

/** The nginx binary: on PATH, or Debian's /usr/sbin/nginx when /usr/sbin is not on PATH. */
export function nginxBinary(): string | undefined {
  if (hasCommand('nginx')) return 'nginx';
  return existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : undefined;
}

/**
 * `deploy/nginx.conf` as shipped, with its listen port and its first two upstream servers (127.0.0.1:3001
 * and :3002) pointed at the test's ports, and the third (:3003, for deploy/compose.yaml's three instances)
 * left out. Throws if the file no longer has those lines, so the test keeps exercising the real example.
 */
export function templatedSiteConfig(listenPort: number, upstreamPorts: readonly [number, number]): string {
  let conf = readFileSync(join(ROOT, 'deploy', 'nginx.conf'), 'utf8');
  const swaps: [string, string][] = [
    ['listen 80;', `listen 127.0.0.1:${listenPort};`],
    ['server 127.0.0.1:3001 ', `server 127.0.0.1:${upstreamPorts[0]} `],
    ['server 127.0.0.1:3002 ', `server 127.0.0.1:${upstreamPorts[1]} `],
    ['    server 127.0.0.1:3003 max_fails=3 fail_timeout=10s;\n', ''],
  ];
  for (const [from, to] of swaps) {
    if (!conf.includes(from)) throw new Error(`deploy/nginx.conf no longer contains "${from}"; update the test template`);
    conf = conf.replace(from, to);
  }
  return conf;
}

/** nginx in the foreground (`daemon off`) with its pid, logs and temp files in a temp prefix of its own. */
export interface NginxProcess {
  readonly url: string;
  stop(): Promise<void>;
}

export async function startNginx(binary: string, upstreamPorts: readonly [number, number]): Promise<NginxProcess> {
  const port = await freePort();
  const prefix = mkdtempSync(join(tmpdir(), 'keyward-nginx-'));
  chmodSync(prefix, 0o755);
  writeFileSync(join(prefix, 'keyward.conf'), templatedSiteConfig(port, upstreamPorts));
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${join(prefix, t)};`).join('\n  ');
  writeFileSync(
    join(prefix, 'nginx.conf'),
    `worker_processes 1;\npid ${join(prefix, 'nginx.pid')};\nerror_log ${join(prefix, 'error.log')} warn;\nevents { worker_connections 256; }\nhttp {\n  access_log off;\n  ${temp}\n  include ${join(prefix, 'keyward.conf')};\n}\n`,
  );
  const child: ChildProcess = spawn(binary, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise((r) => child.once('exit', r));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(prefix, { recursive: true, force: true });
  };
  const up = await eventually(async () => child.exitCode === null && (await call(url, '/healthz', { timeoutMs: 1000 })).status === 200, {
    timeoutMs: 10_000,
    everyMs: 100,
  });
  if (!up) {
    const log = existsSync(join(prefix, 'error.log')) ? readFileSync(join(prefix, 'error.log'), 'utf8') : '';
    await stop();
    throw new Error(`nginx did not start:\n${output}\n${log}`);
  }
  return { url, stop };
}
