import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { call } from './http.js';
import { type ProxyProcess, deployFile, startProxyProcess } from './proxy-process.js';
import { hasCommand } from './env.js';

/** The nginx binary: on PATH, or Debian's /usr/sbin/nginx when /usr/sbin is not on PATH. */
export function nginxBinary(): string | undefined {
  if (hasCommand('nginx')) return 'nginx';
  return existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : undefined;
}

/**
 * `deploy/nginx.conf` as shipped, with its listen port and its first two upstream servers (127.0.0.1:3001
 * and :3002) pointed at the test's ports, and the third (:3003, for deploy/compose.yaml's three instances)
 * left out.
 */
export function templatedSiteConfig(listenPort: number, upstreamPorts: readonly [number, number]): string {
  return deployFile('nginx.conf', [
    ['listen 80;', `listen 127.0.0.1:${listenPort};`],
    ['server 127.0.0.1:3001 ', `server 127.0.0.1:${upstreamPorts[0]} `],
    ['server 127.0.0.1:3002 ', `server 127.0.0.1:${upstreamPorts[1]} `],
    ['    server 127.0.0.1:3003 max_fails=3 fail_timeout=10s;\n', ''],
  ]);
}

/** `deploy/nginx-forward-auth.conf` as shipped, listening on `listenPort`, asking Keyward at `keywardPort` in front of `upstreamPort`. */
export function templatedForwardAuthConfig(listenPort: number, ports: { keyward: number; upstream: number }): string {
  return deployFile('nginx-forward-auth.conf', [
    ['listen 80;', `listen 127.0.0.1:${listenPort};`],
    ['server 127.0.0.1:3000;', `server 127.0.0.1:${ports.keyward};`],
    ['server 127.0.0.1:8080;', `server 127.0.0.1:${ports.upstream};`],
  ]);
}

/** nginx in the foreground (`daemon off`) with its pid, logs and temp files in a temp prefix of its own. */
export type NginxProcess = ProxyProcess;

/**
 * nginx serving the site `siteFor(port)` (text read inside `http { }`); up once `ready` holds (default: the
 * port accepts connections).
 */
export function startNginxSite(binary: string, siteFor: (listenPort: number) => string, ready?: (url: string) => Promise<boolean>): Promise<NginxProcess> {
  return startProxyProcess({
    name: 'nginx',
    binary,
    logFile: 'error.log',
    files: (prefix, port) => {
      const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${join(prefix, t)};`).join('\n  ');
      return {
        'site.conf': siteFor(port),
        'nginx.conf': `worker_processes 1;\npid ${join(prefix, 'nginx.pid')};\nerror_log ${join(prefix, 'error.log')} warn;\nevents { worker_connections 256; }\nhttp {\n  access_log off;\n  ${temp}\n  include ${join(prefix, 'site.conf')};\n}\n`,
      };
    },
    args: (prefix) => ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'],
    ready,
  });
}

/** deploy/nginx.conf in front of two Keyward instances; up once /healthz answers through it. */
export function startNginx(binary: string, upstreamPorts: readonly [number, number]): Promise<NginxProcess> {
  return startNginxSite(
    binary,
    (port) => templatedSiteConfig(port, upstreamPorts),
    async (url) => (await call(url, '/healthz', { timeoutMs: 1000 })).status === 200,
  );
}
