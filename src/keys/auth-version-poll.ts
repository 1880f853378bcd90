/**
 * The backstop of the key cache when Redis carries the authentication-state version: every `everyMs`
 * it reads the database's own counter (`store.readAuthVersion`, moved by every writer's transaction) and
 * empties the cache when it moved since the previous read, or when the read fails.
 *
 * It catches what Redis was not told: a writer whose increment failed, or that died between its commit
 * and the increment; raw SQL; a CLI run without REDIS_URL; an instance of a version that does not
 * increment; increments lost with a Redis failover. Such a change is seen within `everyMs` plus the
 * read's own time (bounded by the store's connection and statement timeouts). The first read always
 * empties the cache: there is nothing to compare it with.
 */
export class AuthVersionPoll {
  private last: number | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private reads = 0;

  constructor(
    private readonly options: {
      read: () => Promise<number>;
      whenMoved: () => void;
      everyMs: number;
    },
  ) {}

  start(): void {
    if (this.timer !== undefined) return;
    this.timer = setInterval(() => {
      if (this.running === undefined) void this.poll();
    }, this.options.everyMs).unref();
  }

  /** One read that starts after this call (after the one running, if any). */
  async poll(): Promise<void> {
    while (this.running !== undefined) await this.running;
    this.reads++;
    const run = this.options.read().then(
      (v) => {
        if (v === this.last) return;
        this.last = v;
        this.options.whenMoved();
      },
      () => {
        this.last = undefined;
        this.options.whenMoved();
      },
    );
    this.running = run.finally(() => {
      this.running = undefined;
    });
    await this.running;
  }

  stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Reads made so far (for /metrics and tests). */
  get count(): number {
    return this.reads;
  }
}
