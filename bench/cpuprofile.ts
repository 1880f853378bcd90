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
  let idle = 0;
  const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
  /** Depth-first: returns the node's inclusive time; `open` holds the function keys on the stack. */
  const walk = (id: number, open: Map<string, number>): number => {
    const node = byId.get(id)!;
    const key = fnKey(node.callFrame);
    const own = self.get(id) ?? 0;
    if (node.callFrame.functionName === '(idle)') idle += own;
    add(selfByFunction, key, own);
    add(selfByModule, moduleOf(node.callFrame), own);
    open.set(key, (open.get(key) ?? 0) + 1);
    let total = own;
    for (const c of node.children ?? []) total += walk(c, open);
    open.set(key, open.get(key)! - 1);
    if (open.get(key) === 0) add(inclusiveByFunction, key, total);
    return total;
  };
  const root = p.nodes[0].id;
  const totalMs = walk(root, new Map());
  return { totalMs, busyMs: totalMs - idle, selfByFunction, selfByModule, inclusiveByFunction };
}

/** The `n` largest entries as aligned text lines, with their share of busy time. */
export function top(m: ReadonlyMap<string, number>, busyMs: number, n: number, filter: (k: string) => boolean = () => true): string[] {
  return [...m]
    .filter(([k]) => filter(k) && k !== '(idle)' && !k.startsWith('(idle)') && !k.startsWith('(root)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${((v / busyMs) * 100).toFixed(1).padStart(5)} %  ${v.toFixed(0).padStart(6)} ms  ${k}`);
}
