import { isAbsolute, join } from 'node:path';
import type { Pepper } from './keys/key-format.js';

/** Every setting Keyward reads, parsed once from the environment and frozen. */
export interface Config {
  readonly host: string;
  readonly port: number;
  readonly dataDir: string;
  /** SQLite file used when `databaseUrl` is not set. */
  readonly sqliteFile: string;
  readonly databaseUrl: string | undefined;
  readonly redisUrl: string | undefined;
  /** Prefix of every Redis key this deployment writes (`REDIS_KEY_PREFIX`, default `kw:`): deployments sharing one Redis use different ones. */
  readonly redisKeyPrefix: string;
  /** Peers whose X-Forwarded-For is believed: addresses/CIDRs, or false for none. */
  readonly trustProxy: readonly string[] | false;
  readonly pepper: Pepper | undefined;
  /**
   * Peppers keys may still be hashed with during a rotation (`KEYWARD_PEPPER_PREVIOUS`), newest first;
   * `null` stands for "no pepper" (plain SHA-256). A key found under one is re-hashed with `pepper` on use.
   */
  readonly previousPeppers: readonly (Pepper | null)[];
  readonly rateLimitPerMinute: number;
  readonly rateLimitPerSecond: number;
  readonly failedAuthPerMinute: number;
  /** Window lengths of the per-key limits (60 s and 1 s; tests of many processes shorten them). */
  readonly rateLimitMinuteMs: number;
  readonly rateLimitSecondMs: number;
  readonly maxActiveKeysPerUser: number;
  readonly allowSignup: boolean;
  /** Sign-ups allowed per client IP per hour (each costs a password hash and a new workspace). */
  readonly signupPerHour: number;
  /** Users an admin (or key) may add to one workspace per hour. */
  readonly userCreatesPerHour: number;
  /** pino's level (`LOG_LEVEL`, default `info`): one of `LOG_LEVELS`. */
  readonly logLevel: LogLevel;
  /**
   * One access line per request at `info` (`ACCESS_LOG`, default true): method, scrubbed URL, status,
   * response time, request id and the key's id. Off, or a `LOG_LEVEL` above `info`, writes none and
   * costs a request nothing.
   */
  readonly accessLog: boolean;
  readonly corsOrigins: readonly string[];
  /** How often pending last-used observations are written (must stay well under 5 s). */
  readonly lastUsedFlushMs: number;
  readonly sessionTtlMs: number;
  /**
   * How long after a password or two-factor check a browser session may do sensitive things (keys with a
   * management permission, allowlists, webhooks, roles, password resets, two-factor): `REAUTH_WINDOW_MINUTES`, default 10.
   */
  readonly reauthWindowMs: number;
  /** log2 of scrypt's N for new password hashes (tests lower it to stay fast). */
  readonly scryptLogN: number;
  /** Cache verified keys in memory (see KeyCache and docs/deploy.md, "Verified keys in memory"). */
  readonly keyCache: boolean;
  /**
   * PostgreSQL with Redis: how often each instance reads the database's auth-state counter, the backstop
   * for changes Redis was not told about (`AUTH_VERSION_POLL_MS`, default 1000).
   */
  readonly authVersionPollMs: number;
  /** `smtp://…` or `smtps://…`: email notifications are sent only when set. */
  readonly smtpUrl: string | undefined;
  readonly smtpFrom: string;
  /** Where users reach the web app; links in emails point here. */
  readonly publicUrl: string;
  /** Deliver webhooks to loopback, private, link-local and metadata addresses (tests; never in production). */
  readonly webhookAllowPrivate: boolean;
  /** A webhook attempt that has not answered within this many milliseconds counts as failed. */
  readonly webhookTimeoutMs: number;
  /** How often the notification scheduler runs (0 = never; tests call `tick()` themselves). */
  readonly notifyIntervalMs: number;
  /** Server-side key that encrypts webhook signing secrets at rest (falls back to KEYWARD_PEPPER's secret). */
  readonly webhookEncryptionKey: string | undefined;
}

export class ConfigError extends Error {}

export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

function logLevel(raw: string | undefined): LogLevel {
  if (!raw) return 'info';
  const level = LOG_LEVELS.find((l) => l === raw.toLowerCase());
  if (level === undefined) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${raw}"`);
  return level;
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 1, max = 1_000_000_000): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  return n;
}

function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

const list = (raw: string | undefined) =>
  (raw ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** `KEYWARD_PEPPER` is `v<N>:<secret>` (or a bare secret, taken as version 1); at least 16 characters. */
function url(env: NodeJS.ProcessEnv, name: string, protocols: readonly string[]): string | undefined {
  const raw = env[name];
  if (!raw) return undefined;
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new ConfigError(`${name} must be a URL, got something else`);
  }
  if (!protocols.includes(u.protocol)) throw new ConfigError(`${name} must start with ${protocols.map((p) => `${p}//`).join(' or ')}`);
  return raw.replace(/\/+$/, '');
}

function pepper(raw: string | undefined): Pepper | undefined {
  if (!raw) return undefined;
  const m = /^v(\d+):(.+)$/.exec(raw);
  const p = m ? { version: Number(m[1]), secret: m[2] } : { version: 1, secret: raw };
  if (p.secret.length < 16) throw new ConfigError('KEYWARD_PEPPER must hold a secret of at least 16 characters');
  return Object.freeze(p);
}

function secretKey(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  if (raw.length < 16) throw new ConfigError('WEBHOOK_ENCRYPTION_KEY must be at least 16 characters');
  return raw;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = env.DATA_DIR || './data';
  const trust = list(env.TRUST_PROXY);
  return Object.freeze({
    host: env.HOST || '127.0.0.1',
    port: int(env, 'PORT', 3000, 0, 65535),
    dataDir,
    sqliteFile: isAbsolute(dataDir) ? join(dataDir, 'keyward.db') : join(process.cwd(), dataDir, 'keyward.db'),
    databaseUrl: env.DATABASE_URL || undefined,
    redisUrl: env.REDIS_URL || undefined,
    redisKeyPrefix: env.REDIS_KEY_PREFIX || 'kw:',
    trustProxy: trust.length > 0 ? Object.freeze(trust) : false,
    pepper: pepper(env.KEYWARD_PEPPER),
    previousPeppers: Object.freeze(list(env.KEYWARD_PEPPER_PREVIOUS).map((p) => (p === 'none' ? null : (pepper(p) ?? null)))),
    rateLimitPerMinute: int(env, 'RATE_LIMIT_PER_MINUTE', 100),
    rateLimitPerSecond: int(env, 'RATE_LIMIT_PER_SECOND', 10),
    failedAuthPerMinute: int(env, 'FAILED_AUTH_PER_MINUTE', 30),
    rateLimitMinuteMs: int(env, 'RATE_LIMIT_MINUTE_MS', 60_000, 10),
    rateLimitSecondMs: int(env, 'RATE_LIMIT_SECOND_MS', 1_000, 1),
    maxActiveKeysPerUser: int(env, 'MAX_ACTIVE_KEYS_PER_USER', 100),
    allowSignup: bool(env, 'ALLOW_SIGNUP', false),
    signupPerHour: int(env, 'SIGNUP_PER_HOUR', 10),
    userCreatesPerHour: int(env, 'USER_CREATES_PER_HOUR', 100),
    logLevel: logLevel(env.LOG_LEVEL),
    accessLog: bool(env, 'ACCESS_LOG', true),
    corsOrigins: Object.freeze(list(env.CORS_ORIGINS)),
    lastUsedFlushMs: int(env, 'LAST_USED_FLUSH_MS', 1000, 10, 4000),
    sessionTtlMs: int(env, 'SESSION_TTL_HOURS', 12, 1, 24 * 30) * 3_600_000,
    reauthWindowMs: int(env, 'REAUTH_WINDOW_MINUTES', 10, 1, 24 * 60) * 60_000,
    scryptLogN: int(env, 'SCRYPT_LOG_N', 15, 10, 20),
    keyCache: bool(env, 'KEY_CACHE', true),
    authVersionPollMs: int(env, 'AUTH_VERSION_POLL_MS', 1000, 10, 60_000),
    smtpUrl: url(env, 'SMTP_URL', ['smtp:', 'smtps:']),
    smtpFrom: env.SMTP_FROM || 'Keyward <keyward@localhost>',
    publicUrl: url(env, 'PUBLIC_URL', ['http:', 'https:']) ?? `http://${env.HOST || '127.0.0.1'}:${env.PORT || 3000}`,
    webhookAllowPrivate: bool(env, 'WEBHOOK_ALLOW_PRIVATE', false),
    webhookTimeoutMs: int(env, 'WEBHOOK_TIMEOUT_MS', 10_000, 100, 60_000),
    notifyIntervalMs: int(env, 'NOTIFY_INTERVAL_MS', 60_000, 0, 3_600_000),
    webhookEncryptionKey: secretKey(env.WEBHOOK_ENCRYPTION_KEY),
  });
}

/** A config for tests and tools: defaults, then overrides. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return Object.freeze({ ...loadConfig({}), scryptLogN: 10, signupPerHour: 1000, ...overrides });
}
