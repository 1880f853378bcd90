import { Writable } from 'node:stream';
import type { LightMyRequestResponse } from 'fastify';
import { ManualClock } from '../../src/clock.js';
import { type Config, testConfig } from '../../src/config.js';
import { type Keyward, createKeyward } from '../../src/keyward.js';
import type { SqlStore } from '../../src/store/sql-store.js';
import { afterAll, afterEach, beforeAll, describe } from 'vitest';
import { DIALECTS, type Dialect, openTestStore } from './backends.js';
import { checkerFor } from './contract.js';
import type { OpenApiDoc } from './openapi.js';

/** Limits a suite sending thousands of requests as one caller (fuzzing, sweeps over every field) never reaches. */
export const NO_LIMITS = {
  failedAuthPerMinute: 1_000_000,
  rateLimitPerMinute: 1_000_000,
  rateLimitPerSecond: 100_000,
  signupPerHour: 1_000_000,
} satisfies Partial<Config>;

export interface TestApp {
  kw: Keyward;
  store: SqlStore;
  clock: ManualClock;
  /** Every log line the app wrote, as text. */
  logs: string[];
  request(opts: RequestOpts): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export interface RequestOpts {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT' | 'HEAD' | 'OPTIONS';
  url: string;
  body?: unknown;
  headers?: Record<string, string | string[]>;
  as?: Caller;
  /** Raw payload instead of JSON. */
  payload?: string | Buffer;
  ip?: string;
}

/** A session (cookie + CSRF token) or an API key to call the API with. */
export type Caller = { cookie: string; csrf: string } | { key: string };

/** A response that does not match /openapi.json. */
export class ContractMismatch extends Error {
  constructor(readonly mismatches: string[]) {
    super(`The response does not match /openapi.json:\n${mismatches.join('\n')}`);
  }
}

export interface TestAppOptions {
  dialect?: Dialect;
  config?: Partial<Config>;
  clock?: ManualClock;
  /** A monotonic source moved separately from `clock`, to simulate wall-clock jumps (default: `clock` itself). */
  monotonic?: ManualClock;
  /** The document responses are checked against: the served one by default; false turns the check off. */
  contract?: OpenApiDoc | false;
}

/** A fresh app on its own store, with a manual clock and captured logs; every response checked against /openapi.json. */
export async function testApp(options: TestAppOptions = {}): Promise<TestApp> {
  const clock = options.clock ?? new ManualClock(Date.UTC(2026, 5, 1, 12));
  const store = await openTestStore(options.dialect ?? 'sqlite');
  const logs: string[] = [];
  const logStream = new Writable({
    write(chunk, _enc, cb) {
      logs.push(String(chunk));
      cb();
    },
  });
  // PostgreSQL needs a configured key for webhook secrets (SQLite generates one beside its file).
  const webhookKey = options.dialect === 'postgres' ? { webhookEncryptionKey: 'a webhook key for the tests' } : {};
  const config = testConfig({ allowSignup: true, logLevel: 'info', ...webhookKey, ...options.config });
  const kw = await createKeyward(config, { clock, monotonic: options.monotonic, store, logStream, webDir: false });
  const request = async (o: RequestOpts) => {
    const headers: Record<string, string | string[]> = { ...o.headers };
    if (o.as && 'key' in o.as) headers['x-api-key'] = o.as.key;
    if (o.as && 'cookie' in o.as) {
      headers.cookie = o.as.cookie;
      headers['x-csrf-token'] ??= o.as.csrf;
    }
    let payload = o.payload;
    if (o.body !== undefined) {
      payload = JSON.stringify(o.body);
      headers['content-type'] ??= 'application/json';
    }
    const res = await kw.app.inject({ method: o.method ?? 'GET', url: o.url, headers, payload, remoteAddress: o.ip ?? '127.0.0.1' });
    // Every response is checked against the served /openapi.json (test/support/contract.ts).
    if (options.contract !== false) {
      const mismatches = checkerFor(options.contract ?? (kw.app.swagger() as OpenApiDoc))({ method: o.method ?? 'GET', url: o.url }, res);
      if (mismatches.length > 0) throw new ContractMismatch(mismatches);
    }
    return res;
  };
  let closed: Promise<void> | undefined;
  return {
    kw,
    store,
    clock,
    logs,
    request,
    // Once: a test may close its app itself before the app is closed after it.
    close: () => (closed ??= kw.close().then(() => store.close())),
  };
}

/**
 * Opens apps for the tests of the enclosing `describe` block (with `defaults` under each call's options);
 * every app a test opened is closed after that test.
 */
export function appsClosedAfterEach(defaults: TestAppOptions = {}): (options?: TestAppOptions) => Promise<TestApp> {
  const open: TestApp[] = [];
  afterEach(async () => {
    for (const t of open.splice(0).reverse()) await t.close();
  });
  return async (options = {}) => {
    const t = await testApp({ ...defaults, ...options, config: { ...defaults.config, ...options.config } });
    open.push(t);
    return t;
  };
}

/**
 * One app (see `testApp`) shared by every test of the enclosing `describe` block: opened before its first
 * test, closed after its last. The value stands for that app from the first test on.
 */
export function appForAllTests(options: TestAppOptions = {}): TestApp {
  let app: TestApp | undefined;
  beforeAll(async () => {
    app = await testApp(options);
  });
  afterAll(() => app?.close());
  return new Proxy({} as TestApp, {
    get: (_, name) => {
      if (!app) throw new Error('appForAllTests: the app is opened before the first test, not while the suite is declared');
      return Reflect.get(app, name);
    },
  });
}

export interface DialectContext {
  readonly dialect: Dialect;
  /** A fresh app on this dialect (see `testApp`), closed after the test that opened it. */
  app(options?: Omit<TestAppOptions, 'dialect'>): Promise<TestApp>;
}

/** One `describe` block per storage dialect (`[sqlite] name`, `[postgres] name`), each test with its own app. */
export function describeEachDialect(name: string, body: (ctx: DialectContext) => void): void {
  for (const dialect of DIALECTS) {
    describe(`[${dialect}] ${name}`, () => {
      body({ dialect, app: appsClosedAfterEach({ dialect }) });
    });
  }
}
