import type { KeyAuthRecord } from '../store/types.js';

export interface KeyCacheOptions {
  maxEntries?: number;
  /** This process's committed changes to authentication state (`store.changes.version`). */
  localVersion: () => number;
  /**
   * A number that moves whenever another process commits to the database (src/store/sqlite.ts,
   * `otherConnectionsCommits`): the `keyward` CLI revoking a key must take effect on the next request too.
   */
  externalVersion: () => number;
}

/**
 * Verified-key lookups kept in process memory, so the hot path skips the storage read.
 *
 * It can never outlive a change. Every commit this process makes to keys, users or workspaces moves
 * `localVersion` before the writer's promise resolves (the store announces it; no writer calls anything),
 * and the cache compares it on every `get` and `set`: a moved version empties the cache, and a lookup that
 * raced with a commit is not stored (the generation check in `set`).
 *
 * A change committed by another process is seen through `externalVersion`, asked strictly *after* the
 * request was read: `get` waits for a check that runs in the event loop's next check phase
 * (`setImmediate`), and every request read before that check shares it. So a commit that completed
 * before a request's bytes reached this process is always seen, at one check per event-loop turn instead
 * of one per request (a check is a system call; under load, 40–50 requests share one).
 *
 * Only used where this process can see every writer (the embedded SQLite mode); with PostgreSQL every
 * instance reads fresh.
 */
export class KeyCache {
  private entries = new Map<string, KeyAuthRecord>();
  private gen = 0;
  private seenExternal: number;
  private readonly maxEntries: number;
  private nextCheck: Promise<void> | undefined;
  private checks = 0;
  private seenLocal: number;

  constructor(private readonly options: KeyCacheOptions) {
    this.maxEntries = options.maxEntries ?? 50_000;
    this.seenExternal = options.externalVersion();
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

  private scheduleCheck(): Promise<void> {
    return new Promise((resolve) => {
      setImmediate(() => {
        // Cleared first: a `get` from here on waits for a later check.
        this.nextCheck = undefined;
        this.checks++;
        try {
          const v = this.options.externalVersion();
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
