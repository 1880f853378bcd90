import type { Kysely, LogEvent } from 'kysely';
import type { ChangeFeed } from './change-feed.js';
import type { Database } from './schema.js';
import type { Repos, Store } from './types.js';
import { auditRepo } from './sql/audit.js';
import { contactRepo } from './sql/contacts.js';
import { keyRepo } from './sql/keys.js';
import { notificationRepo } from './sql/notifications.js';
import { idempotencyRepo } from './sql/idempotency.js';
import { keyIpRepo, usageRepo } from './sql/usage.js';
import { accountRepo } from './sql/accounts.js';
import { sessionRepo, userRepo, workspaceRepo } from './sql/users.js';
import type { StorageWrites } from './storage-errors.js';

/** Query counter fed by Kysely's log hook; shared by the store and its transactions. */
export class QueryCounter {
  count = 0;
  writes = 0;

  /** Kysely's log hook: counts every statement, and separately those that write. */
  readonly log = (event: LogEvent): void => {
    if (event.level !== 'query') return;
    this.count++;
    const c = event.query.sql.charCodeAt(0) | 0x20;
    if (c === 0x75 /* update */ || c === 0x69 /* insert */ || c === 0x64 /* delete */) this.writes++;
  };
}

function repos(db: Kysely<Database>): Repos {
  return {
    workspaces: workspaceRepo(db),
    users: userRepo(db),
    sessions: sessionRepo(db),
    contacts: contactRepo(db),
    keys: keyRepo(db),
    audit: auditRepo(db),
    notifications: notificationRepo(db),
    usage: usageRepo(db),
    keyIps: keyIpRepo(db),
    idempotency: idempotencyRepo(db),
    accounts: accountRepo(db),
  };
}

export interface SqlStoreOptions {
  /** The feed the dialect's `trackChanges` wrapper announces commits on. */
  feed: ChangeFeed;
  location?: string;
  externalChangeVersion?: () => number;
  readAuthVersion?: () => Promise<number>;
  tune?: (r: Repos, scope: 'store' | 'transaction') => void;
  /** SQLite: an online copy of the database into `dest` (SQLite's backup API). */
  backupTo?: (dest: string) => Promise<void>;
  /** The state the dialect's `classifyStorageErrors` wrapper keeps. */
  writes: StorageWrites;
}

/** The one Kysely implementation of the storage contract; dialect files only build the `Kysely` it wraps. */
export class SqlStore implements Store {
  readonly workspaces;
  readonly users;
  readonly sessions;
  readonly contacts;
  readonly keys;
  readonly audit;
  readonly notifications;
  readonly usage;
  readonly keyIps;
  readonly idempotency;
  readonly accounts;

  /** Committed changes to authentication state made through this store (see change-feed.ts). */
  readonly changes: ChangeFeed;
  /** Where the data lives: the SQLite file path, or the PostgreSQL schema. */
  readonly location: string;
  readonly externalChangeVersion?: () => number;
  readonly readAuthVersion?: () => Promise<number>;
  /** SQLite: an online copy of the database into `dest` (SQLite's backup API). */
  readonly backupTo?: (dest: string) => Promise<void>;
  readonly writes: StorageWrites;
  /** Replaces repository methods with dialect-specific fast paths, in the store and in each transaction. */
  private readonly tune?: (r: Repos, scope: 'store' | 'transaction') => void;

  constructor(
    readonly db: Kysely<Database>,
    readonly dialect: 'sqlite' | 'postgres',
    private readonly counter: QueryCounter,
    options: SqlStoreOptions,
  ) {
    this.changes = options.feed;
    this.location = options.location ?? '';
    this.externalChangeVersion = options.externalChangeVersion;
    this.readAuthVersion = options.readAuthVersion;
    this.tune = options.tune;
    this.backupTo = options.backupTo;
    this.writes = options.writes;
    const r = repos(db);
    this.tune?.(r, 'store');
    this.workspaces = r.workspaces;
    this.users = r.users;
    this.sessions = r.sessions;
    this.contacts = r.contacts;
    this.keys = r.keys;
    this.audit = r.audit;
    this.notifications = r.notifications;
    this.usage = r.usage;
    this.keyIps = r.keyIps;
    this.idempotency = r.idempotency;
    this.accounts = r.accounts;
  }

  get queryCount(): number {
    return this.counter.count;
  }

  /** Number of INSERT/UPDATE/DELETE statements executed so far. */
  get writeCount(): number {
    return this.counter.writes;
  }

  /** A refusal for space, by Kysely's statements or a dialect's fast path, surfaces as StorageFullError. */
  async transaction<T>(fn: (tx: Repos) => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction().execute((trx) => {
        const r = repos(trx);
        this.tune?.(r, 'transaction');
        return fn(r);
      });
    } catch (err) {
      throw this.writes.failed(err);
    }
  }

  async ping(): Promise<void> {
    await this.db.selectFrom('workspaces').select('id').limit(1).execute();
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}
