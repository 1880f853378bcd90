import type { FastifyBaseLogger } from 'fastify';
import pino, { type Bindings, type ChildLoggerOptions, type DestinationStream, type Logger } from 'pino';
import { maskKeyRuns } from './keys/key-scan.js';

/** Anything shaped like a Keyward key, wherever it appears in a logged string (e.g. a URL a client got wrong). */
const KEY_LIKE = /ak_(live|test)_[0-9A-Za-z]{6,}/g;
export const scrubKeys = (s: string) => maskKeyRuns(s).replace(KEY_LIKE, 'ak_$1_[REDACTED]');

/** A key's prefix however it is spelled once decoded, and any long base62 run (a key's 38-character body). */
const KEY_MATERIAL = /ak[\s_\-.]{0,3}(?:live|test)[\s_\-.]{0,3}[0-9A-Za-z]{4,}|[0-9A-Za-z]{30,}/gi;
const PERCENT = /%([0-9A-Fa-f]{2})/g;
const HAS_PERCENT = /%[0-9A-Fa-f]{2}/;

/**
 * A URL as it may be shown in an error message or a log line: decoded the way a reader (or a server
 * behind us) would — percent-escapes, repeatedly (`%255F` → `%5F` → `_`), and `+` as a space — and then
 * scrubbed of anything that could be key material: by content, any run of key characters whose checksum
 * verifies however it is split (`/`, `.`, …; key-scan.ts), and by shape, a key prefix or a long base62
 * run. Decoding first means no encoding of a key survives; what is returned is the decoded, scrubbed
 * text (no error message or log line ever holds a full key, even a revoked one).
 */
export function scrubUrl(url: string): string {
  let text = url;
  for (let i = 0; i < 4 && HAS_PERCENT.test(text); i++) {
    text = text.replace(PERCENT, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  }
  return maskKeyRuns(text.replace(/\+/g, ' ')).replace(KEY_MATERIAL, '[REDACTED]');
}

/**
 * JSON logs with credentials removed: API-key and authorization headers, cookies, CSRF tokens and
 * passwords are redacted, and key-shaped text in URLs is scrubbed.
 */
export function createLogger(options: { level: string; stream?: DestinationStream }): Logger {
  return pino(
    {
      level: options.level,
      redact: {
        paths: [
          'req.headers.authorization',
          'req.headers["x-api-key"]',
          'req.headers.cookie',
          'req.headers["x-csrf-token"]',
          'res.headers["set-cookie"]',
          '*.password',
          'password',
          '*.key',
        ],
        censor: '[REDACTED]',
      },
      serializers: {
        req: (req: { method: string; url: string; ip?: string; id?: string }) => ({ id: req.id, method: req.method, url: scrubUrl(req.url), ip: req.ip }),
        err: scrubError,
      },
    },
    options.stream,
  );
}

/** An error as logged, with any key its message or stack quotes masked by content. */
function scrubError(err: Error): ReturnType<typeof pino.stdSerializers.err> {
  const out = pino.stdSerializers.err(err);
  if (typeof out.message === 'string') out.message = scrubKeys(out.message);
  if (typeof out.stack === 'string') out.stack = scrubKeys(out.stack);
  return out;
}

type LogMethod = (...args: unknown[]) => void;
const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace'] as const;

/**
 * A request's logger, made a pino child (with the request id bound) only when something logs through it.
 * Most requests never log through it (the access line is written through the root logger), and pino's
 * `child()` copies bindings and serializers: paid per request, for nothing, when made eagerly.
 */
interface LazyChildLogger extends Record<(typeof LEVELS)[number], LogMethod> {}
class LazyChildLogger {
  private made: FastifyBaseLogger | undefined;
  constructor(
    private readonly parent: FastifyBaseLogger,
    private readonly bindings: Bindings,
    private readonly options: ChildLoggerOptions,
  ) {}
  /** The child logger, made on the first call. */
  target(): FastifyBaseLogger {
    this.made ??= this.parent.child(this.bindings, this.options);
    return this.made;
  }
  get level(): string {
    return this.made?.level ?? this.options.level ?? this.parent.level;
  }
  set level(level: string) {
    this.target().level = level;
  }
  silent(): void {}
  child(bindings: Bindings, options?: ChildLoggerOptions): FastifyBaseLogger {
    return this.target().child(bindings, options);
  }
}
for (const level of LEVELS) {
  LazyChildLogger.prototype[level] = function (this: LazyChildLogger, ...args: unknown[]): void {
    const logger = this.target();
    (logger[level] as LogMethod).apply(logger, args);
  };
}

/** Fastify's `childLoggerFactory`: `req.log` and `reply.log`, made a child logger only on first use. */
export function lazyChildLogger(parent: FastifyBaseLogger, bindings: Bindings, options: ChildLoggerOptions): FastifyBaseLogger {
  return new LazyChildLogger(parent, bindings, options) as unknown as FastifyBaseLogger;
}
