/**
 * Seeds a SQLite store for the load benchmark: one workspace, a few users, N API keys and some contacts.
 *
 * The schema comes from the real migrations (`openSqliteStore` + `migrateToLatest`); the bulk rows are then
 * written with one prepared better-sqlite3 INSERT inside large transactions, which is what makes a
 * million keys take seconds rather than minutes. Every key is a real one (`generateKey` + `hashKey`), so
 * the unique index on `key_hash` is as random as in production.
 *
 * A seeded store is reused by later runs when its manifest matches (same seed version and sizes): the
 * plaintext of the few keys the benchmark presents is kept in that manifest, never anywhere else.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import SQLite from 'better-sqlite3';
import { fold } from '../src/store/search.js';
import { generateKey, hashKey, keyHint, type RandomSource } from '../src/keys/key-format.js';
import { newId } from '../src/ids.js';
import { migrateToLatest } from '../src/store/migrate.js';
import { openSqliteStore } from '../src/store/dialects/sqlite/index.js';

/** Bump when the seeded content changes, so stale stores are rebuilt. */
const SEED_VERSION = 5;
/** The allowlist of the (bu) key: 10 CIDRs, the last of which holds the load generator (127.0.0.1). */
export const BENCH_ALLOWLIST = [
  '10.0.0.0/8',
  '172.16.0.0/12',
  '192.168.0.0/16',
  '100.64.0.0/10',
  '198.18.0.0/15',
  '203.0.113.0/24',
  '2001:db8::/32',
  'fd00::/8',
  '::1/128',
  '127.0.0.0/8',
];
/** Per-key limit that lets the limiter run on every request without ever refusing one. */
export const UNLIMITED = 1_000_000_000;
const BATCH_ROWS = 50_000;

export interface SeedOptions {
  /** Directory that receives `keyward.db` (the server's DATA_DIR). */
  readonly dataDir: string;
  /** Total API keys in the store, the benchmark's own keys included. */
  readonly keyCount: number;
  /** Keys with the default limits whose plaintext is kept, for the many-keys scenarios. */
  readonly spreadKeys: number;
  readonly contacts: number;
  /** Rebuild even when a matching store exists. */
  readonly fresh?: boolean;
  readonly log: (line: string) => void;
}

/** What the benchmark needs to know about a seeded store. */
export interface SeededStore {
  readonly dataDir: string;
  readonly keyCount: number;
  /** Owner's key, unrestricted, with per-key limits of {@link UNLIMITED}: the limiter runs but never refuses. */
  readonly hotKey: string;
  /** Owner's key with the deployment's default limits: driven far over them for the 429 path. */
  readonly overLimitKey: string;
  /** Unlimited, with an IP allowlist of 10 CIDRs that admits 127.0.0.1 (scenario bu: usage counting and the allowlist check on the hot path). */
  readonly allowlistedKey: string;
  /** Keys with default limits, presented round-robin so that none of them reaches its limit. */
  readonly spreadKeys: readonly string[];
  readonly contactId: string;
  /** Seconds the seed took (0 when an existing store was reused). */
  readonly seedSeconds: number;
}

interface Manifest extends Omit<SeededStore, 'dataDir' | 'seedSeconds'> {
  version: number;
  contacts: number;
}

/** Random bytes drawn from a large pool: one `randomBytes` call per 64 KiB instead of one per key. */
function pooledRandom(): RandomSource {
  let pool = randomBytes(65_536);
  let at = 0;
  return (n) => {
    if (at + n > pool.length) {
      pool = randomBytes(Math.max(65_536, n));
      at = 0;
    }
    at += n;
    return pool.subarray(at - n, at);
  };
}

/** Returns a matching seeded store, building it if needed. */
export async function seedStore(options: SeedOptions): Promise<SeededStore> {
  const manifestFile = join(options.dataDir, 'bench-manifest.json');
  const dbFile = join(options.dataDir, 'keyward.db');
  if (!options.fresh && existsSync(manifestFile) && existsSync(dbFile)) {
    const m = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
    const matches =
      m.version === SEED_VERSION && m.keyCount === options.keyCount && m.spreadKeys.length === options.spreadKeys && m.contacts === options.contacts;
    if (matches) {
      const store = openSqliteStore({ file: dbFile });
      await migrateToLatest(store);
      await store.close();
      options.log(`reusing seeded store ${options.dataDir} (${options.keyCount.toLocaleString('en-US')} keys)`);
      return { ...m, dataDir: options.dataDir, seedSeconds: 0 };
    }
  }
  const started = performance.now();
  rmSync(options.dataDir, { recursive: true, force: true });
  mkdirSync(options.dataDir, { recursive: true });
  const store = openSqliteStore({ file: dbFile });
  await migrateToLatest(store);
  await store.close();
  const manifest = bulkInsert(dbFile, options);
  writeFileSync(manifestFile, `${JSON.stringify(manifest)}\n`, { mode: 0o600 });
  const seedSeconds = (performance.now() - started) / 1000;
  options.log(`seeded ${options.keyCount.toLocaleString('en-US')} keys in ${seedSeconds.toFixed(1)} s`);
  return { ...manifest, dataDir: options.dataDir, seedSeconds };
}

const USERS = 10;

/** Writes the workspace, users, keys and contacts with prepared statements in big transactions. */
function bulkInsert(file: string, options: SeedOptions): Manifest {
  const db = new SQLite(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -262144');
  const now = Date.now();
  const workspaceId = newId('wks');
  const userIds = Array.from({ length: USERS }, () => newId('usr'));
  db.prepare('INSERT INTO workspaces (id, name, created_at, max_key_lifetime_days, require_key_expiry) VALUES (?, ?, ?, 366, 0)').run(
    workspaceId,
    'Bench Co',
    now,
  );
  const addUser = db.prepare('INSERT INTO users (id, workspace_id, email, name, role, password_hash, disabled, created_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?)');
  userIds.forEach((id, i) => addUser.run(id, workspaceId, `bench-${i}-${id}@example.test`, `Bench User ${i}`, i === 0 ? 'owner' : 'member', '!no-login', now));

  const contactId = insertContacts(db, workspaceId, options.contacts, now);
  const keys = insertKeys(db, { workspaceId, userIds, now }, options);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return { version: SEED_VERSION, keyCount: options.keyCount, contacts: options.contacts, contactId, ...keys };
}

function insertContacts(db: SQLite.Database, workspaceId: string, count: number, now: number): string {
  const add = db.prepare(
    'INSERT INTO contacts (id, workspace_id, name, email, phone, company, notes, tags, created_at, updated_at, search_name, search_email, search_company) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  let firstId = '';
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const id = newId('con');
      firstId ||= id;
      const at = now - i * 1000;
      const [name, email, company] = [`Contact ${i}`, `contact-${i}@example.test`, `Company ${i % 50}`];
      // The search copies as the store writes them (src/store/search.ts); a trigger fills the FTS5 table.
      add.run(
        id,
        workspaceId,
        name,
        email,
        '+1 555 0100',
        company,
        'Met at the bench conference.',
        JSON.stringify(['bench', `t${i % 5}`]),
        at,
        at,
        fold(name),
        fold(email),
        fold(company),
      );
    }
  })();
  return firstId;
}

interface KeyContext {
  workspaceId: string;
  userIds: string[];
  now: number;
}

function insertKeys(db: SQLite.Database, ctx: KeyContext, options: SeedOptions): Pick<Manifest, 'hotKey' | 'overLimitKey' | 'allowlistedKey' | 'spreadKeys'> {
  const add = db.prepare(
    `INSERT INTO api_keys (id, workspace_id, user_id, key_hash, hint, name, created_at, created_by, rate_limit_per_minute, rate_limit_per_second)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const random = pooledRandom();
  const owner = ctx.userIds[0];
  const insert = (key: string, userId: string, name: string, limit: number | null, i: number) =>
    add.run(newId('key'), ctx.workspaceId, userId, hashKey(key), keyHint(key), name, ctx.now - i, owner, limit, limit);
  const hotKey = generateKey({ random });
  const overLimitKey = generateKey({ random });
  insert(hotKey, owner, 'bench hot key', UNLIMITED, 0);
  insert(overLimitKey, owner, 'bench over-limit key', null, 1);
  const allowlistedKey = generateKey({ random });
  insert(allowlistedKey, owner, 'bench allowlisted key', UNLIMITED, 2);
  db.prepare('UPDATE api_keys SET allowed_ips = ? WHERE key_hash = ?').run(JSON.stringify(BENCH_ALLOWLIST), hashKey(allowlistedKey));
  const spreadKeys: string[] = [];
  let written = 3;
  const started = performance.now();
  while (written < options.keyCount) {
    const end = Math.min(options.keyCount, written + BATCH_ROWS);
    db.transaction(() => {
      for (; written < end; written++) {
        const key = generateKey({ random });
        if (spreadKeys.length < options.spreadKeys) spreadKeys.push(key);
        insert(key, ctx.userIds[written % ctx.userIds.length], `key ${written}`, null, written);
      }
    })();
    if (options.keyCount >= 200_000) {
      const rate = written / ((performance.now() - started) / 1000);
      options.log(`  ${written.toLocaleString('en-US')} / ${options.keyCount.toLocaleString('en-US')} keys (${Math.round(rate).toLocaleString('en-US')}/s)`);
    }
  }
  return { hotKey, overLimitKey, allowlistedKey, spreadKeys };
}

/** The protected API the forward-auth scenarios (fw, nf) ask about: `GET /v1/orders/*` needs contacts:read, which the hot key holds. */
export const BENCH_PROTECTED_API = { pathPrefix: '/v1/', rules: [{ method: 'GET' as const, path: '/v1/orders/*', permission: 'contacts:read' }] };

/** Adds {@link BENCH_PROTECTED_API} to a seeded SQLite store's workspace unless it has one (idempotent: stores are reused across runs). */
export async function ensureBenchProtectedApi(dataDir: string): Promise<void> {
  const store = openSqliteStore({ file: join(dataDir, 'keyward.db') });
  try {
    const db = new SQLite(join(dataDir, 'keyward.db'), { readonly: true });
    const { id: workspaceId } = db.prepare('SELECT id FROM workspaces ORDER BY created_at LIMIT 1').get() as { id: string };
    db.close();
    if ((await store.protectedApis.count(workspaceId)) > 0) return;
    const now = Date.now();
    await store.protectedApis.create({
      id: newId('api'),
      workspaceId,
      name: 'Bench orders',
      hosts: [],
      ...BENCH_PROTECTED_API,
      createdAt: now,
      updatedAt: now,
    });
  } finally {
    await store.close();
  }
}
