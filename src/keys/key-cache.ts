import type { KeyAuthRecord } from '../store/types.js';

export interface KeyCacheOptions {
  maxEntries?: number;
  /** This process's committed changes to authentication state (`store.changes.version`). */
  localVersion: () => number;
  /**
   * SQLite: a number that moves whenever another process commits to the database (src/store/dialects/sqlite/change-signal.ts,
   * `otherConnectionsCommits`), answered without a round trip: the CLI revoking a key must take effect on
   * the next request too.
   */
  externalVersion?: () => number;
  /**
   * PostgreSQL: the `auth_version` counter (`store.readAuthVersion`, migration 006), which every writer's
   * transaction moves, read with one query. Used when no Redis version is at hand (no Redis, or Redis down).
   */
  sharedVersion?: () => Promise<number>;
}

/** A version no check has produced: before the first one, and after one failed. */
const UNKNOWN = Symbol('unknown version');

/**
 * Verified-key lookups kept in process memory, so the hot path skips the storage read.
 *
 * It can never outlive a change. The rule: a request may use an entry only if a version of the
 * authentication state read *after the request arrived* equals the version the entry was stored under, and
 * an entry is stored under a version read *before* its record was read. Any difference empties the cache
 * (versions are compared for equality only, never ordered), and a lookup that raced with a change is not
 * stored (the generation check in `set`). Three versions feed it:
 *
 * - `localVersion`, this process's own commits (the store announces them; no writer calls anything):
 *   compared on every `get`, `peek` and `set`, one integer comparison.
 * - `externalVersion` (SQLite) or `sharedVersion` (PostgreSQL without Redis): other processes' commits.
 *   `get` waits for a check that *starts* after it was called, in the event loop's next check phase
 *   (`setImmediate`), and every `get` made before that check started shares it: one check per event-loop
 *   turn, not per request (under load, tens of requests share one). SQLite's check is a system call, run
 *   there and then. PostgreSQL's is a query, and at most one is in flight: a `get` made while one runs waits
 *   for the next, which starts when the running one ends — a check that began before a request arrived
 *   may have missed a commit that completed before the request did.
 * - With Redis (PostgreSQL + REDIS_URL), the version read in the request's own rate-limit round trip
 *   (src/ratelimit/redis-auth-check.ts), given to `observe`; the caller then compares `generation`.
 *
 * docs/deploy.md ("Verified keys in memory") has the whole design and its failure modes.
 */
export class KeyCache {
  private entries = new Map<string, KeyAuthRecord>();
  private gen = 0;
  private seenExternal: number | string | typeof UNKNOWN;
  private readonly maxEntries: number;
  private nextCheck: Promise<void> | undefined;
  private inFlight: Promise<{ error: unknown } | undefined> | undefined;
  private checks = 0;
  private seenLocal: number;

  constructor(private readonly options: KeyCacheOptions) {
    if ((options.externalVersion === undefined) === (options.sharedVersion === undefined)) {
      throw new Error('KeyCache needs exactly one of externalVersion and sharedVersion');
    }
    this.maxEntries = options.maxEntries ?? 50_000;
    this.seenExternal = options.externalVersion?.() ?? UNKNOWN;
    this.seenLocal = options.localVersion();
  }

  /** The generation to pass to `set` for a record read from storage after this call. */
  get generation(): number {
    this.syncLocal();
    return this.gen;
  }

  /** The cached record, once this process's and other processes' commits up to this call have been checked for. */
  async get(keyHash: string): Promise<KeyAuthRecord | undefined> {
    this.syncLocal();
    if (!this.entries.has(keyHash)) return undefined;
    await (this.nextCheck ??= this.scheduleCheck());
    return this.entries.get(keyHash);
  }

  /**
   * The cached record as it stands, checked against this process's commits only: the caller validates it
   * by `observe`-ing a version read after the request arrived, then comparing `generation` with the one
   * it took before this call.
   */
  peek(keyHash: string): KeyAuthRecord | undefined {
    this.syncLocal();
    return this.entries.get(keyHash);
  }

  /** A version of the shared authentication state read just now (from Redis): a different one empties the cache. */
  observe(version: string): void {
    if (version !== this.seenExternal) {
      this.seenExternal = version;
      this.invalidate();
    }
  }

  private scheduleCheck(): Promise<void> {
    return new Promise((resolve, reject) => {
      setImmediate(() => {
        const shared = this.options.sharedVersion;
        if (shared) return this.startSharedCheck(shared, resolve, reject);
        // Cleared first: a `get` from here on waits for a later check.
        this.nextCheck = undefined;
        this.checks++;
        try {
          const v = this.options.externalVersion!();
          if (v !== this.seenExternal) {
            this.seenExternal = v;
            this.invalidate();
          }
        } catch {
          this.invalidate(); // cannot tell: read fresh
        }
        resolve();
      });
    });
  }

  /**
   * One query at a time; the `get`s waiting for this check keep waiting while an earlier one runs. A
   * failed check empties the cache, trusts nothing stored until a check succeeds, and fails with its
   * error the `get`s that waited for it and those queued behind it: the database did not answer a
   * one-row read that was running when they arrived, so their own reads would wait as long again. A
   * database that is down is reported once per request, within the store's timeouts.
   */
  private startSharedCheck(read: () => Promise<number>, done: () => void, fail: (error: unknown) => void): void {
    if (this.inFlight) {
      void this.inFlight.then((failure) => {
        if (!failure) return this.startSharedCheck(read, done, fail);
        this.nextCheck = undefined;
        fail(failure.error);
      });
      return;
    }
    this.nextCheck = undefined;
    this.checks++;
    const check = read().then(
      (v): undefined => {
        if (v !== this.seenExternal) {
          this.seenExternal = v;
          this.invalidate();
        }
        return undefined;
      },
      (error: unknown) => {
        this.seenExternal = UNKNOWN;
        this.invalidate();
        return { error };
      },
    );
    this.inFlight = check;
    void check.then((failure) => {
      this.inFlight = undefined;
      if (failure) fail(failure.error);
      else done();
    });
  }

  set(keyHash: string, record: KeyAuthRecord, generation: number): void {
    this.syncLocal();
    if (generation !== this.gen) return;
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(keyHash, record);
  }

  /** A commit by this process since the last look empties the cache (one integer comparison). */
  private syncLocal(): void {
    const v = this.options.localVersion();
    if (v !== this.seenLocal) {
      this.seenLocal = v;
      this.invalidate();
    }
  }

  invalidate(): void {
    this.gen++;
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  /** How many times other processes' commits were checked for (tests: one per turn, not per request). */
  get externalChecks(): number {
    return this.checks;
  }
}
