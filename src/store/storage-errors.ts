import type { CompiledQuery, DatabaseConnection, Dialect, Driver, QueryResult, TransactionSettings } from 'kysely';

/**
 * The database refused a write for want of space: SQLite's SQLITE_FULL (a full disk, or the page limit
 * reached), PostgreSQL's 53100 disk_full. Reads still work; writes will again once there is room. The
 * store recognises it (here, and nowhere else); HTTP answers it with 503 storage_full.
 */
export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';
  constructor(readonly reason: string) {
    super(`storage is full: ${reason}`);
  }
}

/** The driver's error as the store's own type when it says "no space"; anything else unchanged. */
export function asStorageError(err: unknown): unknown {
  if (err instanceof StorageFullError) return err;
  const e = err as { code?: unknown; message?: unknown } | null | undefined;
  const code = typeof e?.code === 'string' ? e.code : '';
  if (code === 'SQLITE_FULL' || code === '53100') return new StorageFullError(typeof e?.message === 'string' ? e.message : code);
  return err;
}

export interface WriteState {
  readonly full: boolean;
  /** The driver's words for the last refusal (while full). */
  readonly reason?: string;
}

/**
 * Whether writes currently succeed. Full from the first write refused for space; back to ok at a write
 * that commits once SETTLE_MS have passed without a refusal — so a small update that still fits while
 * inserts are refused does not flip the state (and the log) back and forth. Listeners hear each change
 * of state once (the one log line per change). The clock is the app's (`useClock`); a clock that went
 * backwards counts as time passed.
 */
export class StorageWrites {
  static readonly SETTLE_MS = 5_000;
  private current: WriteState = { full: false };
  private lastRefusal = 0;
  private clock: { now(): number } = { now: () => Date.now() };
  private readonly listeners: ((state: WriteState) => void)[] = [];

  get state(): WriteState {
    return this.current;
  }

  get full(): boolean {
    return this.current.full;
  }

  useClock(clock: { now(): number }): void {
    this.clock = clock;
  }

  /** Full, with a refusal within the last `ms` (what /readyz reports, so a balancer can try again later). */
  refusedWithin(ms: number): boolean {
    return this.current.full && !this.elapsed(ms);
  }

  /** Returns a function that removes the listener. */
  onChange(listener: (state: WriteState) => void): () => void {
    this.listeners.push(listener);
    return () => {
      const i = this.listeners.indexOf(listener);
      if (i >= 0) this.listeners.splice(i, 1);
    };
  }

  /** Translates a failure (see asStorageError) and notes a refusal for space. */
  failed(err: unknown): unknown {
    const translated = asStorageError(err);
    if (translated instanceof StorageFullError) {
      this.lastRefusal = this.clock.now();
      if (!this.current.full) this.change({ full: true, reason: translated.reason });
    }
    return translated;
  }

  succeeded(): void {
    if (this.current.full && this.elapsed(StorageWrites.SETTLE_MS)) this.change({ full: false });
  }

  private elapsed(ms: number): boolean {
    const since = this.clock.now() - this.lastRefusal;
    return since >= ms || since < 0;
  }

  private change(state: WriteState): void {
    this.current = state;
    for (const l of this.listeners) l(state);
  }
}

const WRITE_SQL = /^\s*(insert|update|delete|replace|with\b[\s\S]*\b(insert|update|delete)\b)/i;

function writes(q: CompiledQuery): boolean {
  const kind = q.query.kind;
  if (kind === 'InsertQueryNode' || kind === 'UpdateQueryNode' || kind === 'DeleteQueryNode' || kind === 'MergeQueryNode') return true;
  return kind === 'RawNode' && WRITE_SQL.test(q.sql);
}

class ClassifiedConnection implements DatabaseConnection {
  inTransaction = false;
  wrote = false;

  constructor(
    readonly inner: DatabaseConnection,
    private readonly state: StorageWrites,
  ) {}

  async executeQuery<R>(q: CompiledQuery): Promise<QueryResult<R>> {
    try {
      const result = await this.inner.executeQuery<R>(q);
      if (writes(q)) {
        if (this.inTransaction) this.wrote = true;
        else this.state.succeeded();
      }
      return result;
    } catch (err) {
      throw this.state.failed(err);
    }
  }

  streamQuery<R>(q: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    return this.inner.streamQuery<R>(q, chunkSize);
  }
}

/** SQLite ends a transaction itself on SQLITE_FULL; the ROLLBACK that follows then has nothing to do. */
const NOTHING_TO_ROLL_BACK = /no transaction is active/i;

class ClassifyingDriver implements Driver {
  private readonly wrapped = new WeakMap<DatabaseConnection, ClassifiedConnection>();

  constructor(
    private readonly inner: Driver,
    private readonly state: StorageWrites,
  ) {}

  init(): Promise<void> {
    return this.inner.init();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const c = await this.inner.acquireConnection();
    let w = this.wrapped.get(c);
    if (!w) this.wrapped.set(c, (w = new ClassifiedConnection(c, this.state)));
    return w;
  }

  async beginTransaction(c: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    const w = c as ClassifiedConnection;
    await this.inner.beginTransaction(w.inner, settings);
    w.inTransaction = true;
    w.wrote = false;
  }

  async commitTransaction(c: DatabaseConnection): Promise<void> {
    const w = c as ClassifiedConnection;
    w.inTransaction = false;
    try {
      await this.inner.commitTransaction(w.inner);
    } catch (err) {
      throw this.state.failed(err);
    }
    if (w.wrote) this.state.succeeded();
  }

  async rollbackTransaction(c: DatabaseConnection): Promise<void> {
    const w = c as ClassifiedConnection;
    w.inTransaction = false;
    try {
      await this.inner.rollbackTransaction(w.inner);
    } catch (err) {
      // Not an error of its own: the statement that failed already ended the transaction, and its error
      // (the cause, e.g. SQLITE_FULL) is the one the caller must see, not "cannot rollback".
      if (NOTHING_TO_ROLL_BACK.test(String((err as Error)?.message))) return;
      throw err;
    }
  }

  async savepoint(c: DatabaseConnection, name: string, compile: Parameters<NonNullable<Driver['savepoint']>>[2]): Promise<void> {
    await this.inner.savepoint?.((c as ClassifiedConnection).inner, name, compile);
  }

  async rollbackToSavepoint(c: DatabaseConnection, name: string, compile: Parameters<NonNullable<Driver['rollbackToSavepoint']>>[2]): Promise<void> {
    await this.inner.rollbackToSavepoint?.((c as ClassifiedConnection).inner, name, compile);
  }

  async releaseSavepoint(c: DatabaseConnection, name: string, compile: Parameters<NonNullable<Driver['releaseSavepoint']>>[2]): Promise<void> {
    await this.inner.releaseSavepoint?.((c as ClassifiedConnection).inner, name, compile);
  }

  releaseConnection(c: DatabaseConnection): Promise<void> {
    return this.inner.releaseConnection((c as ClassifiedConnection).inner);
  }

  destroy(): Promise<void> {
    return this.inner.destroy();
  }
}

/**
 * Wraps a Kysely dialect so that a write refused for space surfaces as a StorageFullError and moves
 * `state`, and a write that commits moves it back. Sits under `trackChanges`.
 */
export function classifyStorageErrors(dialect: Dialect, state: StorageWrites): Dialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createIntrospector: (db) => dialect.createIntrospector(db),
    createDriver: () => new ClassifyingDriver(dialect.createDriver(), state),
  };
}
