import type { CompiledQuery, DatabaseConnection, Dialect, QueryResult, TransactionSettings } from 'kysely';
import { WrappedConnection, WrappingDriver, withDriver } from './wrapped-driver.js';

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

/**
 * The database cannot be reached or did not answer in time: the server is down, restarting, out of
 * connections or frozen, or SQLite's file stayed locked past its busy timeout. The store recognises it
 * (here, and nowhere else); HTTP answers it with 503 storage_unavailable. `reason` is the driver's words,
 * `code` its code (a socket error, a PostgreSQL SQLSTATE, SQLITE_BUSY), `cause` its error.
 */
export class StorageUnavailableError extends Error {
  override readonly name = 'StorageUnavailableError';
  constructor(
    readonly reason: string,
    readonly code: string | undefined,
    options?: { cause?: unknown },
  ) {
    super(reason, options);
  }
}

/**
 * Driver errors meaning "cannot reach the database": Node's socket errors, pg and pg-pool (connect and
 * read timeouts, a client whose connection broke), PostgreSQL's shutdown messages, and SQLite's lock.
 */
const UNAVAILABLE =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|EPIPE|Connection terminated|timeout exceeded|Query read timeout|terminating connection|the database system is (starting|shutting) up|Client has encountered a connection error|SQLITE_BUSY/i;

/**
 * PostgreSQL SQLSTATEs of the same kind: class 08 (connection exception), 53300 (too many connections),
 * 57014 (statement cancelled, here by statement_timeout), 57P01–57P03 (shutdown, crash, cannot connect now).
 */
const UNAVAILABLE_SQLSTATE = /^(08...|53300|57014|57P0[123])$/;

/**
 * The driver's error as the store's own type when it says "no space" (StorageFullError) or "cannot
 * reach the database" (StorageUnavailableError); anything else unchanged.
 */
export function asStorageError(err: unknown): unknown {
  if (err instanceof StorageFullError || err instanceof StorageUnavailableError) return err;
  const e = err as { code?: unknown; message?: unknown } | null | undefined;
  const code = typeof e?.code === 'string' ? e.code : '';
  const message = typeof e?.message === 'string' ? e.message : '';
  if (code === 'SQLITE_FULL' || code === '53100') return new StorageFullError(message || code);
  if (UNAVAILABLE.test(`${code} ${message}`) || UNAVAILABLE_SQLSTATE.test(code))
    return new StorageUnavailableError(message || code, code || undefined, { cause: err });
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

class ClassifiedConnection extends WrappedConnection<StorageWrites> {
  wrote = false;

  async executeQuery<R>(q: CompiledQuery): Promise<QueryResult<R>> {
    try {
      const result = await this.inner.executeQuery<R>(q);
      if (writes(q)) {
        if (this.inTransaction) this.wrote = true;
        else this.observer.succeeded();
      }
      return result;
    } catch (err) {
      throw this.observer.failed(err);
    }
  }
}

/** SQLite ends a transaction itself on SQLITE_FULL; the ROLLBACK that follows then has nothing to do. */
const NOTHING_TO_ROLL_BACK = /no transaction is active/i;

/** Every failure of the inner driver — a statement, a connection, a transaction's begin or end — translated. */
class ClassifyingDriver extends WrappingDriver<ClassifiedConnection, StorageWrites> {
  protected wrap(c: DatabaseConnection): ClassifiedConnection {
    return new ClassifiedConnection(c, this.observer);
  }

  override async acquireConnection(): Promise<DatabaseConnection> {
    try {
      return await super.acquireConnection();
    } catch (err) {
      throw this.observer.failed(err);
    }
  }

  override async beginTransaction(c: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    try {
      await super.beginTransaction(c, settings);
    } catch (err) {
      throw this.observer.failed(err);
    }
    (c as ClassifiedConnection).wrote = false;
  }

  override async commitTransaction(c: DatabaseConnection): Promise<void> {
    try {
      await super.commitTransaction(c);
    } catch (err) {
      throw this.observer.failed(err);
    }
    if ((c as ClassifiedConnection).wrote) this.observer.succeeded();
  }

  override async rollbackTransaction(c: DatabaseConnection): Promise<void> {
    try {
      await super.rollbackTransaction(c);
    } catch (err) {
      // Not an error of its own: the statement that failed already ended the transaction, and its error
      // (the cause, e.g. SQLITE_FULL) is the one the caller must see, not "cannot rollback".
      if (NOTHING_TO_ROLL_BACK.test(String((err as Error)?.message))) return;
      throw this.observer.failed(err);
    }
  }
}

/**
 * Wraps a Kysely dialect so that a driver error surfaces as the store's own (`asStorageError`), a write
 * refused for space moves `state`, and a write that commits moves it back. Sits under `trackChanges`.
 */
export function classifyStorageErrors(dialect: Dialect, state: StorageWrites): Dialect {
  return withDriver(dialect, (driver) => new ClassifyingDriver(driver, state));
}
