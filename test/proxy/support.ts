import { type IncomingHttpHeaders, type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect } from 'vitest';
import { type TestApp, testApp } from '../support/app.js';
import { IN_CI } from '../support/env.js';
import { type SessionCaller, aKey, aUser, anOwner } from '../support/fixtures.js';
import type { ProxyProcess } from '../support/proxy-process.js';

/** One request as the protected API received it. */
export interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
}

/** A tiny API behind the proxy: answers every request 200 `{"upstream":true}` and records what it got. */
export interface RecordingUpstream {
  readonly port: number;
  readonly received: Received[];
  close(): Promise<void>;
}

export async function startRecordingUpstream(): Promise<RecordingUpstream> {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    req.resume();
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{"upstream":true}'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The permissions the protected API's rules ask for: reading and creating invoices. */
export const INVOICES_READ = 'contacts:read';
export const INVOICES_WRITE = 'contacts:write';

/**
 * The protected API every proxy suite fronts, answered by any host: `GET /invoices/*` needs INVOICES_READ,
 * `POST /invoices` INVOICES_WRITE; any other route matches no rule.
 */
export const INVOICES_API = {
  name: 'Invoices',
  path_prefix: '/',
  rules: [
    { method: 'GET', path: '/invoices/*', permission: INVOICES_READ },
    { method: 'POST', path: '/invoices', permission: INVOICES_WRITE },
  ],
};

/** Keyward listening on a real socket of 127.0.0.1, in this process on a manual clock, trusting a proxy on 127.0.0.1. */
export interface KeywardStage {
  readonly t: TestApp;
  /** Where Keyward listens: http://127.0.0.1:port. */
  readonly url: string;
  readonly port: number;
  /** The workspace's owner, signed in; the workspace has INVOICES_API. */
  readonly owner: SessionCaller;
}

/** Keyward, the recording API behind the proxy, and the proxy in front of both. */
export interface ProxyStage extends KeywardStage {
  readonly upstream: RecordingUpstream;
  readonly proxy: ProxyProcess;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * For the enclosing describe: Keyward on SQLite with the default limits (10 requests a second per key) and a
 * workspace with INVOICES_API, listening on a free port; closed after the block.
 */
export function useKeyward(): KeywardStage {
  const stage = {} as Mutable<KeywardStage>;
  beforeAll(async () => {
    stage.t = await testApp({ config: { trustProxy: ['127.0.0.1'] } });
    stage.owner = await anOwner(stage.t);
    const created = await stage.t.request({ method: 'POST', url: '/api/protected-apis', as: stage.owner, body: INVOICES_API });
    expect(created.statusCode, created.body).toBe(201);
    stage.url = await stage.t.kw.app.listen({ host: '127.0.0.1', port: 0 });
    stage.port = (stage.t.kw.app.server.address() as AddressInfo).port;
  });
  afterAll(() => stage.t?.close());
  return stage;
}

/** `useKeyward`, with the recording upstream and the proxy `start` runs in front of both; all stopped after the block. */
export function useProxyStage(start: (ports: { keyward: number; upstream: number }) => Promise<ProxyProcess>): ProxyStage {
  const stage = useKeyward() as Mutable<ProxyStage>;
  beforeAll(async () => {
    stage.upstream = await startRecordingUpstream();
    stage.proxy = await start({ keyward: stage.port, upstream: stage.upstream.port });
  });
  afterAll(async () => {
    await stage.proxy?.stop();
    await stage.upstream?.close();
  });
  return stage;
}

/** A new member of the stage's workspace and a key of theirs (`body` restricts it, names it, …). */
export async function aMemberWithKey(stage: KeywardStage, body: Record<string, unknown> = {}) {
  const member = await aUser(stage.t, stage.owner, { role: 'member' });
  return { member, ...(await aKey(stage.t, member, body)) };
}

/**
 * Whether a suite needing the proxy `binary` runs: present, yes. Missing: under CI the suite runs and fails
 * (its start throws this message); elsewhere it is skipped with the message.
 */
export function runsWith(binary: string | undefined, what: string): boolean {
  if (binary !== undefined || IN_CI) return true;
  console.warn(`[skip] ${what} is not installed; skipping (set CI=1 to make this a failure)`);
  return false;
}

/** The proxy's binary, or an error saying which package to install (reached only under CI). */
export function required(binary: string | undefined, what: string): string {
  if (binary === undefined) throw new Error(`${what} is not installed, and CI is set: this suite must run`);
  return binary;
}
