import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * Helmet's headers, computed once at start-up and copied onto every response. `@fastify/helmet` calls
 * `helmet(options)` inside its hook, rebuilding every middleware and re-parsing the CSP on every request;
 * the headers never change between requests here (no nonces), so that work is done once.
 */
export function securityHeaders(app: FastifyInstance, options: HelmetOptions): void {
  const headers = new Map<string, string | number | readonly string[]>();
  const res = {
    setHeader: (k: string, v: string | number | readonly string[]) => void headers.set(k.toLowerCase(), v),
    removeHeader: (k: string) => void headers.delete(k.toLowerCase()),
    getHeader: (k: string) => headers.get(k.toLowerCase()),
  };
  helmet(options)({} as never, res as never, () => {});
  const entries = [...headers];
  app.addHook('onRequest', (_req, reply, done) => {
    for (const [k, v] of entries) reply.raw.setHeader(k, v);
    done();
  });
}
