import { ManualClock } from '../../src/clock.js';
import { testConfig } from '../../src/config.js';
import { createKeyward } from '../../src/keyward.js';
import { openTestStore } from './backends.js';

export type OpenApiDoc = Record<string, any>;

let served: Promise<OpenApiDoc> | undefined;

/**
 * /openapi.json as the server serves it, built once per test process (every app serves the same
 * document: it depends on the routes only).
 */
export function servedDocument(): Promise<OpenApiDoc> {
  served ??= (async () => {
    const store = await openTestStore('sqlite');
    const kw = await createKeyward(testConfig({ logLevel: 'silent' }), { clock: new ManualClock(Date.UTC(2026, 5, 1)), store, webDir: false });
    try {
      const res = await kw.app.inject({ url: '/openapi.json' });
      if (res.statusCode !== 200) throw new Error(`/openapi.json answered ${res.statusCode}`);
      return res.json() as OpenApiDoc;
    } finally {
      await kw.close();
      await store.close();
    }
  })();
  return served;
}
