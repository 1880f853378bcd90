/**
 * The orchestrator's handle on the load-generator process (`bench/driver.ts`): one long-lived child that
 * runs one autocannon job at a time, so process start-up is paid once and never inside a measurement.
 */
import { type ChildProcess, fork } from 'node:child_process';
import type { DriverMessage, LoadJob, LoadResult } from './driver.js';
import { REPO_ROOT, onCpu } from './server.js';

/** Slack beyond a job's own duration before it is declared hung (autocannon stops on a 1 s tick). */
const JOB_SLACK_MS = 20_000;

export class LoadGenerator {
  private readonly child: ChildProcess;
  private nextId = 1;
  private pending: { id: number; resolve: (r: LoadResult) => void; reject: (e: Error) => void } | undefined;

  constructor() {
    const node = onCpu('load', ['--import', 'tsx']);
    this.child = fork(new URL('./driver.ts', import.meta.url), [], {
      cwd: REPO_ROOT,
      execPath: node.command,
      execArgv: node.args,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.child.on('message', (m: DriverMessage) => this.settle(m));
    this.child.on('exit', (code) => this.pending?.reject(new Error(`load generator exited with ${code}`)));
  }

  /** Runs one job; rejects if it fails or takes far longer than its duration. */
  run(job: Omit<LoadJob, 'id'>): Promise<LoadResult> {
    if (this.pending) return Promise.reject(new Error('one load job at a time'));
    const id = this.nextId++;
    return new Promise<LoadResult>((resolve, reject) => {
      const timer = setTimeout(
        () => {
          this.pending = undefined;
          reject(new Error(`load job ${id} did not finish in time`));
        },
        job.durationS * 1000 + JOB_SLACK_MS,
      );
      this.pending = {
        id,
        resolve: (r) => (clearTimeout(timer), resolve(r)),
        reject: (e) => (clearTimeout(timer), reject(e)),
      };
      this.child.send({ ...job, id } satisfies LoadJob);
    });
  }

  close(): void {
    if (this.child.connected) this.child.disconnect();
    if (this.child.exitCode === null) this.child.kill('SIGTERM');
  }

  private settle(m: DriverMessage): void {
    const p = this.pending;
    const id = m.type === 'result' ? m.result.id : m.id;
    if (!p || p.id !== id) return;
    this.pending = undefined;
    if (m.type === 'result') p.resolve(m.result);
    else p.reject(new Error(m.message));
  }
}
