import { type Kysely, Migrator, sql } from 'kysely';
import { type MigrateOptions, migrationsFor, refuseNewer } from '../../migrate.js';

/**
 * The schema the migration tables belong in: the connection's current schema (the first of its
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

async function applied(db: Kysely<any>, schema: string): Promise<string[]> {
  const exists = await sql<{
    n: number;
  }>`select count(*)::int as n from information_schema.tables where table_schema = ${schema} and table_name = 'kysely_migration'`.execute(db);
  if (!exists.rows[0]?.n) return [];
  return (await sql<{ name: string }>`select name from ${sql.table(`${schema}.kysely_migration`)}`.execute(db)).rows.map((r) => r.name);
}

/** The migrations recorded in the connection's schema; creates nothing. */
export async function appliedMigrations(db: Kysely<any>): Promise<string[]> {
  return applied(db, await migrationTableSchema(db));
}

/**
 * Kysely's migrator, which takes a transaction-scoped advisory lock and runs every pending migration in one
 * transaction (DDL is transactional here), so several instances starting at once on one database migrate
 * exactly once, and an interrupted run leaves nothing behind. The pre-upgrade copy is SQLite's alone.
 */
export async function migratePostgres(db: Kysely<any>, _options: MigrateOptions): Promise<string[]> {
  const schema = await migrationTableSchema(db);
  refuseNewer(await applied(db, schema));
  const provider = { getMigrations: async () => migrationsFor('postgres') };
  const migrator = new Migrator({ db, provider, allowUnorderedMigrations: true, migrationTableSchema: schema });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
