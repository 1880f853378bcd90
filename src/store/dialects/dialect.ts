import type { Dialect, Kysely } from 'kysely';
import type { MigrateOptions } from '../migrate.js';
import type { QueryCounter } from '../query-counter.js';
import type { Database } from '../schema.js';
import type { AuthRow } from '../sql/keys.js';
import type { ContactRow } from '../sql/rows.js';
import type { ResourceVersionRow } from '../sql/versions.js';
import type { Cursor, LastUsed } from '../types.js';

export type DialectName = 'sqlite' | 'postgres';

/**
 * Everything that differs between SQLite and PostgreSQL, declared once per dialect
 * (src/store/dialects/sqlite/adapter.ts, src/store/dialects/postgres/adapter.ts), like Kysely's own
 * dialects. `SqlStore` receives one and calls it in its constructor and its `transaction`; repositories
 * and migrations are told the dialect's statements or name, never ask the driver what it is.
 */
export interface StoreDialect {
  readonly name: DialectName;
  /** Where the data lives: the SQLite file path, or '' (PostgreSQL: the connection's schema). */
  readonly location: string;
  /** The Kysely dialect (driver and query compiler) every statement runs on; the store wraps its driver. */
  readonly kysely: Dialect;
  /** Called once with the store's Kysely: the statements this dialect runs its own way. */
  statements(db: Kysely<Database>, counter: QueryCounter): DialectStatements;
  /** How another writer's commits are noticed (see `Store.externalChangeVersion`, `Store.readAuthVersion`). */
  changeSignal(db: Kysely<Database>): ChangeSignal;
  /** Brings the schema up to date; returns the migrations applied, in order. */
  migrate(db: Kysely<Database>, options: MigrateOptions): Promise<string[]>;
  /** The migrations recorded as applied, read without creating anything (`keyward doctor`). */
  appliedMigrations(db: Kysely<Database>): Promise<string[]>;
  /** SQLite: an online copy of the database into `dest` (SQLite's backup API). */
  backupTo?(dest: string): Promise<void>;
  /** Releases what the dialect holds beside Kysely's connections; called after Kysely's `destroy`. */
  close(): Promise<void>;
}

/** The statements of the store itself, and those of a transaction (on the transaction's own connection). */
export interface DialectStatements {
  readonly store: RepoStatements;
  inTransaction(trx: Kysely<Database>): RepoStatements;
}

/** The repository statements whose SQL, or whose way of running, is the dialect's own. */
export interface RepoStatements {
  /** The authentication lookup: a key by its hash, joined with its owner and workspace. */
  keyByHash(keyHash: string): Promise<AuthRow | undefined>;
  /** The last-used batch; only moves a key's last use forward (see `lastUsedQuery`), in key-id order. */
  recordLastUsed(batch: readonly LastUsed[], replaceAfter: number): Promise<void>;
  contactById(workspaceId: string, id: string): Promise<ContactRow | undefined>;
  /** The workspace's contacts newest first (after the cursor), at most `n`. */
  newestContacts(workspaceId: string, n: number, after?: Cursor): Promise<ContactRow[]>;
  /** The workspace's `resource_versions` row (migration 013), if it has one yet. */
  resourceVersions(workspaceId: string): Promise<ResourceVersionRow | undefined>;
  /** Contacts whose folded name, email or company contains `folded` (src/store/search.ts), newest first. */
  searchContacts(workspaceId: string, folded: string, n: number, after?: Cursor): Promise<ContactRow[]>;
}

export interface ChangeSignal {
  /** SQLite: a number that moves whenever another connection has committed, answered synchronously. */
  readonly otherConnections?: () => number;
  /** PostgreSQL: reads the `auth_version` counter (migration 006), moved by every writer's transaction. */
  readonly authVersion?: () => Promise<number>;
}
