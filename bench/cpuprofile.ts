/**
 * Reads a V8 `.cpuprofile` (as written by `node --cpu-prof`) and attributes time: self time per function
 * and per module ("where the CPU actually was"), and inclusive time per function ("what it cost including
 * everything it called"), recursion counted once.
 */
import { readFileSync } from 'node:fs';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  hitCount?: number;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface Attribution {
  /** Wall time the profile covers, ms. */
  readonly totalMs: number;
  /** Time not idle (samples outside `(idle)`), ms. */
  readonly busyMs: number;
  readonly selfByFunction: ReadonlyMap<string, number>;
  readonly selfByModule: ReadonlyMap<string, number>;
  readonly inclusiveByFunction: ReadonlyMap<string, number>;
  /** Self time by what it buys (logger, routing, headers …: {@link categoryOf}). */
  readonly selfByCategory: ReadonlyMap<string, number>;
}

/** What a piece of code is for, by where it lives (first match wins); a frame without a URL takes its caller's. */
const CATEGORIES: readonly (readonly [RegExp, string])[] = [
  [
    /\/node_modules\/(pino|pino-std-serializers|pino-abstract-transport|sonic-boom|@pinojs\/redact|fast-redact|thread-stream|quick-format-unescaped|safe-stable-stringify|on-exit-leak-free)\/|\/src\/logger\.ts/,
    'logger (pino)',
  ],
  [/\/node_modules\/(@fastify\/cookie|cookie|cookie-signature)\//, 'cookie'],
  [/\/node_modules\/(@fastify\/helmet|helmet)\/|\/src\/http\/security-headers\.ts/, 'security headers (helmet)'],
  [/\/node_modules\/@fastify\/cors\//, 'CORS'],
  [/\/node_modules\/(fast-json-stringify|@fastify\/fast-json-stringify-compiler)\/|\/src\/http\/(serializer|present)\.ts/, 'serializer'],
  [/\/node_modules\/find-my-way\/|\/node_modules\/fastify\/lib\/route\.js/, 'fastify routing (find-my-way, route)'],
  [/\/node_modules\/fastify\/lib\/hooks\.js/, 'fastify hooks'],
  [/\/node_modules\/(fastify|avvio|fastq|toad-cache|rfdc|fast-querystring|secure-json-parse|abstract-logging|@fastify\/[^/]+)\//, 'fastify request, reply'],
  [/\/src\/ratelimit\/|\/src\/http\/rate-limit-headers\.ts/, 'limiter'],
  [/\/src\/(keys\/|protect\/|principal\.ts|domain\.ts|http\/auth-hook\.ts|http\/key-refusal\.ts)/, 'auth (key check, authorize)'],
  [/\/src\/store\/|\/node_modules\/(better-sqlite3|kysely|pg|pg-[^/]+|ioredis|@ioredis\/[^/]+|redis-parser)\//, 'storage and Redis clients'],
  [/\/src\/http\/routes\//, 'route handlers'],
  [/\/src\//, 'Keyward, other (src/)'],
  [/\/bench\//, 'route handlers'],
  [/^node:_http_/, 'node http (parser, request, response headers)'],
  [/^node:events$/, 'node events (listeners per request)'],
  [/^node:/, 'node net, streams, timers, ticks'],
];

/**
 * The category a frame's self time is charged to. Node's own code called by the logger (a write to
 * stdout) is the logger's; a frame with no URL (a V8 builtin such as JSON.stringify, a native binding)
 * is its caller's; V8's own `(garbage collector)` and `(program)` stand alone.
 */
export function categoryOf(frame: CallFrame, caller: string | undefined): string {
  const { url, functionName } = frame;
  if (!url) return functionName === '(garbage collector)' ? 'GC' : functionName.startsWith('(') ? `V8 ${functionName}` : (caller ?? '(native)');
  const hit = CATEGORIES.find(([re]) => re.test(url));
  const category = hit ? hit[1] : 'other modules';
  return url.startsWith('node:') && caller === 'logger (pino)' ? caller : category;
}

/** `fastify`, `kysely`, `src/http/auth-hook.ts`, `node:internal`, `(garbage collector)` … */
export function moduleOf(frame: CallFrame): string {
  const { url, functionName } = frame;
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const nm = url.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 14).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (url.startsWith('node:')) return url.startsWith('node:internal') ? 'node:internal' : url;
  const src = url.indexOf('/src/');
  if (src >= 0) return url.slice(src + 1);
  return url.replace(/^file:\/\//, '');
}

const fnKey = (f: CallFrame) => `${f.functionName || '(anonymous)'} ${moduleOf(f)}:${f.lineNumber + 1}`;

/**
 * Sample time per node id, ms (each sample is charged the delta that follows it), counting only samples
 * taken in the last `lastMs` of the profile (start-up and module loading left out).
 */
function selfTimes(p: CpuProfile, lastMs: number, tailMs: number): Map<number, number> {
  const self = new Map<number, number>();
  const to = p.endTime - tailMs * 1000;
  const from = to - lastMs * 1000;
  let t = p.startTime;
  for (let i = 0; i < p.samples.length; i++) {
    t += p.timeDeltas[i];
    if (t < from || t > to) continue;
    const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
    self.set(p.samples[i], (self.get(p.samples[i]) ?? 0) + dt);
  }
  return self;
}

/**
 * Attribution of `lastMs` of a profile (default: all of it) ending `tailMs` before the profile does (the
 * server's shutdown — e.g. its last-used flush — is not part of the load it measures).
 */
export function attribute(file: string, lastMs = Number.POSITIVE_INFINITY, tailMs = 0): Attribution {
  const p = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = selfTimes(p, lastMs, tailMs);
  const selfByFunction = new Map<string, number>();
  const selfByModule = new Map<string, number>();
  const inclusiveByFunction = new Map<string, number>();
  const selfByCategory = new Map<string, number>();
  let idle = 0;
  const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
  /** Depth-first: returns the node's inclusive time; `open` holds the function keys on the stack. */
  const walk = (id: number, open: Map<string, number>, caller: string | undefined): number => {
    const node = byId.get(id)!;
    const key = fnKey(node.callFrame);
    const own = self.get(id) ?? 0;
    const isIdle = node.callFrame.functionName === '(idle)';
    const category = node.callFrame.functionName === '(root)' ? undefined : categoryOf(node.callFrame, caller);
    if (isIdle) idle += own;
    else if (category !== undefined) add(selfByCategory, category, own);
    add(selfByFunction, key, own);
    add(selfByModule, moduleOf(node.callFrame), own);
    open.set(key, (open.get(key) ?? 0) + 1);
    let total = own;
    for (const c of node.children ?? []) total += walk(c, open, category);
    open.set(key, open.get(key)! - 1);
    if (open.get(key) === 0) add(inclusiveByFunction, key, total);
    return total;
  };
  const root = p.nodes[0].id;
  const totalMs = walk(root, new Map(), undefined);
  return { totalMs, busyMs: totalMs - idle, selfByFunction, selfByModule, inclusiveByFunction, selfByCategory };
}

/** The `n` largest entries as aligned text lines, with their share of busy time. */
export function top(m: ReadonlyMap<string, number>, busyMs: number, n: number, filter: (k: string) => boolean = () => true): string[] {
  return [...m]
    .filter(([k]) => filter(k) && k !== '(idle)' && !k.startsWith('(idle)') && !k.startsWith('(root)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${((v / busyMs) * 100).toFixed(1).padStart(5)} %  ${v.toFixed(0).padStart(6)} ms  ${k}`);
}

/** One profiled scenario, as {@link breakdownTable} reads it. */
export interface ProfiledRun {
  /** Column heading, e.g. "S1 GET /healthz". */
  readonly label: string;
  readonly attribution: Attribution;
  readonly requests: number;
  readonly rps: number;
}

/**
 * Server CPU per request by what it buys, µs, one column per run (the last column: the last run minus the
 * one before it, e.g. /api/me − /healthz), rows by the largest of the last run first.
 */
export function breakdownTable(runs: readonly ProfiledRun[]): string {
  const perRequest = (r: ProfiledRun, category: string) => ((r.attribution.selfByCategory.get(category) ?? 0) * 1000) / r.requests;
  const last = runs[runs.length - 1];
  const before = runs.length > 1 ? runs[runs.length - 2] : undefined;
  const categories = [...new Set(runs.flatMap((r) => [...r.attribution.selfByCategory.keys()]))].sort((x, y) => perRequest(last, y) - perRequest(last, x));
  const us = (x: number) => x.toFixed(1);
  const diff = (f: (r: ProfiledRun) => number) => (before ? [(f(last) - f(before) >= 0 ? '+' : '') + us(f(last) - f(before))] : []);
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const busy = (r: ProfiledRun) => (r.attribution.busyMs * 1000) / r.requests;
  return [
    line(['server CPU µs per request', ...runs.map((r) => r.label), ...(before ? [`${last.label} − ${before.label}`] : [])]),
    `|---|${'---:|'.repeat(runs.length + (before ? 1 : 0))}`,
    ...categories.map((c) => line([c, ...runs.map((r) => us(perRequest(r, c))), ...diff((r) => perRequest(r, c))])),
    line(['**total (busy)**', ...runs.map((r) => `**${us(busy(r))}**`), ...diff(busy)]),
    line(['req/s under the profiler', ...runs.map((r) => Math.round(r.rps).toLocaleString('en-US')), ...(before ? [''] : [])]),
  ].join('\n');
}
