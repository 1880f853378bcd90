import type { Clock } from '../clock.js';
import type { KeyAuthRecord, Store } from '../store/types.js';
import type { KeyCache } from './key-cache.js';
import { type Pepper, hashKey, isWellFormedKey } from './key-format.js';

export type VerifyFailure = 'malformed_api_key' | 'invalid_api_key' | 'revoked_api_key' | 'expired_api_key' | 'owner_disabled';
export type VerifyResult = { ok: true; auth: KeyAuthRecord } | { ok: false; code: VerifyFailure; auth?: KeyAuthRecord };

/**
 * A well-formed key before its freshness is known: its hash, and the cached record as it stands with the
 * cache generation it was seen in (`verifyWith` decides whether it may be used).
 */
export interface PreparedKey {
  readonly presented: string;
  readonly keyHash: string;
  readonly cached: KeyAuthRecord | undefined;
  readonly generation: number;
}

/**
 * Verifies a presented key in the documented order (missing, malformed, invalid, revoked, expired,
 * owner disabled). A key that fails its shape or checksum is refused
 * before any hashing of note and with no storage read; otherwise one indexed lookup by hash (or the
 * `KeyCache`, which every committed change empties), so a revocation, demotion or disabling committed
 * before this call started is always seen. Status and expiry are judged now, never cached.
 */
export class KeyVerifier {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly options: { pepper?: Pepper; previousPeppers?: readonly (Pepper | null)[]; cache?: KeyCache } = {},
  ) {}

  async verify(presented: string): Promise<VerifyResult> {
    if (!isWellFormedKey(presented)) return { ok: false, code: 'malformed_api_key' };
    return this.fresh(presented, hashKey(presented, this.options.pepper));
  }

  /** Shape, checksum and hash, and the cached record if any; no storage read. Undefined: malformed. */
  prepare(presented: string): PreparedKey | undefined {
    if (!isWellFormedKey(presented)) return undefined;
    const keyHash = hashKey(presented, this.options.pepper);
    const cache = this.options.cache;
    const generation = cache?.generation ?? 0;
    return { presented, keyHash, cached: cache?.peek(keyHash), generation };
  }

  /**
   * Verifies a prepared key given the authentication-state version read (in Redis) after the request
   * arrived: the cached record if that version is the one it was cached under, else a storage read, cached
   * under that version (read before it). Without a version (SQLite), as `verify` does: the cache checks
   * other processes' commits itself.
   */
  async verifyWith(prepared: PreparedKey, version: string | undefined): Promise<VerifyResult> {
    if (version === undefined) return this.fresh(prepared.presented, prepared.keyHash);
    const cache = this.options.cache;
    cache?.observe(version);
    if (prepared.cached && cache?.generation === prepared.generation) return this.judge(prepared.cached);
    return this.judge(await this.read(prepared.presented, prepared.keyHash));
  }

  /** The cached record once the cache has checked for others' commits, else a storage read. */
  private async fresh(presented: string, keyHash: string): Promise<VerifyResult> {
    return this.judge((await this.options.cache?.get(keyHash)) ?? (await this.read(presented, keyHash)));
  }

  /** Status, expiry and owner, judged now. */
  judge(auth: KeyAuthRecord | undefined): VerifyResult {
    if (!auth) return { ok: false, code: 'invalid_api_key' };
    const { key, user } = auth;
    if (key.revokedAt !== null) return { ok: false, code: 'revoked_api_key', auth };
    if (key.expiresAt !== null && key.expiresAt <= this.clock.now()) return { ok: false, code: 'expired_api_key', auth };
    if (user.disabled) return { ok: false, code: 'owner_disabled', auth };
    return { ok: true, auth };
  }

  private async read(presented: string, keyHash: string): Promise<KeyAuthRecord | undefined> {
    return (await this.lookup(keyHash)) ?? (await this.lookupPrevious(presented, keyHash));
  }

  /**
   * During a pepper rotation: a key stored under a previous pepper (or none) is found with it once and
   * re-hashed with the current pepper there and then, so every key in use moves over by itself.
   */
  private async lookupPrevious(presented: string, currentHash: string): Promise<KeyAuthRecord | undefined> {
    for (const previous of this.options.previousPeppers ?? []) {
      const oldHash = hashKey(presented, previous ?? undefined);
      if (oldHash === currentHash) continue;
      const auth = await this.store.keys.findByHash(oldHash);
      if (!auth) continue;
      await this.store.keys.rehash(auth.key.id, oldHash, currentHash);
      return { ...auth, key: { ...auth.key, keyHash: currentHash } };
    }
    return undefined;
  }

  /** The generation is taken before the read, so a change observed while it runs keeps the record out. */
  private async lookup(keyHash: string): Promise<KeyAuthRecord | undefined> {
    const cache = this.options.cache;
    const generation = cache?.generation ?? 0;
    const auth = await this.store.keys.findByHash(keyHash);
    if (auth && cache) cache.set(keyHash, auth, generation);
    return auth;
  }
}
