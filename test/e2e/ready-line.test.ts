import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, type ServerProcess, startServer, tempDir } from '../support/process.js';
import { REDIS_URL, redisReachable } from '../support/env.js';
import { uniquePrefix } from '../support/redis.js';

const redisUp = await redisReachable();
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

describe('keyward serve, as a real process: the first log line says where to open the app', () => {
  let server: ServerProcess | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  it('"Keyward is ready: open http://HOST:PORT" with the version, the SQLite file and the limiter; then the "listening on" line scripts parse', async () => {
    const dataDir = tempDir('ready');
    server = await startServer({ DATA_DIR: dataDir, LOG_LEVEL: 'info', DATABASE_URL: '', REDIS_URL: '' }, { timeoutMs: 120_000 });
    const lines = server
      .output()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines[0].msg).toBe(`Keyward is ready: open ${server.url} (version ${version}, store sqlite ${join(dataDir, 'keyward.db')}, limiter memory)`);
    const listening = lines.find((l) => String(l.msg).startsWith('Keyward listening on '));
    expect(listening).toMatchObject({
      msg: `Keyward listening on ${server.url}`,
      address: server.url,
      version,
      store: `sqlite ${join(dataDir, 'keyward.db')}`,
      limiter: 'memory',
      storage: 'sqlite',
    });
  }, 180_000);

  it.runIf(redisUp)(
    'names Redis as the limiter when REDIS_URL is set and reachable',
    async () => {
      server = await startServer(
        { DATA_DIR: tempDir('ready-redis'), LOG_LEVEL: 'info', DATABASE_URL: '', REDIS_URL, REDIS_KEY_PREFIX: uniquePrefix('ready') },
        { timeoutMs: 120_000 },
      );
      const first = JSON.parse(server.output().split('\n')[0]) as { msg: string };
      expect(first.msg).toMatch(
        new RegExp(`^Keyward is ready: open ${server.url} \\(version ${version.replaceAll('.', '\\.')}, store sqlite .+, limiter redis\\)$`),
      );
    },
    180_000,
  );
});
