import type { CompiledQuery, DatabaseConnection, Dialect, Driver, QueryResult, TransactionSettings } from 'kysely';

/**
 * A connection of a `WrappingDriver`: the driver's own connection, kept for the calls passed through, and
 * whether a transaction is open on it (kept by the driver). Subclasses say what happens around a statement
 * and tell it to `observer`, the driver's.
 */
export abstract class WrappedConnection<O> implements DatabaseConnection {
  inTransaction = false;

  constructor(
    readonly inner: DatabaseConnection,
    protected readonly observer: O,
  ) {}

  abstract executeQuery<R>(q: CompiledQuery): Promise<QueryResult<R>>;

  streamQuery<R>(q: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    return this.inner.streamQuery<R>(q, chunkSize);
  }
}

/**
 * A Kysely driver around another: each of the inner driver's connections is wrapped once, and every call
 * is passed through to it with the inner connection. Subclasses add what happens around a statement
 * (their connection's `executeQuery`) or around a transaction (overriding the transaction calls), and
 * tell it to `observer`, which their connections share.
 */
export abstract class WrappingDriver<C extends WrappedConnection<O>, O> implements Driver {
  private readonly wrapped = new WeakMap<DatabaseConnection, C>();

  constructor(
    protected readonly inner: Driver,
    protected readonly observer: O,
  ) {}

  protected abstract wrap(connection: DatabaseConnection): C;

  init(): Promise<void> {
    return this.inner.init();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const c = await this.inner.acquireConnection();
    let w = this.wrapped.get(c);
    if (!w) this.wrapped.set(c, (w = this.wrap(c)));
    return w;
  }

  async beginTransaction(c: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    await this.inner.beginTransaction((c as C).inner, settings);
    (c as C).inTransaction = true;
  }

  commitTransaction(c: DatabaseConnection): Promise<void> {
    (c as C).inTransaction = false;
    return this.inner.commitTransaction((c as C).inner);
  }

  rollbackTransaction(c: DatabaseConnection): Promise<void> {
    (c as C).inTransaction = false;
    return this.inner.rollbackTransaction((c as C).inner);
  }

  async savepoint(c: DatabaseConnection, name: string, compile: Parameters<NonNullable<Driver['savepoint']>>[2]): Promise<void> {
    await this.inner.savepoint?.((c as C).inner, name, compile);
  }

  async rollbackToSavepoint(c: DatabaseConnection, name: string, compile: Parameters<NonNullable<Driver['rollbackToSavepoint']>>[2]): Promise<void> {
    await this.inner.rollbackToSavepoint?.((c as C).inner, name, compile);
  }

  async releaseSavepoint(c: DatabaseConnection, name: string, compile: Parameters<NonNullable<Driver['releaseSavepoint']>>[2]): Promise<void> {
    await this.inner.releaseSavepoint?.((c as C).inner, name, compile);
  }

  releaseConnection(c: DatabaseConnection): Promise<void> {
    return this.inner.releaseConnection((c as C).inner);
  }

  destroy(): Promise<void> {
    return this.inner.destroy();
  }
}

/** `dialect` with its driver wrapped by `wrap`; its adapter, compiler and introspector unchanged. */
export function withDriver(dialect: Dialect, wrap: (driver: Driver) => Driver): Dialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createIntrospector: (db) => dialect.createIntrospector(db),
    createDriver: () => wrap(dialect.createDriver()),
  };
}
