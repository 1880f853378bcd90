import { expect, it } from 'vitest';
import { describeEachDialect } from '../support/app.js';
import { aKey, anOwner } from '../support/fixtures.js';

const DAY = 86_400_000;

describeEachDialect('Keyward-Key-Expires', ({ app }) => {
  it('appears on key-authenticated responses exactly inside the 14-day window, never outside it or for sessions', async () => {
    const t = await app({ config: { notifyIntervalMs: 0 } });
    const owner = await anOwner(t);
    const key = await aKey(t, owner, { expires_in_days: 30 });
    const forever = await aKey(t, owner);
    const expiresAt = Date.parse(key.object.expires_at);
    const header = async (k: string, url = '/api/contacts') => {
      const res = await t.request({ url, as: { key: k } });
      return [res.statusCode, res.headers['keyward-key-expires']] as const;
    };
    expect(await header(key.key)).toEqual([200, undefined]);
    t.clock.set(expiresAt - 14 * DAY - 1);
    expect(await header(key.key)).toEqual([200, undefined]);
    t.clock.set(expiresAt - 14 * DAY);
    expect(await header(key.key)).toEqual([200, key.object.expires_at]);
    expect(await header(key.key, '/api/me')).toEqual([200, key.object.expires_at]);
    t.clock.set(expiresAt - 1);
    expect(await header(key.key)).toEqual([200, key.object.expires_at]);
    expect((await header(forever.key))[1]).toBeUndefined();
    t.clock.set(expiresAt);
    expect(await header(key.key)).toEqual([401, undefined]);
    const session = await t.request({ url: '/api/contacts', as: owner });
    expect(session.headers['keyward-key-expires']).toBeUndefined();
  });

  it('is RFC 3339 and documented in /openapi.json', async () => {
    const t = await app({ config: { notifyIntervalMs: 0 } });
    const doc = (await t.request({ url: '/openapi.json' })).json();
    const op = doc.paths['/api/contacts'].get;
    expect(op.responses['200'].headers['Keyward-Key-Expires'].description).toMatch(/14 days/);
    expect(op.responses['200'].headers['Keyward-Key-Expires'].schema).toMatchObject({ type: 'string', format: 'date-time' });
  });
});
