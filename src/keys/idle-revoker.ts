import { AuditedService, type ServiceCore } from '../audited-service.js';
import { keyEntry } from '../audit/audit-service.js';
import type { WallClockGuard } from '../clock-guard.js';
import type { ApiKeyRecord } from '../store/types.js';

export interface AutoRevoked {
  key: ApiKeyRecord;
  reason: 'idle' | 'grace_ended';
}

/**
 * Revokes keys rolled with `revoke_when_idle_minutes` once they have had no traffic for that long
 * (counted from their last use, or from the roll if unused since), or when their grace period ends,
 * whichever comes first; audited as `key.auto_revoked`. A periodic job driven by the injected clock.
 * Each revocation is a conditional UPDATE (still unrevoked, not used since the cut-off): instances
 * running the job at once revoke, and audit, each key once; a use flushed meanwhile keeps it alive.
 * While the wall clock has jumped against the monotonic clock (`guard`), it revokes nothing: a clock a
 * year ahead would otherwise end every grace period.
 */
export class IdleRevoker extends AuditedService {
  constructor(
    core: ServiceCore,
    private readonly options: { onRevoked?: (k: ApiKeyRecord) => Promise<void> | void; guard?: Pick<WallClockGuard, 'steady'> } = {},
  ) {
    super(core);
  }

  async run(): Promise<AutoRevoked[]> {
    if (this.options.guard && !this.options.guard.steady()) return [];
    const now = this.clock.now();
    const done: AutoRevoked[] = [];
    for (const k of await this.store.keys.idleRevocable()) {
      const idleMs = k.revokeWhenIdleMs ?? 0;
      const rolledAt = (k.replacedBy && (await this.store.keys.getById(k.replacedBy))?.createdAt) || k.createdAt;
      const graceEnded = k.expiresAt !== null && k.expiresAt <= now;
      const idle = Math.max(k.lastUsedAt ?? 0, rolledAt) + idleMs <= now;
      if (!graceEnded && !idle) continue;
      const reason = idle ? 'idle' : 'grace_ended';
      const revoked = await this.store.transaction(async (tx) => {
        const usedBefore = graceEnded ? Number.MAX_SAFE_INTEGER : now - idleMs;
        if (!(await tx.keys.revokeIfIdle(k.id, now, usedBefore, 'auto_revoked'))) return false;
        const details = { reason, idle_minutes: idleMs / 60_000, last_used_at: k.lastUsedAt, replaced_by: k.replacedBy };
        await this.audit.record(tx, keyEntry(k, 'key.auto_revoked', { actorType: 'system', actorId: null }, null, details));
        return true;
      });
      if (!revoked) continue;
      const record = { ...k, revokedAt: now, revokedReason: 'auto_revoked' };
      await this.options.onRevoked?.(record);
      done.push({ key: record, reason });
    }
    return done;
  }
}
