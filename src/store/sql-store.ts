import { Kysely } from 'kysely';
import { ChangeFeed, trackChanges } from './change-feed.js';
import type { DialectName, DialectStatements, RepoStatements, StoreDialect } from './dialects/dialect.js';
import { QueryCounter } from './query-counter.js';
import type { Database } from './schema.js';
import type { Repos, Store } from './types.js';
import { auditRepo } from './sql/audit.js';
import { contactRepo } from './sql/contacts.js';
import { keyRepo } from './sql/keys.js';
import { notificationRepo } from './sql/notifications.js';
import { idempotencyRepo } from './sql/idempotency.js';
import { keyIpRepo, usageRepo } from './sql/usage.js';
import { accountRepo } from './sql/accounts.js';
import { protectedApiRepo } from './sql/protected-apis.js';
import { versionRepo } from './sql/versions.js';
import { sessionRepo, userRepo, workspaceRepo } from './sql/users.js';
import { StorageWrites, classifyStorageErrors } from './storage-errors.js';

/** The repositories on `db` (the store's Kysely or a transaction), with the dialect's own statements. */
function repos(db: Kysely<Database>, statements: RepoStatements): Repos {
  return {
    workspaces: workspaceRepo(db),
    users: userRepo(db),
    sessions: sessionRepo(db),
    contacts: contactRepo(db, statements),
    keys: keyRepo(db, statements),
    audit: auditRepo(db),
    notifications: notificationRepo(db),
    usage: usageRepo(db),
    keyIps: keyIpRepo(db),
    idempotency: idempotencyRepo(db),
    accounts: accountRepo(db),
    protectedApis: protectedApiRepo(db),
    versions: versionRepo(db, statements),
  };
}

// The store is also its repositories: the constructor assigns every field of Repos (Object.assign of repos()).
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: every Repos field is assigned in the constructor.
export interface SqlStore extends Readonly<Repos> {}

/**
 * The one Kysely implementation of the storage contract. What differs between SQLite and PostgreSQL is
 * the `StoreDialect` it is given (src/store/dialects/), called here and nowhere else: its Kysely dialect
 * under the store's own driver wrappers, its statements for the store and each transaction, its change
 * signal, its migrations.
 */
export class SqlStore implements Store {
  readonly db: Kysely<Database>;

  /** Committed changes to authentication state made through this store (see change-feed.ts). */
  readonly changes = new ChangeFeed();
  /** Whether writes currently succeed (storage-errors.ts). */
  readonly writes = new StorageWrites();
  readonly dialect: DialectName;
  /** Where the data lives: the SQLite file path, or '' (PostgreSQL). */
  readonly location: string;
  readonly externalChangeVersion?: () => number;
  readonly readAuthVersion?: () => Promise<number>;
  readonly transactionEpoch?: () => number | undefined;
  private readonly counter = new QueryCounter();
  private transactionsBegun = 0;
  private transactionsOpen = 0;
  private readonly statements: DialectStatements;

  constructor(readonly adapter: StoreDialect) {
    this.dialect = adapter.name;
    this.location = adapter.location;
    this.db = new Kysely<Database>({
      dialect: trackChanges(classifyStorageErrors(adapter.kysely, this.writes), this.changes),
      log: this.counter.log,
    });
    this.statements = adapter.statements(this.db, this.counter);
    const signal = adapter.changeSignal(this.db);
    this.externalChangeVersion = signal.otherConnections;
    this.readAuthVersion = signal.authVersion;
    Object.assign(this, repos(this.db, this.statements.store));
    // SQLite's prepared reads run on the one connection outside Kysely's queue: they see an open transaction's writes.
    if (this.dialect === 'sqlite') this.transactionEpoch = () => (this.transactionsOpen ? undefined : this.transactionsBegun);
  }

  get queryCount(): number {
    return this.counter.count;
  }

  /** Number of INSERT/UPDATE/DELETE statements executed so far. */
  get writeCount(): number {
    return this.counter.writes;
  }

  /** A refusal for space, by Kysely's statements or a dialect's prepared one, surfaces as StorageFullError. */
  async transaction<T>(fn: (tx: Repos) => Promise<T>): Promise<T> {
    this.transactionsBegun++;
    this.transactionsOpen++;
    try {
      return await this.db.transaction().execute((trx) => fn(repos(trx, this.statements.inTransaction(trx))));
    } catch (err) {
      throw this.writes.failed(err);
    } finally {
      this.transactionsOpen--;
    }
  }

  /** SQLite: an online copy of the database into `dest` (SQLite's backup API); undefined on PostgreSQL. */
  get backupTo(): ((dest: string) => Promise<void>) | undefined {
    return this.adapter.backupTo?.bind(this.adapter);
  }

  async ping(): Promise<void> {
    await this.db.selectFrom('workspaces').select('id').limit(1).execute();
  }

  async close(): Promise<void> {
    try {
      await this.db.destroy();
    } finally {
      await this.adapter.close();
    }
  }
}
