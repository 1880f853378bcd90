import type { Clock } from '../clock.js';
import type { KeyAuthRecord, Store } from '../store/types.js';
import type { KeyCache } from './key-cache.js';
import { type Pepper, hashKey, isWellFormedKey } from './key-format.js';

export type VerifyFailure = 'malformed_api_key' | 'invalid_api_key' | 'revoked_api_key' | 'expired_api_key' | 'owner_disabled';
export type VerifyResult = { ok: true; auth: KeyAuthRecord } | { ok: false; code: VerifyFailure; auth?: KeyAuthRecord };

/**
 * Verifies a presented key in the order of SPEC §3. A key that fails its shape or checksum is refused
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
    const keyHash = hashKey(presented, this.options.pepper);
    const auth = (await this.options.cache?.get(keyHash)) ?? (await this.lookup(keyHash)) ?? (await this.lookupPrevious(presented, keyHash));
    if (!auth) return { ok: false, code: 'invalid_api_key' };
    const { key, user } = auth;
    if (key.revokedAt !== null) return { ok: false, code: 'revoked_api_key', auth };
    if (key.expiresAt !== null && key.expiresAt <= this.clock.now()) return { ok: false, code: 'expired_api_key', auth };
    if (user.disabled) return { ok: false, code: 'owner_disabled', auth };
    return { ok: true, auth };
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

  private async lookup(keyHash: string): Promise<KeyAuthRecord | undefined> {
    const cache = this.options.cache;
    const generation = cache?.generation ?? 0;
    const auth = await this.store.keys.findByHash(keyHash);
    if (auth && cache) cache.set(keyHash, auth, generation);
    return auth;
  }
}
