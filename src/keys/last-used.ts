import { type Clock, FUTURE_SKEW_MS } from '../clock.js';
import type { LastUsed, Store } from '../store/types.js';
import type { UsageCounter } from '../usage/usage-counter.js';
import type { NewIpEvent, RecentIps } from './recent-ips.js';

/**
 * Coalesces last-used observations in memory and writes them in batches: N requests with one key cost
 * one write per flush interval, not N. The interval stays well under the promised 5 s accuracy, and
 * `flush()` runs on graceful shutdown so nothing observed is lost.
 */
export class LastUsedRecorder {
  private pending = new Map<string, LastUsed>();
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly options: {
      flushMs: number;
      onError?: (err: unknown) => void;
      /** Per-key usage counters, written in the same transaction as the last-used batch. */
      usage?: UsageCounter;
      /** Addresses each key was used from, for new-address alerts, written with the same batch. */
      ips?: RecentIps;
    },
  ) {}

  start(): void {
    this.timer ??= setInterval(() => void this.flush(), this.options.flushMs);
    this.timer.unref();
  }

  /** Hot path: one Map write, no I/O. */
  observe(keyId: string, ip: string): void {
    this.pending.set(keyId, { keyId, at: this.clock.now(), ip });
  }

  get size(): number {
    return this.pending.size;
  }

  /** Usage counters and new-address observations waiting for the same flush. */
  get usagePending(): number {
    return (this.options.usage?.size ?? 0) + (this.options.ips?.size ?? 0);
  }

  /** Writes everything pending in one transaction; on failure the batch is merged back for the next try. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(async () => {
      const { usage: counter, ips } = this.options;
      const usage = counter?.drain() ?? [];
      const seen = ips?.take() ?? [];
      if (this.pending.size === 0 && usage.length === 0 && seen.length === 0) return;
      const pending = [...this.pending.values()];
      this.pending = new Map();
      // A use observed under a clock that has since gone back happened, but not at that time: it is
      // stored at the flush's time, and a stored time beyond the skew is replaced.
      const now = this.clock.now();
      const batch = pending.map((o) => (o.at > now + FUTURE_SKEW_MS ? { ...o, at: now } : o));
      try {
        let events: NewIpEvent[] = [];
        await this.store.transaction(async (tx) => {
          if (batch.length > 0) await tx.keys.recordLastUsed(batch, { replaceAfter: now + FUTURE_SKEW_MS });
          if (usage.length > 0) await tx.usage.add(usage);
          if (seen.length > 0 && ips) events = await ips.write(tx, seen);
        });
        ips?.committed(seen);
        ips?.announce(events, this.options.onError);
      } catch (err) {
        counter?.restore(usage);
        ips?.restore(seen);
        for (const o of batch) {
          const newer = this.pending.get(o.keyId);
          if (!newer || newer.at < o.at) this.pending.set(o.keyId, o);
        }
        this.options.onError?.(err);
      }
    });
    return this.flushing;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.flush();
  }
}
