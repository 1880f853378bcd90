import type { Kysely, Migration } from 'kysely';
import type { DialectName, StoreDialect } from './dialects/dialect.js';
import type { Database } from './schema.js';
import * as initial from './migrations/001-initial.js';
import * as contactSearch from './migrations/002-contact-search.js';
import * as notifications from './migrations/003-notifications.js';
import * as keyUsage from './migrations/004-key-usage.js';
import * as emailPerWorkspace from './migrations/005-email-per-workspace.js';
import * as authVersion from './migrations/006-auth-version.js';
import * as idempotency from './migrations/007-idempotency.js';
import * as accounts from './migrations/008-accounts.js';
import * as accountMail from './migrations/009-account-mail.js';
import * as customPermissions from './migrations/010-custom-permissions.js';
import * as serviceAccounts from './migrations/011-service-accounts.js';
import * as protectedApis from './migrations/012-protected-apis.js';
import * as resourceVersions from './migrations/013-resource-versions.js';

/** A migration; those whose SQL differs between the dialects are told which one they run on. */
interface KeywardMigration {
  up(db: Kysely<any>, dialect: DialectName): Promise<void>;
}

/** Migrations are bundled as modules (not read from disk) so they work the same from any working directory. */
const MIGRATIONS: Record<string, KeywardMigration> = {
  '001-initial': initial,
  '002-contact-search': contactSearch,
  '003-notifications': notifications,
  '004-key-usage': keyUsage,
  '005-email-per-workspace': emailPerWorkspace,
  '006-auth-version': authVersion,
  '007-idempotency': idempotency,
  '008-accounts': accounts,
  '009-account-mail': accountMail,
  '010-custom-permissions': customPermissions,
  '011-service-accounts': serviceAccounts,
  '012-protected-apis': protectedApis,
  '013-resource-versions': resourceVersions,
};

export const MIGRATION_NAMES: readonly string[] = Object.keys(MIGRATIONS).sort();

/** The migrations as Kysely runs them, for one dialect. */
export function migrationsFor(dialect: DialectName): Record<string, Migration> {
  return Object.fromEntries(Object.entries(MIGRATIONS).map(([name, m]) => [name, { up: (db: Kysely<any>) => m.up(db, dialect) }]));
}

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
export function refuseNewer(executed: readonly string[]): void {
  const unknown = executed.filter((name) => !(name in MIGRATIONS)).sort();
  if (unknown.length) throw new NewerDatabaseError(unknown);
}

/** What a migration run may be asked besides bringing the schema up to date (SQLite only, see its runner). */
export interface MigrateOptions {
  /**
   * Called once, before the first migration, when the database already holds data (some migration was
   * applied before) and some are pending: takes the pre-upgrade copy. When it throws, nothing is migrated.
   */
  beforeMigrating?: (lastApplied: string) => Promise<void>;
  /** How long a run waits for another one holding the database (ms). */
  lockWaitMs?: number;
}

/** A store to migrate: its Kysely and its dialect. */
export interface Migratable {
  readonly db: Kysely<Database>;
  readonly adapter: StoreDialect;
}

/**
 * Brings the schema up to date; returns the migrations applied, in order. Each dialect runs them its own
 * way (its migrate.ts under src/store/dialects/): PostgreSQL all in one transaction under Kysely's lock, SQLite
 * one transaction each under SQLite's write lock.
 */
export function migrateToLatest(store: Migratable, options: MigrateOptions = {}): Promise<string[]> {
  return store.adapter.migrate(store.db, options);
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
export async function migrationStatus(store: Migratable): Promise<MigrationStatus> {
  const names = await store.adapter.appliedMigrations(store.db);
  return {
    applied: names.filter((n) => n in MIGRATIONS).sort(),
    pending: MIGRATION_NAMES.filter((n) => !names.includes(n)),
    unknown: names.filter((n) => !(n in MIGRATIONS)).sort(),
  };
}

/** Ten minutes: a migration of a large database holds the write lock for as long as it runs. */
export const MIGRATION_LOCK_WAIT_MS = 600_000;
