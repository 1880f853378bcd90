import type { Config } from '../config.js';

/** What the first log line says about where the data lives: the SQLite file, or PostgreSQL's host and database (never its credentials). */
export function describeStore(config: Pick<Config, 'databaseUrl' | 'sqliteFile'>): string {
  if (!config.databaseUrl) return `sqlite ${config.sqliteFile}`;
  try {
    const u = new URL(config.databaseUrl);
    return `postgres ${u.hostname}:${u.port || '5432'}${u.pathname}`;
  } catch {
    return 'postgres';
  }
}

/** The limiter in use: memory, or Redis (saying so while it is not reachable and memory stands in). */
export function describeLimiter(config: Pick<Config, 'redisUrl'>, status: { backend: string; degraded: boolean }): string {
  if (!config.redisUrl) return 'memory';
  return status.backend === 'redis' && !status.degraded ? 'redis' : 'redis (not reachable yet: memory meanwhile)';
}

/** An address a browser can open: the unspecified 0.0.0.0 or [::] becomes localhost. */
export function openableUrl(address: string): string {
  return address.replace(/^(https?:\/\/)(0\.0\.0\.0|\[::\])(?=:)/, '$1localhost');
}

/** "Keyward is ready: open http://…" with the version, the store and the limiter: the line an operator looks for. */
export function readyText(address: string, facts: { version: string; store: string; limiter: string }): string {
  return `Keyward is ready: open ${openableUrl(address)} (version ${facts.version}, store ${facts.store}, limiter ${facts.limiter})`;
}
