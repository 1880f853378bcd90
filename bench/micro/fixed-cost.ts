/**
 * What every request pays before and besides its own work, measured two ways:
 *
 *   npx tsx bench/micro/fixed-cost.ts [--base=<checkout>] [--duration=5] [--rounds=3] [--micro-only]
 *
 * 1. In-process, the pieces one by one (median over 7 batches of the mean per call): setting helmet's
 *    headers by `raw.setHeader` per header vs one object Fastify passes to `writeHead`; a pino child logger
 *    per request vs one made on first use; the access line itself.
 * 2. End to end: `/healthz` and `/api/me` (an unlimited key, the 1,000-key store) against a bare Fastify
 *    route, this checkout, and `--base` (another checkout, e.g. `git archive <commit> | tar -x -C /tmp/base`
 *    with node_modules linked), each at LOG_LEVEL=info (the default) and warn; every server a fresh process,
 *    all alive at once, -c 50, rounds interleaved (variants rotated), so each figure is a median of ratios
 *    measured seconds apart. Servers' stdout goes to a pipe the bench drains, as a log collector would.
 */
import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { Writable } from 'node:stream';
import { join } from 'node:path';
import { SECURITY_HEADER_OPTIONS } from '../../src/http/app.js';
import { helmetHeaders } from '../../src/http/security-headers.js';
import { createLogger, lazyChildLogger, scrubUrl } from '../../src/logger.js';
import { LoadGenerator } from '../load.js';
import { median } from '../report.js';
import { seedStore } from '../seed.js';
import { REPO_ROOT, type RunningServer, startServer } from '../server.js';

const arg = (name: string, fallback: string) => {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit === undefined ? fallback : hit.slice(name.length + 3);
};

const BATCHES = 7;

function time(label: string, iterations: number, fn: () => unknown): number {
  const perBatch: number[] = [];
  for (let b = 0; b < BATCHES; b++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) fn();
    perBatch.push(Number(process.hrtime.bigint() - t0) / iterations);
  }
  const ns = median(perBatch);
  console.log(`${(ns / 1000).toFixed(2).padStart(8)} µs  ${label}`);
  return ns;
}

function micro(): void {
  console.log('\nIn-process, per request:');
  const headers = helmetHeaders(SECURITY_HEADER_OPTIONS);
  const entries = Object.entries(headers);
  const body = '{"status":"ok"}';
  const response = () => new ServerResponse(new IncomingMessage(new Socket()));
  time('a response with no security headers (the floor)', 20_000, () => {
    response().writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': '15' }).end(body);
  });
  time(`${entries.length} headers by raw.setHeader, then writeHead`, 20_000, () => {
    const res = response();
    for (const [k, v] of entries) res.setHeader(k, v);
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': '15' }).end(body);
  });
  time(`${entries.length} headers in the object given to writeHead (reply.headers)`, 20_000, () => {
    const res = response();
    const out: Record<string, string> = {};
    for (const k in headers) out[k] = headers[k];
    out['content-type'] = 'application/json; charset=utf-8';
    out['content-length'] = '15';
    res.writeHead(200, out).end(body);
  });

  const sink = new Writable({ write: (_c, _e, cb) => cb() });
  const root = createLogger({ level: 'info', stream: sink });
  const opts = {};
  time('pino child logger per request (Fastify default)', 200_000, () => root.child({ reqId: 'req-1' }, opts));
  time('lazy child logger per request, never used', 200_000, () => lazyChildLogger(root, { reqId: 'req-1' }, opts));
  time('scrubUrl("/api/me")', 200_000, () => scrubUrl('/api/me'));
  const line = () => ({ reqId: 'req-1', method: 'GET', url: scrubUrl('/api/contacts?limit=25'), status: 200, ms: 0.41, keyId: 'key_0123456789abcdefghij' });
  time('the access line through the redacting root logger', 100_000, () => root.info(line(), 'request'));
  const access = root.child({}, { redact: [] });
  time('the access line through a child without redaction (access-log.ts)', 100_000, () => access.info(line(), 'request'));
  const raw = { id: 'req-1', method: 'GET', url: '/api/me', ip: '127.0.0.1' };
  time("Fastify's own two lines, through a per-request child of the redacting root (before)", 100_000, () => {
    const child = root.child({ reqId: 'req-1' }, opts);
    child.info({ req: raw }, 'incoming request');
    child.info({ res: { statusCode: 200 }, responseTime: 0.41 }, 'request completed');
  });
}

interface Variant {
  readonly name: string;
  readonly root?: string;
  readonly script?: readonly string[];
  readonly logLevel: string;
}

async function endToEnd(): Promise<void> {
  const base = arg('base', '');
  const durationS = Number(arg('duration', '5'));
  const rounds = Number(arg('rounds', '3'));
  const variants: Variant[] = [{ name: 'bare Fastify', script: ['bench/micro/fixed-cost-bare.ts'], logLevel: 'info' }];
  for (const logLevel of ['info', 'warn']) {
    if (base) variants.push({ name: `before, ${logLevel}`, root: base, logLevel });
    variants.push({ name: `after, ${logLevel}`, logLevel });
  }
  const store = await seedStore({ dataDir: join(REPO_ROOT, 'bench', '.data', 'small'), keyCount: 1000, spreadKeys: 0, contacts: 1000, log: console.log });
  const scenarios: { id: string; path: string; headers: Record<string, string> }[] = [
    { id: 'healthz', path: '/healthz', headers: {} },
    { id: 'me', path: '/api/me', headers: { 'x-api-key': store.hotKey } },
  ];
  const servers = new Map<string, RunningServer>();
  const load = new LoadGenerator();
  const rps = new Map<string, number[]>();
  const cpu = new Map<string, number[]>();
  const push = (m: Map<string, number[]>, k: string, v: number) => m.set(k, [...(m.get(k) ?? []), v]);
  try {
    for (const v of variants) {
      servers.set(v.name, await startServer({ name: v.name, dataDir: store.dataDir, root: v.root, script: v.script, env: { LOG_LEVEL: v.logLevel } }));
    }
    for (let round = 0; round < rounds; round++) {
      for (const s of scenarios) {
        for (let i = 0; i < variants.length; i++) {
          const v = variants[(i + round) % variants.length];
          const server = servers.get(v.name)!;
          // The bare server's /api/me is a bare route like its /healthz: the reference for both scenarios.
          const job = { url: server.url + s.path, connections: 50, headers: s.headers };
          if (round === 0) await load.run({ ...job, durationS: 1 });
          const cpu0 = server.cpuSeconds();
          const r = await load.run({ ...job, durationS });
          const cpuUs = ((server.cpuSeconds() - cpu0) * 1e6) / r.requests;
          push(rps, `${round}|${v.name}|${s.id}`, r.rps);
          push(cpu, `${v.name}|${s.id}`, cpuUs);
          console.log(
            `[round ${round + 1}] ${v.name.padEnd(14)} ${s.id.padEnd(8)} ${Math.round(r.rps)} req/s CPU ${cpuUs.toFixed(1)} µs/req ${JSON.stringify(r.statuses)}`,
          );
        }
      }
    }
  } finally {
    load.close();
    for (const s of servers.values()) await s.stop();
  }
  const rounds_ = Array.from({ length: rounds }, (_, i) => i);
  const at = (r: number, v: string, s: string) => rps.get(`${r}|${v}|${s}`)![0];
  console.log('\n| variant | scenario | req/s (median) | ÷ bare Fastify (paired) | ÷ before (paired) | server CPU µs/req |');
  console.log('|---|---|---|---|---|---|');
  for (const s of scenarios) {
    for (const v of variants) {
      const perRound = rounds_.map((r) => at(r, v.name, s.id));
      const bare = median(rounds_.map((r) => at(r, v.name, s.id) / at(r, 'bare Fastify', s.id)));
      const before = variants.find((b) => b.root !== undefined && b.logLevel === v.logLevel);
      const gain =
        before && v.root === undefined && v.script === undefined ? median(rounds_.map((r) => at(r, v.name, s.id) / at(r, before.name, s.id))).toFixed(2) : '';
      console.log(
        `| ${v.name} | ${s.id} | ${Math.round(median(perRound))} | ${bare.toFixed(2)} | ${gain} | ${median(cpu.get(`${v.name}|${s.id}`)!).toFixed(1)} |`,
      );
    }
  }
}

micro();
if (!process.argv.includes('--micro-only')) await endToEnd();
