/**
 * Memory and hot-path cost of the in-memory rate limiter.
 *
 *   node --expose-gc --import tsx bench/limiter-memory.ts
 *
 * Fills 100,000 distinct keys with a few hits each (the default 100/60 s + 10/1 s rules) and prints the
 * heap growth, key strings included; then times the pure decision and a full `hit()` on one busy key.
 */
import { ManualClock } from '../src/clock.js';
import type { LimitRule } from '../src/ratelimit/limiter.js';
import { MemoryRateLimiter } from '../src/ratelimit/memory-limiter.js';
import { decide, TimestampRing } from '../src/ratelimit/sliding-window.js';

const KEYS = 100_000;
const HITS_PER_KEY = 3;
const rules: readonly LimitRule[] = [
  { name: 'minute', limit: 100, windowMs: 60_000 },
  { name: 'second', limit: 10, windowMs: 1_000 },
];

/** The `gc()` that `--expose-gc` installs, or exit with how to run this. */
function requireGc(): () => void {
  const gc: unknown = Reflect.get(globalThis, 'gc');
  if (typeof gc !== 'function') {
    console.error('run with: node --expose-gc --import tsx bench/limiter-memory.ts');
    process.exit(1);
  }
  return () => {
    gc();
  };
}

const collect = requireGc();

/** Heap in use after two full collections, so only live objects count. */
function heapMb(): number {
  collect();
  collect();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

async function memoryFigure(): Promise<void> {
  const clock = new ManualClock();
  const limiter = new MemoryRateLimiter({ clock, sweepIntervalMs: 0 });
  const before = heapMb();
  for (let i = 0; i < KEYS; i++) {
    const key = `key_${i.toString(36).padStart(20, '0')}`;
    for (let h = 0; h < HITS_PER_KEY; h++) await limiter.hit(key, rules);
    clock.advance(0.5);
  }
  const after = heapMb();
  const deltaMb = after - before;
  console.log(
    `memory: ${limiter.size} keys x ${HITS_PER_KEY} hits -> heapUsed +${deltaMb.toFixed(1)} MB ` +
      `(${Math.round((deltaMb * 2 ** 20) / KEYS)} bytes/key, 24-char key strings included)`,
  );
  await limiter.close();
}

function timeDecide(iterations: number): number {
  const ring = new TimestampRing();
  let t = 0;
  let allowed = 0;
  const started = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) {
    t += 700;
    if (decide(ring, t, rules, true).allowed) allowed++;
  }
  const ns = Number(process.hrtime.bigint() - started) / iterations;
  if (allowed !== iterations) throw new Error('a paced client was refused');
  return ns;
}

async function timeHit(iterations: number): Promise<number> {
  const clock = new ManualClock();
  const limiter = new MemoryRateLimiter({ clock, sweepIntervalMs: 0 });
  for (let i = 0; i < 1000; i++) await limiter.hit(`other-${i}`, rules);
  const started = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) {
    clock.advance(700);
    await limiter.hit('busy', rules);
  }
  const ns = Number(process.hrtime.bigint() - started) / iterations;
  await limiter.close();
  return ns;
}

await memoryFigure();
timeDecide(200_000);
console.log(`hot path: decide() ${timeDecide(2_000_000).toFixed(0)} ns/decision (ring full at 100, 2 rules)`);
await timeHit(200_000);
console.log(`hot path: MemoryRateLimiter.hit() ${(await timeHit(1_000_000)).toFixed(0)} ns/call (incl. promise)`);
