/**
 * The Redis half of an API-key request with the limiter in Redis (bench scenario ib: SQLite, 5,000 keys
 * in turn), per request:
 *
 *   REDIS_URL=redis://127.0.0.1:6379 npx tsx bench/micro/redis-gate.ts
 *
 * - "separate": what a request did before the gate check: the failed-auth gate peeked on the address
 *   (`FallbackRateLimiter.peek`, one EVALSHA on the failed-auth limiter's connection), then the key's hit
 *   (`hit`, one EVALSHA on the per-key limiter's connection);
 * - "combined": `RedisGateCheck.run` — one EVALSHA that peeks the gate and counts the key's hit;
 * - "combined, argv cached per rule list": the same script, the (limit, windowMs) strings built once per
 *   rule list (a WeakMap) instead of per call as `RedisGateCheck` does: measured no better, not kept.
 *
 * Each variant drives 50 requests in flight (as 50 connections do), rotating over 5,000 keys and 200
 * addresses; rounds are interleaved (A B C A B C …), and each line is the median of the rounds. Client
 * CPU is this process's user+system time; server CPU is Redis's `used_cpu_user + used_cpu_sys` (INFO cpu)
 * over the round, so other clients of a shared Redis add noise to it. Keys live under `kw:bench:gate:`
 * and expire within a minute.
 */
import { readFileSync } from 'node:fs';
import { Redis } from 'ioredis';
import { FallbackRateLimiter, keyRateLimitRules, type LimitRule, RedisRateLimiter } from '../../src/ratelimit/index.js';
import { RedisGateCheck } from '../../src/ratelimit/redis-auth-check.js';
import { DECIDE_FUNCTION_LUA, evalScript, type LuaScript, luaScript } from '../../src/ratelimit/redis-limiter.js';

const url = process.env.REDIS_URL;
if (!url) {
  console.error('set REDIS_URL (e.g. redis://127.0.0.1:6379)');
  process.exit(1);
}
const PREFIX = 'kw:bench:gate:';
const IN_FLIGHT = 50;
const CALLS = Number(process.env.CALLS ?? 6000);
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const KEYS = 5000;
const ADDRESSES = 200;

/** The gate-check script as the source has it (it is not exported). */
function gateScript(): LuaScript {
  const src = readFileSync(new URL('../../src/ratelimit/redis-auth-check.ts', import.meta.url), 'utf8');
  const m = /const AUTH_CHECK = luaScript\(`\$\{DECIDE_FUNCTION_LUA\}([\s\S]*?)`\);/.exec(src);
  if (!m) throw new Error('AUTH_CHECK not found in src/ratelimit/redis-auth-check.ts');
  return luaScript(`${DECIDE_FUNCTION_LUA}${m[1]}`);
}

async function redisCpuSeconds(info: Redis): Promise<number> {
  const text = await info.info('cpu');
  const get = (name: string) => Number(new RegExp(`${name}:([0-9.]+)`).exec(text)?.[1] ?? Number.NaN);
  return get('used_cpu_user') + get('used_cpu_sys');
}

async function limiters(kind: string): Promise<{ limiter: FallbackRateLimiter; failedAuth: FallbackRateLimiter }> {
  const make = async (name: string) => {
    // No 90 ms command timeout: on a loaded machine it would send calls to the memory fallback, which
    // costs less and would flatter the variant it happened to. Fallbacks are counted and printed.
    const client = new Redis(url!, { enableOfflineQueue: false, maxRetriesPerRequest: 0 });
    const l = new FallbackRateLimiter({ primary: new RedisRateLimiter({ client, keyPrefix: `${PREFIX}${kind}:${name}:` }) });
    if (!(await l.waitForRedis(3000))) throw new Error('Redis not ready');
    return l;
  };
  return { limiter: await make('rl'), failedAuth: await make('fa') };
}

/** Rules large enough that every call is accepted: the cost measured is the accepted request's. */
const keyRules = keyRateLimitRules({ perMinute: 1_000_000, perSecond: 1_000_000 });
const gateRules: readonly LimitRule[] = [{ name: 'failed_auth', limit: 10, windowMs: 60_000 }];

const argsByRules = new WeakMap<readonly LimitRule[], readonly string[]>();
function cachedArgs(rules: readonly LimitRule[]): readonly string[] {
  let args = argsByRules.get(rules);
  if (args === undefined) {
    args = rules.flatMap((rule) => [String(rule.limit), String(rule.windowMs)]);
    argsByRules.set(rules, args);
  }
  return args;
}

type Request = (i: number) => Promise<unknown>;

async function round(request: Request, info: Redis): Promise<{ clientUs: number; serverUs: number }> {
  let issued = 0;
  const cpu0 = process.cpuUsage();
  const server0 = await redisCpuSeconds(info);
  const worker = async () => {
    while (issued < CALLS) await request(issued++);
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  const cpu = process.cpuUsage(cpu0);
  const server = await redisCpuSeconds(info);
  return { clientUs: (cpu.user + cpu.system) / CALLS, serverUs: ((server - server0) * 1e6) / CALLS };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const info = new Redis(url!);
  const a = await limiters('a');
  const b = await limiters('b');
  const c = await limiters('c');
  const check = new RedisGateCheck(b);
  const script = gateScript();
  const variants: [string, Request][] = [
    [
      'separate: gate peek + key hit (2 EVALSHA)',
      async (i) => {
        const gate = await a.failedAuth.peek(`authfail:${i % ADDRESSES}`, gateRules);
        if (gate.allowed) await a.limiter.hit(`key:${i % KEYS}`, keyRules);
      },
    ],
    [
      'combined: RedisGateCheck.run (1 EVALSHA)',
      (i) => check.run({ gateKey: `authfail:${i % ADDRESSES}`, gateRules, hit: { key: `key:${i % KEYS}`, rules: keyRules } }),
    ],
    [
      'combined, argv cached per rule list',
      (i) => {
        const keys = [`${c.failedAuth.redisKeyPrefix}authfail:${i % ADDRESSES}`, `${c.limiter.redisKeyPrefix}key:${i % KEYS}`];
        return evalScript(c.limiter.redis, script, keys, ['', '0', String(gateRules.length), ...cachedArgs(gateRules), ...cachedArgs(keyRules)]);
      },
    ],
  ];
  const results = variants.map(() => ({ clientUs: [] as number[], serverUs: [] as number[] }));
  for (const [, request] of variants) await round(request, info); // warm-up: scripts loaded, JIT warm
  for (let r = 0; r < ROUNDS; r++) {
    for (const [v, [, request]] of variants.entries()) {
      const { clientUs, serverUs } = await round(request, info);
      results[v]!.clientUs.push(clientUs);
      results[v]!.serverUs.push(serverUs);
    }
  }
  console.log(`${CALLS} requests × ${ROUNDS} interleaved rounds, ${IN_FLIGHT} in flight; medians (min–max)`);
  console.log('client CPU µs/req        Redis CPU µs/req        variant');
  const range = (xs: number[]) => `${median(xs).toFixed(1)} (${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)})`;
  for (const [v, [label]] of variants.entries()) {
    console.log(`${range(results[v]!.clientUs).padEnd(24)} ${range(results[v]!.serverUs).padEnd(23)} ${label}`);
  }
  const fallbacks = [a, b, c].reduce((n, l) => n + l.limiter.metrics().fallbacks + l.failedAuth.metrics().fallbacks, 0);
  console.log(`fallbacks to memory during the run: ${fallbacks}`);
  for (const l of [a, b, c]) await Promise.all([l.limiter.close(), l.failedAuth.close()]);
  await info.quit();
}

await main();
