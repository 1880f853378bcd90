/**
 * Seeds a PostgreSQL schema of the bench's own for the PostgreSQL scenarios: one workspace, ten
 * users, N API keys and some contacts, like `seed.ts` does for SQLite. Rows are written through the real
 * repositories (so every column is what the app itself writes), in transactions of a few thousand rows;
 * 25,000 keys take a few seconds.
 *
 * The schema is reused by later runs when the manifest beside it (in the bench's data directory) matches
 * and the schema still holds that many keys; the plaintext of the keys the benchmark presents is kept in
 * that manifest, never anywhere else.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { newId } from '../src/ids.js';
import { generateKey, hashKey, keyHint } from '../src/keys/key-format.js';
import { migrateToLatest } from '../src/store/migrate.js';
import { openPostgresStore } from '../src/store/dialects/postgres/index.js';
import type { ApiKeyRecord, Repos } from '../src/store/types.js';
import { BENCH_ALLOWLIST, type SeedOptions, type SeededStore, UNLIMITED } from './seed.js';
import { keyRecord } from '../test/support/records.js';

const SEED_VERSION = 1;
const BATCH_ROWS = 2_000;
const USERS = 10;

/** As for SQLite (`dataDir` holds the manifest and is the servers' DATA_DIR), plus where the schema lives. */
export interface PgSeedOptions extends SeedOptions {
  /** A PostgreSQL URL of the database to use (its default schema is never touched). */
  readonly databaseUrl: string;
  /** The schema the bench owns: dropped and rebuilt when it does not match. */
  readonly schema: string;
}

export interface PgSeededStore extends SeededStore {
  /** DATABASE_URL selecting the bench's schema. */
  readonly databaseUrl: string;
}

interface Manifest extends Omit<SeededStore, 'dataDir' | 'seedSeconds'> {
  version: number;
  schema: string;
  contacts: number;
}

/** The URL with `-c search_path=<schema>` in its libpq options (how Keyward is pointed at a schema). */
export function schemaUrl(databaseUrl: string, schema: string): string {
  const u = new URL(databaseUrl);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
}

async function adminQuery<T extends pg.QueryResultRow>(databaseUrl: string, text: string, values?: unknown[]): Promise<T[]> {
  const c = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 });
  await c.connect();
  try {
    return (await c.query<T>(text, values)).rows;
  } finally {
    await c.end();
  }
}

async function keysIn(databaseUrl: string, schema: string): Promise<number> {
  const rows = await adminQuery<{ n: string }>(
    databaseUrl,
    `select (select count(*) from ${schema}.api_keys) as n where exists (select 1 from pg_tables where schemaname = $1 and tablename = 'api_keys')`,
    [schema],
  );
  return rows.length ? Number(rows[0].n) : -1;
}

export async function seedPostgresStore(options: PgSeedOptions): Promise<PgSeededStore> {
  if (!/^[a-z_][a-z0-9_]*$/.test(options.schema)) throw new Error(`invalid schema name ${options.schema}`);
  const url = schemaUrl(options.databaseUrl, options.schema);
  const manifestFile = join(options.dataDir, 'bench-manifest.json');
  if (!options.fresh && existsSync(manifestFile)) {
    const m = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
    const matches =
      m.version === SEED_VERSION &&
      m.schema === options.schema &&
      m.keyCount === options.keyCount &&
      m.spreadKeys.length === options.spreadKeys &&
      m.contacts === options.contacts;
    if (matches && (await keysIn(options.databaseUrl, options.schema)) === options.keyCount) {
      const store = await openPostgresStore({ connectionString: url, poolSize: 1, statementTimeoutMs: 0 });
      await migrateToLatest(store);
      await store.close();
      options.log(`reusing seeded PostgreSQL schema ${options.schema} (${options.keyCount.toLocaleString('en-US')} keys)`);
      return { ...m, dataDir: options.dataDir, seedSeconds: 0, databaseUrl: url };
    }
  }
  const started = performance.now();
  mkdirSync(options.dataDir, { recursive: true });
  await adminQuery(options.databaseUrl, `drop schema if exists ${options.schema} cascade`);
  const store = await openPostgresStore({ connectionString: url, poolSize: 1, statementTimeoutMs: 0 });
  let manifest: Manifest;
  try {
    await migrateToLatest(store);
    manifest = await bulkInsert((fn) => store.transaction(fn), options);
  } finally {
    await store.close();
  }
  await adminQuery(options.databaseUrl, `analyze ${options.schema}.api_keys; analyze ${options.schema}.contacts`);
  writeFileSync(manifestFile, `${JSON.stringify(manifest)}\n`, { mode: 0o600 });
  const seedSeconds = (performance.now() - started) / 1000;
  options.log(`seeded PostgreSQL schema ${options.schema}: ${options.keyCount.toLocaleString('en-US')} keys in ${seedSeconds.toFixed(1)} s`);
  return { ...manifest, dataDir: options.dataDir, seedSeconds, databaseUrl: url };
}

async function bulkInsert(transaction: <T>(fn: (tx: Repos) => Promise<T>) => Promise<T>, options: PgSeedOptions): Promise<Manifest> {
  const now = Date.now();
  const workspaceId = newId('wks');
  const userIds = Array.from({ length: USERS }, () => newId('usr'));
  const owner = userIds[0];
  let contactId = '';
  await transaction(async (tx) => {
    await tx.workspaces.create({ id: workspaceId, name: 'Bench Co', createdAt: now, maxKeyLifetimeDays: 366, requireKeyExpiry: false });
    for (const [i, id] of userIds.entries()) {
      await tx.users.create({
        id,
        workspaceId,
        email: `bench-${i}-${id}@example.test`,
        name: `Bench User ${i}`,
        role: i === 0 ? 'owner' : 'member',
        disabled: false,
        createdAt: now,
        passwordHash: '!no-login',
      });
    }
  });
  for (let i = 0; i < options.contacts; i += BATCH_ROWS) {
    await transaction(async (tx) => {
      for (let j = i; j < Math.min(options.contacts, i + BATCH_ROWS); j++) {
        const id = newId('con');
        contactId ||= id;
        const at = now - j * 1000;
        await tx.contacts.create({
          id,
          workspaceId,
          name: `Contact ${j}`,
          email: `contact-${j}@example.test`,
          phone: '+1 555 0100',
          company: `Company ${j % 50}`,
          notes: 'Met at the bench conference.',
          tags: ['bench', `t${j % 5}`],
          createdAt: at,
          updatedAt: at,
        });
      }
    });
  }
  const record = (key: string, userId: string, name: string, limit: number | null, i: number, extra: Partial<ApiKeyRecord> = {}): ApiKeyRecord =>
    keyRecord(
      { id: userId, workspaceId },
      { keyHash: hashKey(key), hint: keyHint(key), name, createdAt: now - i, createdBy: owner, rateLimit: { perMinute: limit, perSecond: limit }, ...extra },
    );
  const hotKey = generateKey();
  const overLimitKey = generateKey();
  const allowlistedKey = generateKey();
  const spreadKeys: string[] = [];
  let written = 0;
  while (written < options.keyCount) {
    const end = Math.min(options.keyCount, written + BATCH_ROWS);
    await transaction(async (tx) => {
      if (written === 0) {
        await tx.keys.create(record(hotKey, owner, 'bench hot key', UNLIMITED, 0));
        await tx.keys.create(record(overLimitKey, owner, 'bench over-limit key', null, 1));
        await tx.keys.create(record(allowlistedKey, owner, 'bench allowlisted key', UNLIMITED, 2, { allowedIps: BENCH_ALLOWLIST }));
        written = 3;
      }
      for (; written < end; written++) {
        const key = generateKey();
        if (spreadKeys.length < options.spreadKeys) spreadKeys.push(key);
        await tx.keys.create(record(key, userIds[written % USERS], `key ${written}`, null, written));
      }
    });
    options.log(`  ${written.toLocaleString('en-US')} / ${options.keyCount.toLocaleString('en-US')} keys`);
  }
  return {
    version: SEED_VERSION,
    schema: options.schema,
    keyCount: options.keyCount,
    contacts: options.contacts,
    contactId,
    hotKey,
    overLimitKey,
    allowlistedKey,
    spreadKeys,
  };
}
