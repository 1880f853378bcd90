/**
 * The references `npm run bench` measures Keyward against, on the Fastify Keyward itself uses (imported
 * from node_modules, so always the same version), each started as a process of its own by bench/run.ts
 * (`node --import tsx bench/reference-server.ts`, PORT and HOST from the environment):
 *
 *   BENCH_REFERENCE=bare      (R0) one bare route: `GET /` → `{"ok":true}`. No logger, no plugins, no hooks.
 *   BENCH_REFERENCE=keycheck  (R1) the hand-written key check a developer would write on Fastify:
 *                             `GET /api/me` with X-API-Key → sha256 of the key (one-shot `crypto.hash`) →
 *                             a Map of hash → key record → two in-memory token buckets (per minute, per
 *                             second) → a scope check → a small JSON answer.
 *
 * R1 knows BENCH_REFERENCE_KEY (the bench's hot key: the same header as Keyward's (b)) and 999 random keys
 * beside it. SIGTERM closes the server and exits 0, so `node --cpu-prof` writes its profile.
 */
import { hash, randomBytes } from 'node:crypto';
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';

export type ReferenceMode = 'bare' | 'keycheck';

interface KeyRecord {
  readonly id: string;
  readonly workspaceId: string;
  readonly scopes: ReadonlySet<string>;
  readonly perMinute: number;
  readonly perSecond: number;
}

/** A token bucket: `capacity` tokens, refilled continuously at capacity per `windowMs`. */
class TokenBucket {
  private tokens: number;
  private at: number;
  constructor(
    private readonly capacity: number,
    private readonly windowMs: number,
    now: number,
  ) {
    this.tokens = capacity;
    this.at = now;
  }

  take(now: number): boolean {
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.at) * this.capacity) / this.windowMs);
    this.at = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

const sha256 = (key: string) => hash('sha256', key);

function keyTable(hotKey: string): Map<string, KeyRecord> {
  const keys = new Map<string, KeyRecord>();
  const scopes = new Set(['contacts:read', 'contacts:write']);
  keys.set(sha256(hotKey), { id: 'key_hot', workspaceId: 'wks_bench', scopes, perMinute: 1e9, perSecond: 1e9 });
  for (let i = 0; i < 999; i++) {
    const key = `ak_live_${randomBytes(24).toString('base64url')}`;
    keys.set(sha256(key), { id: `key_${i}`, workspaceId: 'wks_bench', scopes, perMinute: 100, perSecond: 10 });
  }
  return keys;
}

/** The key check of R1 as one preHandler-free route handler: what the frameworks' own examples do. */
function keyCheckRoute(hotKey: string) {
  const keys = keyTable(hotKey);
  const buckets = new Map<string, [TokenBucket, TokenBucket]>();
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const presented = req.headers['x-api-key'];
    if (typeof presented !== 'string') return reply.code(401).send({ error: 'missing_key' });
    const record = keys.get(sha256(presented));
    if (!record) return reply.code(401).send({ error: 'invalid_key' });
    const now = Date.now();
    let pair = buckets.get(record.id);
    if (!pair) {
      pair = [new TokenBucket(record.perMinute, 60_000, now), new TokenBucket(record.perSecond, 1000, now)];
      buckets.set(record.id, pair);
    }
    if (!pair[0].take(now) || !pair[1].take(now)) return reply.code(429).send({ error: 'rate_limited' });
    if (!record.scopes.has('contacts:read')) return reply.code(403).send({ error: 'forbidden' });
    return { key: { id: record.id }, workspace: { id: record.workspaceId }, permissions: [...record.scopes] };
  };
}

async function main(): Promise<void> {
  const mode = (process.env.BENCH_REFERENCE ?? 'bare') as ReferenceMode;
  const app = Fastify({ logger: false });
  if (mode === 'bare') app.get('/', async () => ({ ok: true }));
  else if (mode === 'keycheck') app.get('/api/me', keyCheckRoute(process.env.BENCH_REFERENCE_KEY ?? ''));
  else throw new Error(`BENCH_REFERENCE must be bare or keycheck, not ${mode}`);
  await app.listen({ host: process.env.HOST ?? '127.0.0.1', port: Number(process.env.PORT ?? 0) });
  process.once('SIGTERM', () => {
    void app.close().then(() => process.exit(0));
  });
}

await main();
