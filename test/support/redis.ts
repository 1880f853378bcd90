import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { testRedis } from './env.js';
import { freePort } from './ports.js';

/** A key prefix no other test or run shares. */
export function uniquePrefix(label: string): string {
  return `kw:rltest:${label}:${randomBytes(6).toString('hex')}:`;
}

/** Keys under `prefix` whose TTL is -1 (no expiry). */
export async function keysWithoutTtl(client: Redis, prefix: string): Promise<string[]> {
  const keys = await scanKeys(client, prefix);
  const ttls = await Promise.all(keys.map((key) => client.pttl(key)));
  return keys.filter((_, i) => ttls[i] === -1);
}

/** Every key under `prefix`. */
export async function scanKeys(client: Redis, prefix: string): Promise<string[]> {
  const keys: string[] = [];
  let cursor = '0';
  do {
    const [next, batch] = await client.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
    cursor = next;
    keys.push(...batch);
  } while (cursor !== '0');
  return keys;
}

/** A redis-server of the test's own on a spare port, keeping nothing on disk; it can be killed, frozen and restarted. */
export interface ThrowawayRedis {
  readonly url: string;
  start(): Promise<void>;
  /** SIGKILL: the server is gone at once, connections drop. */
  kill(): Promise<void>;
  signal(signal: 'SIGSTOP' | 'SIGCONT'): void;
  /** Keys whose name contains `fragment` (a short-lived client that gives up fast). */
  keysContaining(fragment: string): Promise<string[]>;
}

export async function throwawayRedis(): Promise<ThrowawayRedis> {
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  return {
    url,
    start: () =>
      new Promise<void>((resolve, reject) => {
        const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
        const started = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
        child = started;
        const timer = setTimeout(() => reject(new Error('redis-server did not start in 10 s')), 10_000);
        started.once('error', reject);
        started.once('exit', (code) => reject(new Error(`redis-server exited early (${String(code)})`)));
        let output = '';
        started.stdout?.on('data', (chunk: Buffer) => {
          output = (output + chunk.toString()).slice(-10_000);
          if (output.includes('Ready to accept connections')) {
            clearTimeout(timer);
            resolve();
          }
        });
      }),
    async kill() {
      const running = child;
      child = undefined;
      if (running === undefined || running.exitCode !== null) return;
      const exited = new Promise((r) => running.once('exit', r));
      running.kill('SIGCONT');
      running.kill('SIGKILL');
      await exited;
    },
    signal: (signal) => void child?.kill(signal),
    async keysContaining(fragment) {
      const client = testRedis(url);
      client.on('error', () => {});
      try {
        await client.connect();
        return await client.keys(`*${fragment}*`);
      } finally {
        client.disconnect();
      }
    },
  };
}
