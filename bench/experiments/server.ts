/**
 * The embedded server (`keyward serve`) with hot-path changes applied from the outside, so candidate
 * optimisations can be measured end to end before anyone edits `src/`. BENCH_EXPERIMENT is a comma list:
 *
 *   nocache    KEY_CACHE=false: no verified-key cache (what the cache is worth).
 *   nostack    Error.stackTraceLimit = 0: what capturing stack traces costs a path that throws.
 *   (empty)    exactly `keyward serve`, for an A/B on equal footing.
 *
 * Candidates that went into src/ were removed from here (the statement cache, the prepared key lookup,
 * helmet's headers computed once): to measure them again, compare commits with `bench/ab.ts`'s `tree:`
 * variants, e.g. a worktree of 9e628ef against one of af33391.
 *
 * Every variant also answers GET /bench/shaped (no auth): a static response with the headers and body
 * size of GET /api/me, so (b) can be split into "a bigger response" and "the key work".
 *
 * Started by `bench/ab.ts` (and `bench/profile.ts --script=…`) with the same environment as the CLI.
 */
import { join } from 'node:path';
import { loadConfig } from '../../src/config.js';
import { createKeyward } from '../../src/keyward.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { openSqliteStore } from '../../src/store/dialects/sqlite/index.js';

const FLAGS = ['nocache', 'nostack'];

/** What GET /api/me sends for the bench's hot key, byte for byte in size (ids and values are stand-ins). */
const ME_SHAPED = {
  key: {
    id: 'key_0123456789ABCDEFGHIJ',
    name: 'bench hot key',
    hint: 'ak_live_…AbCd',
    expires_at: null,
    rate_limit: { per_minute: 1_000_000_000, per_second: 1_000_000_000 },
  },
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

function addShapedRoute(app: {
  get: (path: string, opts: object, handler: (req: unknown, reply: { headers(h: object): unknown }) => unknown) => unknown;
}): void {
  app.get('/bench/shaped', { schema: { hide: true }, config: { auth: 'none' } }, (_req, reply) => {
    reply.headers(ME_HEADERS);
    return ME_SHAPED;
  });
}

async function main(): Promise<void> {
  const flags = new Set((process.env.BENCH_EXPERIMENT ?? '').split(',').filter(Boolean));
  for (const f of flags) if (!FLAGS.includes(f)) throw new Error(`unknown BENCH_EXPERIMENT flag ${f}`);
  if (flags.has('nostack')) Error.stackTraceLimit = 0;
  const config = loadConfig({ ...process.env, ...(flags.has('nocache') ? { KEY_CACHE: 'false' } : {}) });
  const store = openSqliteStore({ file: config.sqliteFile });
  await migrateToLatest(store);
  const kw = await createKeyward(config, { store, webDir: join(import.meta.dirname, '..', '..', 'dist', 'web') });
  addShapedRoute(kw.app);
  await kw.app.listen({ host: config.host, port: config.port });
  const stop = () =>
    void kw
      .close()
      .then(() => store.close())
      .then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

await main();
