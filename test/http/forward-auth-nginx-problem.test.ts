import { expect, it } from 'vitest';
import { describeEachDialect } from '../support/app.js';
import { aKey, anOwner } from '../support/fixtures.js';
import { aProtectedApi, forward } from '../support/protect.js';

/**
 * nginx's auth_request drops the body of Keyward's answer, so when nginx asks (X-Original-URI), a refusal
 * repeats its problem body in `Keyward-Problem` for deploy/nginx-forward-auth.conf to answer the client with.
 */
describeEachDialect('forward-auth for nginx: the problem body in Keyward-Problem', ({ app }) => {
  it('every refusal asked by nginx carries its body, as the same JSON, in one ASCII header', async () => {
    const t = await app();
    const owner = await anOwner(t);
    await aProtectedApi(t, owner, { rules: [{ method: 'GET', path: '/invoices/*', permission: 'contacts:read' }] });
    const k = await aKey(t, owner);
    const refusals = [
      await forward(t, undefined, { uri: '/invoices/1', nginx: true }),
      await forward(t, k.key, { uri: '/payroll', nginx: true }),
      await forward(t, k.key, { method: 'DELETE', uri: '/invoices/1', nginx: true }),
    ];
    const busy = await aKey(t, owner);
    for (let i = 0; i < 10; i++) expect((await forward(t, busy.key, { uri: '/invoices/1', nginx: true })).statusCode).toBe(200);
    refusals.push(await forward(t, busy.key, { uri: '/invoices/1', nginx: true }));
    expect(refusals.map((r) => r.headers['keyward-status'])).toEqual(['401', '403', '403', '429']);
    for (const res of refusals) {
      const header = String(res.headers['keyward-problem']);
      expect(header).toMatch(/^[\x20-\x7e]+$/);
      expect(JSON.parse(header)).toEqual(res.json());
    }
  });

  it('is not sent on a 200, nor to Caddy or Traefik, which pass the body on themselves', async () => {
    const t = await app();
    const owner = await anOwner(t);
    await aProtectedApi(t, owner);
    const k = await aKey(t, owner);
    expect((await forward(t, k.key, { uri: '/x', nginx: true })).headers['keyward-problem']).toBeUndefined();
    const refused = await forward(t, undefined, { uri: '/x' });
    expect(refused.statusCode).toBe(401);
    expect(refused.headers['keyward-problem']).toBeUndefined();
  });
});
