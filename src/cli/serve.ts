import { loadConfig } from '../config.js';
import { createKeyward } from '../keyward.js';

/**
 * Starts the server. SIGTERM/SIGINT: stop accepting, let in-flight requests finish, flush last-used,
 * close the stores, exit 0.
 */
export async function serve(): Promise<void> {
  const config = loadConfig();
  const kw = await createKeyward(config);
  const address = await kw.app.listen({ host: config.host, port: config.port });
  kw.logger.info({ address, storage: kw.deps.store.dialect, limiter: kw.deps.limiter.status().backend }, `Keyward listening on ${address}`);
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
