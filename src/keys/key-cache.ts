import type { KeyAuthRecord } from '../store/types.js';

export interface KeyCacheOptions {
  maxEntries?: number;
  /**
   * A counter that moves whenever another process commits to the database (SQLite's `PRAGMA
   * data_version`): the `keyward` CLI revoking a key must take effect on the next request too.
   */
  externalVersion: () => number;
}

/**
 * Verified-key lookups kept in process memory, so the hot path skips the storage read.
 *
 * It can never outlive a change: every change made by this process (revoke, roll, rename, a user's role
 * or status, the workspace) calls `invalidate()` before its response is sent, and a change committed by
 * another process is seen through `externalVersion` on the very next lookup. A lookup that raced with
 * an invalidation is not stored (the generation check in `set`). Only used where this process can see
 * every writer (the embedded SQLite mode); with PostgreSQL every instance reads fresh.
 */
export class KeyCache {
  private entries = new Map<string, KeyAuthRecord>();
  private gen = 0;
  private seenExternal: number;
  private readonly maxEntries: number;

  constructor(private readonly options: KeyCacheOptions) {
    this.maxEntries = options.maxEntries ?? 50_000;
    this.seenExternal = options.externalVersion();
  }

  /** The generation to pass to `set` for a record read from storage after this call. */
  get generation(): number {
    return this.gen;
  }

  get(keyHash: string): KeyAuthRecord | undefined {
    const v = this.options.externalVersion();
    if (v !== this.seenExternal) {
      this.seenExternal = v;
      this.invalidate();
      return undefined;
    }
    return this.entries.get(keyHash);
  }

  set(keyHash: string, record: KeyAuthRecord, generation: number): void {
    if (generation !== this.gen) return;
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(keyHash, record);
  }

  invalidate(): void {
    this.gen++;
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
