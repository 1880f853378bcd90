import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from './ports.js';
import { IN_CI, POSTGRES_URL } from './env.js';

/** A new, not yet created schema on the shared server, and a DATABASE_URL that selects it. */
export interface FreshSchema {
  readonly name: string;
  /** DATABASE_URL choosing the schema through libpq options (`-c search_path=…`). */
  readonly url: string;
  query<T extends pg.QueryResultRow = any>(text: string, values?: unknown[]): Promise<T[]>;
  drop(): Promise<void>;
}

export function freshSchema(label: string): FreshSchema {
  const name = `scale_${label}_${randomBytes(5).toString('hex')}`;
  const url = `${POSTGRES_URL}?options=${encodeURIComponent(`-c search_path=${name}`)}`;
  const query = async (text: string, values?: unknown[]) => {
    const c = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 2000 });
    await c.connect();
    try {
      await c.query(`set search_path = ${name}`);
      return (await c.query(text, values)).rows;
    } finally {
      await c.end();
    }
  };
  return { name, url, query, drop: async () => void (await query(`drop schema if exists ${name} cascade`)) };
}

/** The newest installed PostgreSQL server binaries (`/usr/lib/postgresql/<version>/bin`), if any. */
export function postgresBinDir(): string | undefined {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base)
    .filter((v) => existsSync(join(base, v, 'bin', 'initdb')) && existsSync(join(base, v, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] && join(base, versions[0], 'bin');
}

/** Whether commands can run as the `postgres` OS user (PostgreSQL refuses to run as root). */
export function canRunAsPostgres(): boolean {
  return spawnSync('runuser', ['-u', 'postgres', '--', 'true'], { stdio: 'ignore' }).status === 0;
}

/**
 * A throwaway PostgreSQL cluster of the test's own (the shared server is never touched): a data directory
 * in a temp dir owned by `postgres`, trust auth, listening on 127.0.0.1 at a spare port. `stop()` is a fast
 * shutdown (sessions are terminated, as when an operator or a failover stops the server).
 */
export interface ThrowawayCluster {
  readonly url: string;
  start(): void;
  stop(): void;
  /** SIGSTOP (or SIGCONT) the postmaster and every backend: a server that accepts TCP but never answers. */
  signal(signal: 'SIGSTOP' | 'SIGCONT'): void;
  destroy(): void;
}

export async function throwawayCluster(binDir: string): Promise<ThrowawayCluster> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'keyward-pg-'));
  chownSync(dir, uid('postgres'), gid('postgres'));
  const data = join(dir, 'data');
  const asPostgres = (cmd: string, args: string[]) =>
    execFileSync('runuser', ['-u', 'postgres', '--', join(binDir, cmd), ...args], { stdio: 'pipe', timeout: 60_000 });
  asPostgres('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  const settings = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`;
  const ctl = (action: string, ...args: string[]) => asPostgres('pg_ctl', [action, '-D', data, '-w', '-t', '30', ...args]);
  const signal = (sig: 'SIGSTOP' | 'SIGCONT') => {
    const pidFile = join(data, 'postmaster.pid');
    if (!existsSync(pidFile)) return;
    const postmaster = readFileSync(pidFile, 'utf8').split('\n')[0].trim();
    const children = spawnSync('pgrep', ['-P', postmaster]).stdout.toString().split('\n').filter(Boolean);
    for (const pid of [postmaster, ...children]) {
      try {
        process.kill(Number(pid), sig);
      } catch {
        /* a backend that just exited */
      }
    }
  };
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start: () => void ctl('start', '-l', join(dir, 'log'), '-o', settings),
    stop: () => void ctl('stop', '-m', 'fast'),
    signal,
    destroy() {
      signal('SIGCONT');
      if (existsSync(join(data, 'postmaster.pid'))) {
        try {
          ctl('stop', '-m', 'immediate');
        } catch {
          /* already stopped */
        }
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function uid(user: string): number {
  return Number(execFileSync('id', ['-u', user]).toString().trim());
}

function gid(user: string): number {
  return Number(execFileSync('id', ['-g', user]).toString().trim());
}

/** The temp dir must be reachable by `postgres`: /tmp is world-traversable, but a custom TMPDIR may not be. */
export function tmpTraversable(): boolean {
  return (statSync(tmpdir()).mode & 0o001) !== 0;
}

/**
 * The binaries for a throwaway cluster, when this machine can run one (initdb/pg_ctl, a `postgres` OS
 * user, a temp dir it can reach). When it cannot: under CI, throws (the suite must run); elsewhere prints
 * why and returns undefined (the suite is skipped).
 */
export function clusterBinDir(suite: string): string | undefined {
  const binDir = postgresBinDir();
  if (binDir !== undefined && canRunAsPostgres() && tmpTraversable()) return binDir;
  const why = `${suite} needs initdb/pg_ctl (/usr/lib/postgresql/*/bin), a \`postgres\` OS user and a temp dir it can reach`;
  if (IN_CI) throw new Error(`${why}, and CI is set: this suite must run`);
  console.warn(`[skip] ${why}; skipping`);
  return undefined;
}
