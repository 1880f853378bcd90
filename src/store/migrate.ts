import { type Kysely, type Migration, type MigrationProvider, Migrator, PostgresAdapter, sql } from 'kysely';
import * as initial from './migrations/001-initial.js';
import * as contactSearch from './migrations/002-contact-search.js';
import * as notifications from './migrations/003-notifications.js';
import * as keyUsage from './migrations/004-key-usage.js';
import * as emailPerWorkspace from './migrations/005-email-per-workspace.js';
import * as authVersion from './migrations/006-auth-version.js';
import * as accounts from './migrations/007-accounts.js';

/** Migrations are bundled as modules (not read from disk) so they work the same from any working directory. */
const migrations: Record<string, Migration> = {
  '001-initial': initial,
  '002-contact-search': contactSearch,
  '003-notifications': notifications,
  '004-key-usage': keyUsage,
  '005-email-per-workspace': emailPerWorkspace,
  '006-auth-version': authVersion,
  '007-accounts': accounts,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/**
 * The PostgreSQL schema the migration tables belong in: the connection's current schema (the first of its
 * search_path). Named explicitly because Kysely, given no schema, looks for `kysely_migration` in *every*
 * schema of the database: a second Keyward schema in the same database would then find the first one's
 * table, skip creating its own and fail with `relation "kysely_migration_lock" does not exist`.
 */
async function migrationTableSchema(db: Kysely<any>): Promise<string | undefined> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return undefined;
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema;
  if (!schema) throw new Error('PostgreSQL has no current schema: the search_path names no existing schema');
  return schema;
}

/**
 * Brings the schema up to date. Kysely's migrator takes a lock (a transaction-scoped advisory lock on
 * PostgreSQL) and tolerates racing creations of its own tables, so several instances starting at once on
 * one database migrate exactly once.
 */
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const schema = await migrationTableSchema(db);
  const migrator = new Migrator({ db, provider, allowUnorderedMigrations: true, ...(schema === undefined ? {} : { migrationTableSchema: schema }) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
