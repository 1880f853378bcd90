import { AuditedService, type ServiceCore } from '../audited-service.js';
import { keyEntry } from '../audit/audit-service.js';
import type { RequestContext } from '../principal.js';
import { type Pepper, hashKey, isWellFormedKey } from './key-format.js';
import { keyStatus } from './key-view.js';

/** The reason stored on a key revoked through the leaked-key endpoint; the key list shows it as flag `leaked`. */
export const LEAKED_REASON = 'leaked';

export interface LeakedKeyServiceOptions {
  pepper?: Pepper;
  /** Peppers of a rotation in progress: a leaked key stored under one of them is found too. */
  previousPeppers?: readonly (Pepper | null)[];
}

/**
 * Anyone who finds a leaked key can kill it (as with GitHub's credential-revocation API): no
 * authentication, and the caller learns nothing about which strings were real keys. Only strings with
 * the key shape and a valid checksum cost a storage read (one indexed lookup by hash); every key found
 * that is not yet revoked is revoked with reason `leaked` and an anonymous `key.leaked_revoked` audit
 * event in the same transaction, which is how its owner sees what happened and why.
 */
export class LeakedKeyService extends AuditedService {
  constructor(
    core: ServiceCore,
    private readonly options: LeakedKeyServiceOptions = {},
  ) {
    super(core);
  }

  /** Revokes every real key among `candidates`; returns how many were revoked (never shown to the caller). */
  async revoke(candidates: readonly string[], ctx: RequestContext): Promise<number> {
    const hashes = new Set<string>();
    for (const raw of candidates) {
      const candidate = raw.trim();
      if (!isWellFormedKey(candidate)) continue;
      hashes.add(hashKey(candidate, this.options.pepper));
      for (const previous of this.options.previousPeppers ?? []) hashes.add(hashKey(candidate, previous ?? undefined));
    }
    let revoked = 0;
    for (const keyHash of hashes) {
      if (await this.revokeOne(keyHash, ctx)) revoked++;
    }
    return revoked;
  }

  private async revokeOne(keyHash: string, ctx: RequestContext): Promise<boolean> {
    if (!(await this.store.keys.findByHash(keyHash))) return false;
    const now = this.clock.now();
    const done = await this.store.transaction(async (tx) => {
      // Read again inside the transaction: a concurrent revoke must not be overwritten or audited twice.
      const found = await tx.keys.findByHash(keyHash);
      if (!found || found.key.revokedAt !== null) return false;
      const { key } = found;
      await tx.keys.update(key.workspaceId, key.id, { revokedAt: now, revokedBy: null, revokedReason: LEAKED_REASON });
      const details = { owner_id: key.userId, status_before: keyStatus(key, now) };
      await this.audit.record(tx, keyEntry(key, 'key.leaked_revoked', { actorType: 'anonymous', actorId: null }, ctx, details));
      return true;
    });
    return done;
  }
}
