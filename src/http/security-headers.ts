import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * Helmet's headers for `options`, computed once: `@fastify/helmet` calls `helmet(options)` inside its
 * hook, rebuilding every middleware and re-parsing the CSP on every request; the headers never change
 * between requests here (no nonces), so that work is done at start-up. Frozen, lower-case names.
 */
export function helmetHeaders(options: HelmetOptions): Readonly<Record<string, string>> {
  const headers: Record<string, string> = {};
  const res = {
    setHeader: (k: string, v: string | number | readonly string[]) => void (headers[k.toLowerCase()] = String(v)),
    removeHeader: (k: string) => void delete headers[k.toLowerCase()],
    getHeader: (k: string) => headers[k.toLowerCase()],
  };
  helmet(options)({} as never, res as never, () => {});
  return Object.freeze(headers);
}

/**
 * Every response carries helmet's headers: one `reply.headers()` into the headers Fastify writes with
 * `writeHead` (a `raw.setHeader` per header first made Node keep and validate a second header list;
 * bench/micro/fixed-cost.ts measures both).
 */
export function securityHeaders(app: FastifyInstance, options: HelmetOptions): void {
  const headers = helmetHeaders(options);
  app.addHook('onRequest', (_req, reply, done) => {
    reply.headers(headers);
    done();
  });
}
