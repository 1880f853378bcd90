import { existsSync } from 'node:fs';
import { Redis } from 'ioredis';
import nodemailer from 'nodemailer';
import type { Config } from '../config.js';
import { MIGRATION_NAMES, migrationStatus } from '../store/migrate.js';
import { openPostgresStore } from '../store/dialects/postgres/index.js';
import { openSqliteStore } from '../store/dialects/sqlite/index.js';
import type { SqlStore } from '../store/sql-store.js';
import { maskUrl } from './doctor-config.js';
import { describeStore } from './ready.js';

/** `fail` makes `keyward doctor` exit 1; `warn` is worth reading; `skip` is a part not configured. */
export type CheckStatus = 'ok' | 'warn' | 'fail' | 'skip';

/** One line of `keyward doctor`: what was checked, and what was found (never a secret). */
export interface CheckResult {
  readonly name: string;
  readonly status: CheckStatus;
  readonly detail: string;
}

/** How long one network check may take before it counts as not reachable. */
export const DOCTOR_TIMEOUT_MS = 3000;

const result = (name: string, status: CheckStatus, detail: string): CheckResult => ({ name, status, detail });

/** An error as one short phrase (pg's refused connection is an AggregateError with an empty message). */
function reason(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const code = (err as { code?: unknown }).code;
  return err.message || (typeof code === 'string' ? code : '') || err.name;
}

async function withTimeout<T>(what: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([what, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The database answers and its schema is this version's: no migration pending (a start would apply them,
 * but a server pointed at an unmigrated database by mistake is what this catches), none from a newer
 * Keyward. Creates nothing: a missing SQLite file is reported, not made.
 */
export async function checkDatabase(config: Pick<Config, 'databaseUrl' | 'sqliteFile'>): Promise<CheckResult> {
  const where = describeStore(config);
  if (!config.databaseUrl && !existsSync(config.sqliteFile)) {
    return result(
      'database',
      'fail',
      `${where}: the file does not exist (set DATA_DIR to the server's data directory; the first start or \`keyward migrate\` creates it)`,
    );
  }
  let store: SqlStore | undefined;
  try {
    store = config.databaseUrl
      ? await openPostgresStore({ connectionString: config.databaseUrl, poolSize: 1, timeoutMs: DOCTOR_TIMEOUT_MS, statementTimeoutMs: DOCTOR_TIMEOUT_MS })
      : openSqliteStore({ file: config.sqliteFile });
    const { applied, pending, unknown } = await migrationStatus(store);
    if (unknown.length) return result('database', 'fail', `${where}: migrated by a newer Keyward (${unknown.join(', ')}); run that version`);
    if (applied.length === 0) return result('database', 'fail', `${where}: reachable but not migrated (no Keyward schema); run \`keyward migrate\``);
    if (pending.length) {
      return result(
        'database',
        'fail',
        `${where}: reachable but not migrated: ${pending.length} of ${MIGRATION_NAMES.length} migrations pending (${pending.join(', ')}); run \`keyward migrate\``,
      );
    }
    return result('database', 'ok', `${where}: reachable, schema up to date (${applied.length} migrations)`);
  } catch (err) {
    return result('database', 'fail', `${where}: not reachable (${reason(err)})`);
  } finally {
    await store?.close().catch(() => {});
  }
}

/** Redis answers and takes a write (a Redis refusing writes — OOM, a replica — sends every limit to memory). */
export async function checkRedis(config: Pick<Config, 'redisUrl' | 'redisKeyPrefix'>): Promise<CheckResult> {
  if (!config.redisUrl) return result('redis', 'skip', 'not configured (REDIS_URL): rate limits are counted per instance');
  const where = maskUrl(config.redisUrl);
  const client = new Redis(config.redisUrl, {
    lazyConnect: true,
    connectTimeout: DOCTOR_TIMEOUT_MS,
    commandTimeout: DOCTOR_TIMEOUT_MS,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  // Without retries, a refused connection rejects `connect()` with "Connection is closed."; the socket's own error says why.
  let socketError: Error | undefined;
  client.on('error', (err: Error) => {
    socketError ??= err;
  });
  try {
    await withTimeout(client.connect(), DOCTOR_TIMEOUT_MS);
    await client.set(`${config.redisKeyPrefix}doctor`, String(Date.now()), 'PX', 10_000);
    return result('redis', 'ok', `${where}: reachable, takes writes`);
  } catch (err) {
    return result('redis', 'fail', `${where}: not reachable (${reason(socketError ?? err)})`);
  } finally {
    client.disconnect();
  }
}

/** Keys are hashed with a server-side secret; without one a stolen database can be checked against guessed keys offline. */
export function checkPepper(config: Pick<Config, 'pepper' | 'previousPeppers'>): CheckResult {
  if (!config.pepper) return result('pepper', 'warn', 'KEYWARD_PEPPER is not set: keys are hashed with plain SHA-256 (docs/security.md)');
  const previous = config.previousPeppers.length ? `; ${config.previousPeppers.length} previous still accepted` : '';
  return result('pepper', 'ok', `set (version ${config.pepper.version})${previous}`);
}

/** Links in emails point at PUBLIC_URL: unset, they name the listening address, which users outside cannot open. */
export function checkPublicUrl(config: Pick<Config, 'publicUrl'>, env: NodeJS.ProcessEnv): CheckResult {
  if (!env.PUBLIC_URL) return result('public URL', 'warn', `PUBLIC_URL is not set: links in emails point to ${config.publicUrl}`);
  const { protocol, hostname } = new URL(config.publicUrl);
  const local = hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
  if (protocol !== 'https:' && !local)
    return result('public URL', 'warn', `${config.publicUrl} is not https: browsers would send session cookies in the clear`);
  return result('public URL', 'ok', config.publicUrl);
}

/** The SMTP server answers and accepts the configured login (nodemailer's verify: connect, EHLO, AUTH). */
export async function checkSmtp(config: Pick<Config, 'smtpUrl'>): Promise<CheckResult> {
  if (!config.smtpUrl) return result('smtp', 'skip', 'not configured (SMTP_URL): no email notifications');
  const where = maskUrl(config.smtpUrl);
  const transport = nodemailer.createTransport(config.smtpUrl);
  try {
    await withTimeout(transport.verify(), DOCTOR_TIMEOUT_MS);
    return result('smtp', 'ok', `${where}: reachable`);
  } catch (err) {
    return result('smtp', 'fail', `${where}: not reachable (${reason(err)})`);
  } finally {
    transport.close();
  }
}

/** Every check, in the order printed; the network ones run at the same time. */
export async function runChecks(config: Config, env: NodeJS.ProcessEnv): Promise<CheckResult[]> {
  const [database, redis, smtp] = await Promise.all([checkDatabase(config), checkRedis(config), checkSmtp(config)]);
  return [database, redis, checkPepper(config), checkPublicUrl(config, env), smtp];
}
