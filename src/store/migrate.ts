import { type Kysely, type Migration, type MigrationProvider, Migrator, PostgresAdapter, sql } from 'kysely';
import * as initial from './migrations/001-initial.js';
import * as contactSearch from './migrations/002-contact-search.js';
import * as notifications from './migrations/003-notifications.js';
import * as keyUsage from './migrations/004-key-usage.js';
import * as emailPerWorkspace from './migrations/005-email-per-workspace.js';
import * as authVersion from './migrations/006-auth-version.js';
import * as idempotency from './migrations/007-idempotency.js';
import * as accounts from './migrations/008-accounts.js';
import * as accountMail from './migrations/009-account-mail.js';

/** Migrations are bundled as modules (not read from disk) so they work the same from any working directory. */
const migrations: Record<string, Migration> = {
  '001-initial': initial,
  '002-contact-search': contactSearch,
  '003-notifications': notifications,
  '004-key-usage': keyUsage,
  '005-email-per-workspace': emailPerWorkspace,
  '006-auth-version': authVersion,
  '007-idempotency': idempotency,
  '008-accounts': accounts,
  '009-account-mail': accountMail,
};

export const MIGRATION_NAMES: readonly string[] = Object.keys(migrations).sort();

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** The database cannot be migrated as asked; the message is the whole story (the CLI prints it alone, exit 1). */
export class MigrationError extends Error {}

/** A database migrated by a newer Keyward than this one: refused before anything is touched. */
export class NewerDatabaseError extends MigrationError {
  constructor(readonly unknown: readonly string[]) {
    super(
      `this database was migrated by a newer Keyward (migration ${unknown.join(', ')}); run that version or restore the pre-upgrade copy (docs/deploy.md, "Upgrades")`,
    );
  }
}

/** Refuses a database that has run migrations this code does not know (a downgrade). */
function refuseNewer(executed: readonly string[]): void {
  const unknown = executed.filter((name) => !(name in migrations)).sort();
  if (unknown.length) throw new NewerDatabaseError(unknown);
}

/** The SQLite-only hooks of a migration run. */
export interface SqliteMigrateOptions {
  /**
   * Called once, before the first migration, when the database already holds data (some migration was
   * applied before) and some are pending: takes the pre-upgrade copy. When it throws, nothing is migrated.
   */
  beforeMigrating?: (lastApplied: string) => Promise<void>;
  /** How long a run waits for another one holding the database (ms). */
  lockWaitMs?: number;
}

/**
 * The PostgreSQL schema the migration tables belong in: the connection's current schema (the first of its
 * search_path). Named explicitly because Kysely, given no schema, looks for `kysely_migration` in *every*
 * schema of the database: a second Keyward schema in the same database would then find the first one's
 * table, skip creating its own and fail with `relation "kysely_migration_lock" does not exist`.
 */
async function migrationTableSchema(db: Kysely<any>): Promise<string> {
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema;
  if (!schema) throw new Error('PostgreSQL has no current schema: the search_path names no existing schema');
  return schema;
}

/**
 * Brings the schema up to date; returns the migrations applied, in order.
 *
 * PostgreSQL: Kysely's migrator, which takes a transaction-scoped advisory lock and runs every pending
 * migration in one transaction (DDL is transactional there), so several instances starting at once on one
 * database migrate exactly once, and an interrupted run leaves nothing behind.
 *
 * SQLite: `migrateSqlite` (Kysely's SQLite adapter declares no transactional DDL and takes no lock).
 */
export async function migrateToLatest(db: Kysely<any>, options: SqliteMigrateOptions = {}): Promise<string[]> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return migrateSqlite(db, options);
  const schema = await migrationTableSchema(db);
  const exists = await sql<{ n: number }>`select count(*)::int as n from information_schema.tables where table_schema = ${schema} and table_name = 'kysely_migration'`.execute(db);
  if (exists.rows[0]?.n) refuseNewer((await sql<{ name: string }>`select name from ${sql.table(`${schema}.kysely_migration`)}`.execute(db)).rows.map((r) => r.name));
  const migrator = new Migrator({ db, provider, allowUnorderedMigrations: true, migrationTableSchema: schema });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Where a database stands, read without changing anything (`keyward doctor`). */
export interface MigrationStatus {
  applied: string[];
  /** Known to this version and not applied yet: the next start (or `keyward migrate`) applies them. */
  pending: string[];
  /** Applied by a newer Keyward: this version refuses the database. */
  unknown: string[];
}

/** Reads the migration history of the connection's schema (PostgreSQL) or the file (SQLite); creates nothing. */
export async function migrationStatus(db: Kysely<any>): Promise<MigrationStatus> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const schema = postgres ? await migrationTableSchema(db) : undefined;
  const found = schema
    ? await sql<{ n: number }>`select count(*)::int as n from information_schema.tables where table_schema = ${schema} and table_name = 'kysely_migration'`.execute(db)
    : await sql<{ n: number }>`select count(*) as n from sqlite_master where type = 'table' and name = 'kysely_migration'`.execute(db);
  const table = schema ? sql.table(`${schema}.kysely_migration`) : sql.table('kysely_migration');
  const names = Number(found.rows[0]?.n) ? (await sql<{ name: string }>`select name from ${table}`.execute(db)).rows.map((r) => r.name) : [];
  return {
    applied: names.filter((n) => n in migrations).sort(),
    pending: MIGRATION_NAMES.filter((n) => !names.includes(n)),
    unknown: names.filter((n) => !(n in migrations)).sort(),
  };
}

/** Ten minutes: a migration of a large database holds the write lock for as long as it runs. */
export const MIGRATION_LOCK_WAIT_MS = 600_000;

/**
 * SQLite: each migration in a transaction of its own, begun with `BEGIN IMMEDIATE` — which is also the
 * lock: a second run (another `keyward migrate`, a server starting) waits for the write lock, then finds
 * the migration done. SQLite's DDL is transactional, so a run killed or stopped by a full disk at any
 * point leaves every migration either wholly applied and recorded or not at all, and the next run goes on
 * from there. Foreign keys are off on this connection while migrations run (`PRAGMA foreign_keys` does
 * nothing inside a transaction, and a table rebuild — 005 — needs them off, as SQLite's ALTER TABLE guide
 * says); `PRAGMA foreign_key_check` must find nothing before each commit. The tables are Kysely's
 * (`kysely_migration`, `kysely_migration_lock`), so earlier versions read the same history.
 */
async function migrateSqlite(db: Kysely<any>, options: SqliteMigrateOptions): Promise<string[]> {
  return db.connection().execute(async (conn) => {
    const pragma = async (text: string) => (await sql.raw<Record<string, unknown>>(`pragma ${text}`).execute(conn)).rows;
    const busyBefore = Number(Object.values((await pragma('busy_timeout'))[0] ?? {})[0] ?? 0);
    const fkBefore = Number(Object.values((await pragma('foreign_keys'))[0] ?? {})[0] ?? 0);
    await pragma(`busy_timeout = ${Math.max(0, Math.floor(options.lockWaitMs ?? MIGRATION_LOCK_WAIT_MS))}`);
    try {
      await sql`create table if not exists kysely_migration (name varchar(255) not null primary key, timestamp varchar(255) not null)`.execute(conn);
      await sql`create table if not exists kysely_migration_lock (id varchar(255) not null primary key, is_locked integer default 0 not null)`.execute(conn);
      await sql`insert or ignore into kysely_migration_lock (id, is_locked) values ('migration_lock', 0)`.execute(conn);
      const executed = async () => (await sql<{ name: string }>`select name from kysely_migration`.execute(conn)).rows.map((r) => r.name);
      const before = await executed();
      refuseNewer(before);
      const pending = MIGRATION_NAMES.filter((n) => !before.includes(n));
      if (pending.length === 0) return [];
      if (before.length > 0 && options.beforeMigrating) await options.beforeMigrating([...before].sort().at(-1)!);

      await pragma('foreign_keys = off');
      const applied: string[] = [];
      for (;;) {
        await sql`begin immediate`.execute(conn);
        try {
          const done = await executed();
          refuseNewer(done);
          const next = MIGRATION_NAMES.find((n) => !done.includes(n));
          if (next === undefined) {
            await sql`commit`.execute(conn);
            return applied;
          }
          await migrations[next].up(conn);
          await sql`insert into kysely_migration (name, timestamp) values (${next}, ${new Date().toISOString()})`.execute(conn);
          const broken = await pragma('foreign_key_check');
          if (broken.length) throw new MigrationError(`migration ${next} would leave ${broken.length} rows breaking foreign keys (first: ${JSON.stringify(broken[0])}); nothing of it was applied`);
          await sql`commit`.execute(conn);
          applied.push(next);
        } catch (err) {
          // A failed COMMIT (a full disk) may already have ended the transaction: nothing to roll back then.
          await sql`rollback`.execute(conn).catch(() => {});
          throw err;
        }
      }
    } finally {
      await pragma(`foreign_keys = ${fkBefore ? 'on' : 'off'}`).catch(() => {});
      await pragma(`busy_timeout = ${busyBefore}`).catch(() => {});
    }
  });
}
