import type { AuditService } from '../audit/audit-service.js';
import type { Clock } from '../clock.js';
import type { Repos } from '../store/types.js';

const DAY_MS = 86_400_000;
/** An address unused by a key for this long is new again. */
export const NEW_IP_AFTER_MS = 30 * DAY_MS;
/** Addresses remembered per key, in storage and in memory. */
export const MAX_IPS_PER_KEY = 50;
/** A known address's last-seen time is refreshed in storage at most this often (the 30-day window needs no more). */
const REFRESH_MS = 3_600_000;
const HOUR_MS = 3_600_000;
/**
 * New-address alerts per key per clock hour: after these, one summary alert, then none until the next
 * hour (the addresses are still remembered). A leaked key used from a rotating /64 cannot flood the
 * owner's mailbox, the audit log or the webhooks.
 */
export const NEW_IP_ALERTS_PER_HOUR = 5;

/** What the notification code consumes: a key was used from an address it had not used in 30 days. */
export interface NewIpEvent {
  workspaceId: string;
  keyId: string;
  ownerId: string;
  ip: string;
  at: number;
}

export type NewIpListener = (e: NewIpEvent) => void | Promise<void>;

interface Seen {
  workspaceId: string;
  keyId: string;
  ownerId: string;
  ip: string;
  at: number;
}

/**
 * New-address detection. The hot path asks one Map whether this process has seen the key at
 * this address lately; only unseen ones are queued, and the queue is written with the last-used batch.
 * In storage, whether an address is new is decided by a conditional write (insert-if-absent, or
 * update-if-older-than-30-days), so among instances flushing the same first use exactly one records
 * `key.new_ip`. Memory stays bounded: at most 50 addresses per key, here and in storage.
 */
export class RecentIps {
  private known = new Map<string, Map<string, number>>();
  private pending = new Map<string, Seen>();
  private readonly listeners: NewIpListener[] = [];

  constructor(
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Subscribes to new-address events (called after the event is stored). */
  onNewIp(listener: NewIpListener): void {
    this.listeners.push(listener);
  }

  /** Hot path: a Map lookup; a queue entry only for an address not seen here in the last hour. */
  observe(key: { id: string; workspaceId: string; userId: string }, ip: string): void {
    const now = this.clock.now();
    const seen = this.known.get(key.id)?.get(ip);
    if (seen !== undefined && now - seen < REFRESH_MS) return;
    this.pending.set(`${key.id} ${ip}`, { workspaceId: key.workspaceId, keyId: key.id, ownerId: key.userId, ip, at: now });
  }

  get size(): number {
    return this.pending.size;
  }

  /** Takes the queue for a flush (in key order, so racing instances lock rows alike). */
  take(): Seen[] {
    const batch = [...this.pending.values()].sort((a, b) => (a.keyId < b.keyId ? -1 : a.keyId > b.keyId ? 1 : a.ip < b.ip ? -1 : 1));
    this.pending = new Map();
    return batch;
  }

  /** Writes a batch inside the flush transaction; returns the events to announce once it commits. */
  async write(tx: Repos, batch: readonly Seen[]): Promise<NewIpEvent[]> {
    const events: NewIpEvent[] = [];
    {
      for (const s of batch) {
        if (await tx.keyIps.touch(s.keyId, s.ip, s.at, s.at - NEW_IP_AFTER_MS, MAX_IPS_PER_KEY)) {
          const hour = Math.floor(s.at / HOUR_MS) * HOUR_MS;
          const alerted = await tx.notifications.countKeyEvents(s.keyId, 'key.new_ip', hour);
          if (alerted > NEW_IP_ALERTS_PER_HOUR) continue;
          const summary = alerted === NEW_IP_ALERTS_PER_HOUR;
          events.push(s);
          await this.audit.record(tx, {
            workspaceId: s.workspaceId,
            action: 'key.new_ip',
            actor: { actorType: 'key', actorId: s.keyId },
            target: { type: 'key', id: s.keyId },
            context: { ip: s.ip, userAgent: null },
            details: summary
              ? { ip: s.ip, summary: true, hour: new Date(hour).toISOString(), quiet_until: new Date(hour + HOUR_MS).toISOString() }
              : { ip: s.ip },
          });
        }
      }
    }
    return events;
  }

  /** After the flush committed: these addresses are known (no write for them for an hour). */
  committed(batch: readonly Seen[]): void {
    for (const s of batch) this.remember(s.keyId, s.ip, s.at);
  }

  /** After a failed flush: queue the batch again. */
  restore(batch: readonly Seen[]): void {
    for (const s of batch) if (!this.pending.has(`${s.keyId} ${s.ip}`)) this.pending.set(`${s.keyId} ${s.ip}`, s);
  }

  /** Announces events to listeners; a failing listener is reported, never thrown into the flush. */
  announce(events: readonly NewIpEvent[], onError: (err: unknown) => void = () => {}): void {
    for (const e of events) {
      for (const l of this.listeners) {
        try {
          Promise.resolve(l(e)).catch(onError);
        } catch (err) {
          onError(err);
        }
      }
    }
  }

  private remember(keyId: string, ip: string, at: number): void {
    let m = this.known.get(keyId);
    if (!m) this.known.set(keyId, (m = new Map()));
    m.delete(ip);
    m.set(ip, at);
    if (m.size > MAX_IPS_PER_KEY) m.delete(m.keys().next().value as string);
  }
}
