import { PostgresDialect } from 'kysely';
import type pg from 'pg';
import type { StoreDialect } from '../dialect.js';
import { authVersionReader } from './change-signal.js';
import { appliedMigrations, migratePostgres } from './migrate.js';
import { postgresStatements } from './statements.js';

/**
 * PostgreSQL, as the store runs it: a pool with time limits (connect.ts), contact reads as named
 * statements prepared once per connection (prepared.ts), search through pg_trgm and the last-used batch
 * in chunks (statements.ts), other instances' commits seen through the `auth_version` counter
 * (change-signal.ts), migrations in one transaction under Kysely's lock (migrate.ts).
 */
export function postgresDialect(pool: pg.Pool): StoreDialect {
  return {
    name: 'postgres',
    location: '',
    kysely: new PostgresDialect({ pool }),
    statements: (db, counter) => postgresStatements(db, pool, counter),
    changeSignal: (db) => ({ authVersion: authVersionReader(db) }),
    migrate: migratePostgres,
    appliedMigrations,
    close: async () => {},
  };
}
