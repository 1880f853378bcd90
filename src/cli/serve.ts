import { loadConfig } from '../config.js';
import { createKeyward } from '../keyward.js';
import { VERSION } from '../version.js';
import { describeLimiter, describeStore, readyText } from './ready.js';

/**
 * Starts the server. The first log line is "Keyward is ready: open http://…" with the version, store and
 * limiter (it replaces Fastify's "Server listening at"; further addresses of a wildcard host follow as
 * "also listening at"); then "Keyward listening on …" with the same facts as fields, the line scripts and
 * tests parse. SIGTERM/SIGINT: stop accepting, let in-flight requests finish, flush last-used, close the
 * stores, exit 0.
 */
export async function serve(): Promise<void> {
  const config = loadConfig();
  const kw = await createKeyward(config);
  const facts = () => ({ version: VERSION, store: describeStore(config), limiter: describeLimiter(config, kw.deps.limiter.status()) });
  let first = true;
  const listenTextResolver = (address: string) => {
    if (!first) return `also listening at ${address}`;
    first = false;
    return readyText(address, facts());
  };
  const address = await kw.app.listen({ host: config.host, port: config.port, listenTextResolver });
  kw.logger.info({ address, ...facts(), storage: kw.deps.store.dialect }, `Keyward listening on ${address}`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    kw.logger.info({ signal }, 'shutting down');
    kw.close().then(
      () => process.exit(0),
      (err) => {
        kw.logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}
