import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { scrubUrl } from '../logger.js';

/**
 * The access log: one line per request, written once its answer is sent, through the root logger (no
 * child logger is made for it). It holds the method, the URL scrubbed of anything key-shaped, the status,
 * the response time, the request id and the id of the key that authenticated the request — never a
 * header, a cookie or key material. `undefined` (no hook at all, nothing paid per request) when
 * `ACCESS_LOG` is off or the log level is above `info`.
 */
export function accessLogHook(logger: Logger, enabled: boolean) {
  if (!enabled || !logger.isLevelEnabled('info')) return undefined;
  // Without the root logger's redaction (createLogger): the line is built here from values that hold no
  // credential, and redaction's wildcard paths were most of the line's cost (bench/micro/fixed-cost.ts).
  const access = logger.child({}, { redact: [] });
  return function accessLog(req: FastifyRequest, reply: FastifyReply, done: () => void): void {
    access.info(
      {
        reqId: req.id,
        method: req.method,
        url: scrubUrl(req.url),
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 100) / 100,
        keyId: req.usageKey?.id,
      },
      'request',
    );
    done();
  };
}
