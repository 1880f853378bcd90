import { expect, it } from 'vitest';
import { generateKey } from '../../src/keys/key-format.js';
import { describeEachDialect, testApp } from '../support/app.js';
import { aKey, anOwner } from '../support/fixtures.js';

describeEachDialect('operations endpoints', ({ dialect, app }) => {
  it('/healthz, /readyz and /metrics', async () => {
    const t = await app();
    expect((await t.request({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    const ready = await t.request({ url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ok', storage: { dialect, status: 'ok' }, rate_limiter: { backend: 'memory', degraded: false } });
    const { key } = await aKey(t, await anOwner(t));
    await t.request({ url: '/api/me', headers: { 'x-api-key': key } });
    await t.request({ url: '/api/me', headers: { 'x-api-key': generateKey() } });
    const metrics = await t.request({ url: '/metrics' });
    expect(metrics.headers['content-type']).toContain('text/plain');
    expect(metrics.body).toMatch(/^keyward_key_auth_success_total 1$/m);
    expect(metrics.body).toMatch(/^keyward_key_auth_failures_total\{code="invalid_api_key"\} 1$/m);
    expect(metrics.body).toMatch(/^keyward_rate_limiter_degraded\{backend="memory"\} 0$/m);
    expect(metrics.body).not.toContain(key);
  });

  it('/readyz is 503 when storage is gone', async () => {
    const local = await testApp({ dialect });
    await local.store.close();
    const res = await local.request({ url: '/readyz' });
    expect(res.statusCode).toBe(503);
    expect(res.json().storage.status).toBe('unavailable');
    await local.kw.close();
  });
});
