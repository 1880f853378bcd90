/**
 * The load generator: a child process (forked by `bench/run.ts`) that runs autocannon on request, so the
 * load never shares the server's event loop nor the orchestrator's. It answers each job with its own
 * summary: requests/s over the measured time, exact p50/p99 of every response (autocannon's histogram has
 * 1 ms resolution and skips non-2xx latencies, too coarse for a 429 or 401 flood), and status counts.
 */
import autocannon from 'autocannon';

/** One autocannon run, as sent by the orchestrator over IPC. */
export interface LoadJob {
  readonly id: number;
  readonly url: string;
  readonly connections: number;
  readonly durationS: number;
  readonly headers: Readonly<Record<string, string>>;
  /** When set, each request presents the next of these keys in X-API-Key (round-robin over all connections). */
  readonly rotateKeys?: readonly string[];
}

export interface LoadResult {
  readonly id: number;
  readonly requests: number;
  readonly seconds: number;
  readonly rps: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly statuses: Readonly<Record<string, number>>;
  readonly errors: number;
  readonly timeouts: number;
}

export type DriverMessage = { type: 'result'; result: LoadResult } | { type: 'error'; id: number; message: string };

/** Latencies of one run, in ms; grown on demand, read once at the end. */
class LatencyLog {
  private values = new Float64Array(1 << 20);
  private n = 0;

  add(ms: number): void {
    if (this.n === this.values.length) {
      const next = new Float64Array(this.values.length * 2);
      next.set(this.values);
      this.values = next;
    }
    this.values[this.n++] = ms;
  }

  /** Nearest-rank percentile, q in (0, 1]. */
  percentiles(...qs: number[]): number[] {
    const sorted = this.values.subarray(0, this.n).sort();
    return qs.map((q) => (this.n === 0 ? Number.NaN : sorted[Math.min(this.n - 1, Math.ceil(q * this.n) - 1)]));
  }
}

function requestsFor(job: LoadJob): autocannon.Request[] | undefined {
  const keys = job.rotateKeys;
  if (!keys || keys.length === 0) return undefined;
  let next = 0;
  return [
    {
      setupRequest: (req) => {
        req.headers = { ...job.headers, 'x-api-key': keys[next++ % keys.length] };
        return req;
      },
    },
  ];
}

async function run(job: LoadJob): Promise<LoadResult> {
  const latencies = new LatencyLog();
  const instance = autocannon({
    url: job.url,
    connections: job.connections,
    pipelining: 1,
    duration: job.durationS,
    headers: { ...job.headers },
    requests: requestsFor(job),
    timeout: 10,
  });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTimeMs: number) => latencies.add(responseTimeMs));
  const r = await instance;
  const [p50Ms, p99Ms] = latencies.percentiles(0.5, 0.99);
  const statuses: Record<string, number> = {};
  for (const [code, { count }] of Object.entries(r.statusCodeStats ?? {})) statuses[code] = count;
  return {
    id: job.id,
    requests: r.requests.total,
    seconds: r.duration,
    rps: r.requests.total / r.duration,
    p50Ms,
    p99Ms,
    statuses,
    errors: r.errors,
    timeouts: r.timeouts,
  };
}

process.on('message', (job: LoadJob) => {
  run(job).then(
    (result) => process.send?.({ type: 'result', result } satisfies DriverMessage),
    (err: unknown) => process.send?.({ type: 'error', id: job.id, message: err instanceof Error ? err.message : String(err) } satisfies DriverMessage),
  );
});
process.on('disconnect', () => process.exit(0));
