/**
 * The forward-auth scenarios' front: real nginx, configured from `deploy/nginx-forward-auth.conf` as shipped
 * (only its listen address and upstream ports swapped, as the proxy tests do), in front of a tiny upstream
 * process and a Keyward bench server. One extra location, `/plain/`, proxies to the same upstream without
 * asking Keyward: the "nginx → upstream" baseline measured in the same rounds as "nginx → Keyward → upstream".
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../test/support/ports.js';
import { REPO_ROOT, type RunningServer, cpuSecondsOf } from './server.js';

/** The upstream's whole program: 200 `{"upstream":true}` for any request. */
const UPSTREAM = `require('node:http').createServer((q, s) => { q.resume(); q.on('end', () => s.writeHead(200, { 'content-type': 'application/json' }).end('{"upstream":true}')); }).listen(Number(process.env.PORT), '127.0.0.1');`;

/** The shipped recipe with the test addresses, and the `/plain/` baseline location added before `location / {`. */
function siteConfig(listen: number, keyward: number, upstream: number): string {
  let text = readFileSync(join(REPO_ROOT, 'deploy', 'nginx-forward-auth.conf'), 'utf8');
  const swaps: [string, string][] = [
    ['listen 80;', `listen 127.0.0.1:${listen};`],
    ['server 127.0.0.1:3000;', `server 127.0.0.1:${keyward};`],
    ['server 127.0.0.1:8080;', `server 127.0.0.1:${upstream};`],
    [
      '    location / {',
      '    location /plain/ {\n        proxy_pass http://protected_api;\n        proxy_http_version 1.1;\n        proxy_set_header Connection "";\n    }\n\n    location / {',
    ],
  ];
  for (const [from, to] of swaps) {
    if (!text.includes(from)) throw new Error(`deploy/nginx-forward-auth.conf no longer contains "${from}"; update bench/forward-proxy.ts`);
    text = text.replace(from, to);
  }
  return text;
}

export const nginxBinary = (): string | undefined => ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));

async function until(up: () => Promise<boolean>, what: string, output: () => string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await up().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not start: ${output()}`);
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/**
 * nginx (one worker) and the upstream in front of `keyward`. The result's URL is nginx's; its CPU is
 * Keyward's, nginx's and the upstream's together (the whole stack a request crosses); stopping it stops
 * nginx and the upstream, and Keyward with them.
 */
export async function startNginxFront(keyward: RunningServer): Promise<RunningServer> {
  const binary = nginxBinary();
  if (!binary) throw new Error('the forward-auth scenarios need nginx (apt-get install -y nginx-light)');
  const upstreamPort = await freePort();
  const upstream = spawn(process.execPath, ['-e', UPSTREAM], { env: { PORT: String(upstreamPort) }, stdio: 'ignore' });
  const listen = await freePort();
  const prefix = mkdtempSync(join(tmpdir(), 'keyward-bench-nginx-'));
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${join(prefix, t)};`).join('\n  ');
  writeFileSync(join(prefix, 'site.conf'), siteConfig(listen, Number(new URL(keyward.url).port), upstreamPort));
  writeFileSync(
    join(prefix, 'nginx.conf'),
    `worker_processes 1;\npid ${join(prefix, 'nginx.pid')};\nerror_log ${join(prefix, 'error.log')} warn;\nevents { worker_connections 1024; }\nhttp {\n  access_log off;\n  ${temp}\n  include ${join(prefix, 'site.conf')};\n}\n`,
  );
  let output = '';
  const nginx = spawn(binary, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'pipe', 'pipe'] });
  nginx.stdout?.on('data', (c: Buffer) => (output += c));
  nginx.stderr?.on('data', (c: Buffer) => (output += c));
  const url = `http://127.0.0.1:${listen}`;
  const log = () => output + (existsSync(join(prefix, 'error.log')) ? readFileSync(join(prefix, 'error.log'), 'utf8') : '');
  await until(async () => (await fetch(`${url}/plain/ready`, { signal: AbortSignal.timeout(1000) })).status === 200, 'nginx and the upstream', log);
  /** nginx's worker is the master's child: its CPU is read through /proc. */
  const workers = () => readFileSync(`/proc/${nginx.pid}/task/${nginx.pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  return {
    spec: { ...keyward.spec, name: `${keyward.spec.name} via nginx` },
    url,
    pid: keyward.pid,
    output: () => `${keyward.output()}\n${log()}`,
    cpuSeconds: () => [keyward.pid, nginx.pid!, upstream.pid!, ...workers()].reduce((sum, pid) => sum + cpuSecondsOf(pid), 0),
    async stop() {
      await Promise.all([stop(nginx), stop(upstream), keyward.stop()]);
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
