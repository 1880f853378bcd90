import {
  type CompiledQuery,
  ColumnNode,
  type DatabaseConnection,
  type Dialect,
  type QueryResult,
  type RootOperationNode,
  type TransactionSettings,
  type InsertQueryNode,
  UpdateQueryNode,
} from 'kysely';
import { WrappedConnection, WrappingDriver, withDriver } from './wrapped-driver.js';

/**
 * A counter that moves after every committed change to the state that authenticates a key: the
 * `api_keys` (all but last-used columns), `users` and `workspaces` tables. Readers that keep derived state
 * (the key cache) compare versions; nobody who writes has to remember to tell them.
 *
 * After-commit hooks tell state that lives elsewhere (the shared version in Redis, src/ratelimit/
 * redis-auth-check.ts): they run after the commit and the writer's promise resolves only once they have
 * settled, so a change is announced before anyone is told it is done. A hook's failure never reaches the
 * writer (the commit stands; the hook reports its own failures).
 */
export class ChangeFeed {
  private v = 0;
  private readonly listeners = new Set<(version: number) => void>();
  private readonly hooks = new Set<() => Promise<void>>();
  private readonly outboxListeners = new Set<() => void>();

  get version(): number {
    return this.v;
  }

  /**
   * Announces a change: listeners run synchronously. Returns a promise for the after-commit hooks when
   * the change was (or may have been) committed and there are hooks, else nothing (no await on the way).
   */
  committed(options: { rolledBack?: boolean } = {}): Promise<void> | undefined {
    this.v++;
    for (const listener of this.listeners) listener(this.v);
    if (this.hooks.size === 0 || options.rolledBack) return undefined;
    return Promise.all([...this.hooks].map((hook) => hook().catch(() => undefined))).then(() => undefined);
  }

  /**
   * Announces that deliveries were queued and committed (delivery starts from the commit, not
   * the scheduler's next tick). Listeners run synchronously and must not throw.
   */
  outboxCommitted(): void {
    for (const listener of this.outboxListeners) listener();
  }

  /** Runs `listener` after every commit that queued a delivery (an insert into `deliveries`). */
  onOutbox(listener: () => void): () => void {
    this.outboxListeners.add(listener);
    return () => this.outboxListeners.delete(listener);
  }

  /** For state that must be told rather than asked (e.g. a shared counter in another store). */
  subscribe(listener: (version: number) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Runs `hook` after every commit that changed authentication state, before the writer's promise resolves. */
  afterCommit(hook: () => Promise<void>): () => void {
    this.hooks.add(hook);
    return () => this.hooks.delete(hook);
  }
}

/** Statements that change authentication state: writes naming one of its tables (conservative for raw SQL). */
const AUTH_WRITE = /\b(?:insert\s+into|update|delete\s+from|replace\s+into|alter\s+table|drop\s+table)\s+(?:"?\w+"?\.)?"?(?:api_keys|users|workspaces)\b/i;
/** Columns whose writes never change an authentication decision (the last-used batch). */
const BOOKKEEPING = new Set(['last_used_at', 'last_used_ip']);

/** Statements that queue a delivery (the notification outbox). */
const OUTBOX_WRITE = /\binsert\s+into\s+(?:"?\w+"?\.)?"?deliveries\b/i;

export function queuesDelivery(q: CompiledQuery): boolean {
  return q.query.kind === 'InsertQueryNode' || q.query.kind === 'RawNode' ? OUTBOX_WRITE.test(q.sql) : false;
}

export function changesAuthState(q: CompiledQuery): boolean {
  const node: RootOperationNode = q.query;
  if (node.kind === 'SelectQueryNode') return false;
  if (node.kind === 'UpdateQueryNode' && onlyBookkeeping(node)) return false;
  if (node.kind === 'InsertQueryNode' && countsBookkeeping(node)) return false;
  return AUTH_WRITE.test(q.sql);
}

/**
 * PostgreSQL's last-used flush: bookkeeping updates (in its WITH) whose rows move their workspaces'
 * `resource_versions` counters (migration 013), which no authentication decision reads.
 */
function countsBookkeeping(node: InsertQueryNode): boolean {
  const ctes = node.with?.expressions ?? [];
  return (
    node.into?.table.identifier.name === 'resource_versions' &&
    ctes.length > 0 &&
    ctes.every((c) => UpdateQueryNode.is(c.expression) && onlyBookkeeping(c.expression))
  );
}

function onlyBookkeeping(node: UpdateQueryNode): boolean {
  const updates = node.updates ?? [];
  return updates.length > 0 && updates.every((u) => ColumnNode.is(u.column) && BOOKKEEPING.has(u.column.column.name));
}

/**
 * Wraps a Kysely dialect so that every statement it runs is watched: a change to authentication state
 * announces itself on `feed` once it is committed — right after an autocommitted statement, or when the
 * transaction holding it commits (or rolls back). Any path through this Kysely instance is seen: the
 * repositories, a repository method added tomorrow, raw SQL. Commits by other processes are the dialect's
 * own business (each dialect's change-signal.ts, src/store/dialects/).
 */
export function trackChanges(dialect: Dialect, feed: ChangeFeed): Dialect {
  return withDriver(dialect, (driver) => new TrackingDriver(driver, feed));
}

class TrackedConnection extends WrappedConnection<ChangeFeed> {
  dirty = false;
  queued = false;

  async executeQuery<R>(q: CompiledQuery): Promise<QueryResult<R>> {
    const writes = changesAuthState(q);
    if (writes && this.inTransaction) this.dirty = true;
    const queues = queuesDelivery(q);
    if (queues && this.inTransaction) this.queued = true;
    try {
      const result = await this.inner.executeQuery<R>(q);
      if (queues && !this.inTransaction) this.observer.outboxCommitted();
      return result;
    } finally {
      // Also after a failure: a statement whose answer was lost (a client-side timeout) may have committed.
      if (writes && !this.inTransaction) {
        const told = this.observer.committed();
        if (told) await told;
      }
    }
  }

  override streamQuery<R>(q: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    if (changesAuthState(q)) this.dirty = true;
    return super.streamQuery<R>(q, chunkSize);
  }

  /**
   * Ends a transaction: announces its changes whether it committed or not (a rollback is harmless to
   * announce locally; SQLite's fast path may have read the uncommitted rows). After-commit hooks run
   * unless it was rolled back, also when COMMIT failed (its answer may have been lost after it took effect).
   */
  async settle(rolledBack: boolean): Promise<void> {
    this.inTransaction = false;
    if (this.queued) {
      this.queued = false;
      if (!rolledBack) this.observer.outboxCommitted();
    }
    if (this.dirty) {
      this.dirty = false;
      const told = this.observer.committed({ rolledBack });
      if (told) await told;
    }
  }
}

class TrackingDriver extends WrappingDriver<TrackedConnection, ChangeFeed> {
  protected wrap(c: DatabaseConnection): TrackedConnection {
    return new TrackedConnection(c, this.observer);
  }

  override async beginTransaction(c: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    await super.beginTransaction(c, settings);
    (c as TrackedConnection).dirty = false;
    (c as TrackedConnection).queued = false;
  }

  override async commitTransaction(c: DatabaseConnection): Promise<void> {
    try {
      await super.commitTransaction(c);
    } finally {
      await (c as TrackedConnection).settle(false);
    }
  }

  override async rollbackTransaction(c: DatabaseConnection): Promise<void> {
    try {
      await super.rollbackTransaction(c);
    } finally {
      await (c as TrackedConnection).settle(true);
    }
  }
}
