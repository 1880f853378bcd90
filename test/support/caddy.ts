import { join } from 'node:path';
import { hasCommand } from './env.js';
import { type ProxyProcess, deployFile, startProxyProcess } from './proxy-process.js';

/** The caddy binary on PATH (Debian package `caddy`), if any. */
export const caddyBinary = (): string | undefined => (hasCommand('caddy') ? 'caddy' : undefined);

/**
 * `deploy/Caddyfile` as shipped, serving plain HTTP on `listenPort` of 127.0.0.1 instead of its example
 * name, asking Keyward at `ports.keyward` in front of `ports.upstream`. Its `admin off` stays as it is: it is
 * what lets several Caddy processes run at once.
 */
export function templatedCaddyfile(listenPort: number, ports: { keyward: number; upstream: number }): string {
  return deployFile('Caddyfile', [
    ['api.example.com {', `http://127.0.0.1:${listenPort} {`],
    ['forward_auth 127.0.0.1:3000 {', `forward_auth 127.0.0.1:${ports.keyward} {`],
    ['reverse_proxy 127.0.0.1:8080', `reverse_proxy 127.0.0.1:${ports.upstream}`],
  ]);
}

/**
 * Caddy in the foreground (`caddy run`) on the shipped Caddyfile, its HOME and XDG directories (where it
 * would keep data and an autosaved config) in a temp prefix of its own.
 */
export function startCaddy(binary: string, ports: { keyward: number; upstream: number }): Promise<ProxyProcess> {
  return startProxyProcess({
    name: 'caddy',
    binary,
    files: (_prefix, port) => ({ Caddyfile: templatedCaddyfile(port, ports) }),
    args: (prefix) => ['run', '--config', join(prefix, 'Caddyfile'), '--adapter', 'caddyfile'],
    env: (prefix) => ({ HOME: prefix, XDG_CONFIG_HOME: join(prefix, 'config'), XDG_DATA_HOME: join(prefix, 'data') }),
  });
}
