import pino, { type DestinationStream, type Logger } from 'pino';

/** Anything shaped like a Keyward key, wherever it appears in a logged string (e.g. a URL a client got wrong). */
const KEY_LIKE = /ak_(live|test)_[0-9A-Za-z]{6,}/g;
export const scrubKeys = (s: string) => s.replace(KEY_LIKE, 'ak_$1_[REDACTED]');

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
        req: (req: { method: string; url: string; ip?: string; id?: string }) => ({ id: req.id, method: req.method, url: scrubKeys(req.url), ip: req.ip }),
        err: pino.stdSerializers.err,
      },
    },
    options.stream,
  );
}
