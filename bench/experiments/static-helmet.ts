/**
 * A drop-in for `@fastify/helmet` (global use, no CSP nonces, no per-route options) that runs helmet once
 * at start-up and then copies the resulting headers onto every response. `@fastify/helmet` 13 calls
 * `helmet(options)` inside its onRequest hook, i.e. rebuilds every middleware and re-parses the CSP
 * directives on every request. Used by `bench/experiments/server.ts` (BENCH_EXPERIMENT=helmet) through a
 * module-resolution hook; the headers sent are the same.
 */
import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

/** The headers helmet would set, captured from one dry run against a stand-in response. */
function staticHeaders(options: HelmetOptions): [string, string | number | readonly string[]][] {
  const headers = new Map<string, string | number | readonly string[]>();
  const res = {
    setHeader: (k: string, v: string | number | readonly string[]) => void headers.set(k.toLowerCase(), v),
    removeHeader: (k: string) => void headers.delete(k.toLowerCase()),
    getHeader: (k: string) => headers.get(k.toLowerCase()),
  };
  helmet(options)({} as never, res as never, () => {});
  return [...headers];
}

async function staticHelmet(app: FastifyInstance, options: HelmetOptions): Promise<void> {
  const headers = staticHeaders(options);
  app.addHook('onRequest', (_req, reply, done) => {
    for (const [k, v] of headers) reply.raw.setHeader(k, v);
    done();
  });
}

/** Like fastify-plugin: the hook applies to the whole app, not an encapsulated child context. */
Object.assign(staticHelmet, { [Symbol.for('skip-override')]: true, [Symbol.for('fastify.display-name')]: '@fastify/helmet' });

export default staticHelmet;
