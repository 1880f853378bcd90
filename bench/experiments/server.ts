/**
 * The embedded server (`keyward serve`) with hot-path changes applied from the outside, so candidate
 * optimisations can be measured end to end before anyone edits `src/`. BENCH_EXPERIMENT is a comma list:
 *
 *   stmtcache  Kysely runs on a better-sqlite3 handle that prepares each SQL text once
 *              (`statement-cache.ts`) instead of on every query; nothing else changes.
 *   prepared   `store.keys.findByHash` runs one cached statement (same SQL, same mapping), no Kysely.
 *   helmet     `@fastify/helmet` replaced by headers computed once (`static-helmet.ts`).
 *   nocache    KEY_CACHE=false: no verified-key cache (what the cache is worth).
 *   nostack    Error.stackTraceLimit = 0: what capturing stack traces costs a path that throws
 *              (the failed-auth gate throws a KeywardError per refused request).
 *   (empty)    exactly `keyward serve`, for an A/B on equal footing.
 *
 * `stmtcache` and `helmet` went into src/ in commit af33391; from then on they change nothing and only
 * reproduce the measurements on older commits.
 *
 * Every variant also answers GET /bench/shaped (no auth): a static response with the headers and body
 * size of GET /api/me, so (b) can be split into "a bigger response" and "the key work".
 *
 * Started by `bench/ab.ts` (and `bench/profile.ts --script=…`) with the same environment as the CLI.
 */
import { register } from 'node:module';
import { join } from 'node:path';
import { loadConfig } from '../../src/config.js';
import { openBenchStore } from './store.js';
import { preparedKeyLookup } from './prepared-lookup.js';

const FLAGS = ['stmtcache', 'prepared', 'helmet', 'nocache', 'nostack'];

/** What GET /api/me sends for the bench's hot key, byte for byte in size (ids and values are stand-ins). */
const ME_SHAPED = {
  key: { id: 'key_0123456789ABCDEFGHIJ', name: 'bench hot key', hint: 'ak_live_…AbCd', expires_at: null, rate_limit: { per_minute: 1_000_000_000, per_second: 1_000_000_000 } },
  user: { id: 'usr_0123456789ABCDEFGHIJ', email: 'bench-0-usr_0123456789ABCDEFGHIJ@example.test', name: 'Bench User 0', role: 'owner' },
  workspace: { id: 'wks_0123456789ABCDEFGHIJ', name: 'Bench Co' },
  permissions: ['contacts:delete', 'contacts:read', 'contacts:write'],
};
const ME_HEADERS = {
  'ratelimit-policy': '"minute";q=1000000000;w=60, "second";q=1000000000;w=1',
  ratelimit: '"minute";r=999876543;t=60, "second";r=999996543;t=1',
  'x-ratelimit-limit': 1_000_000_000,
  'x-ratelimit-remaining': 999_996_543,
  'x-ratelimit-reset': 1_795_800_000,
};

function addShapedRoute(app: { get: (path: string, opts: object, handler: (req: unknown, reply: { headers(h: object): unknown }) => unknown) => unknown }): void {
  app.get('/bench/shaped', { schema: { hide: true }, config: { auth: 'none' } }, (_req, reply) => {
    reply.headers(ME_HEADERS);
    return ME_SHAPED;
  });
}

async function main(): Promise<void> {
  const flags = new Set((process.env.BENCH_EXPERIMENT ?? '').split(',').filter(Boolean));
  for (const f of flags) if (!FLAGS.includes(f)) throw new Error(`unknown BENCH_EXPERIMENT flag ${f}`);
  /** Before anything imports @fastify/helmet: src is imported dynamically below for this reason. */
  if (flags.has('helmet')) register('./helmet-hook.mjs', import.meta.url);
  if (flags.has('nostack')) Error.stackTraceLimit = 0;
  const config = loadConfig({ ...process.env, ...(flags.has('nocache') ? { KEY_CACHE: 'false' } : {}) });
  const store = await openBenchStore(config.sqliteFile, { statementCache: flags.has('stmtcache') });
  if (flags.has('prepared')) {
    const lookup = preparedKeyLookup(store, config.sqliteFile);
    store.keys.findByHash = async (hash) => lookup.findByHash(hash);
  }
  const { createKeyward } = await import('../../src/keyward.js');
  const kw = await createKeyward(config, { store, webDir: join(import.meta.dirname, '..', '..', 'dist', 'web') });
  addShapedRoute(kw.app);
  await kw.app.listen({ host: config.host, port: config.port });
  const stop = () => void kw.close().then(() => store.close()).then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

await main();
