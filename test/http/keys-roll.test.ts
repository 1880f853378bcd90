import { expect, it } from 'vitest';
import { type TestApp, describeEachDialect } from '../support/app.js';
import { aKey, anOwner } from '../support/fixtures.js';

const status = async (t: TestApp, key: string) => {
  const res = await t.request({ url: '/api/contacts', headers: { 'x-api-key': key } });
  return res.statusCode === 200 ? 'ok' : res.json().code;
};

describeEachDialect('rolling a key', ({ app }) => {
  it('both keys work during the grace period, then only the new one; the list links them', async () => {
    const t = await app({ config: { failedAuthPerMinute: 1000 } });
    const owner = await anOwner(t);
    const old = await aKey(t, owner, { name: 'CRM Integration', expires_in_days: 90, restriction: ['contacts:read'] });
    t.clock.advance(60_000);
    const res = await t.request({ method: 'POST', url: `/api/keys/${old.id}/roll`, as: owner, body: { grace_seconds: 3600 } });
    expect(res.statusCode).toBe(201);
    expect(res.headers['cache-control']).toBe('no-store');
    const { key: fresh, previous } = res.json();
    expect(fresh.key).toMatch(/^ak_live_/);
    expect(fresh).toMatchObject({
      name: 'CRM Integration',
      rolled_from: old.id,
      restriction: ['contacts:read'],
      owner: owner.user.id ? expect.objectContaining({ id: owner.user.id }) : {},
    });
    expect(Date.parse(fresh.expires_at) - t.clock.now()).toBe(90 * 86_400_000);
    expect(previous).toMatchObject({ id: old.id, replaced_by: fresh.id, status: 'active' });
    expect(Date.parse(previous.expires_at) - t.clock.now()).toBe(3_600_000);

    expect(await status(t, old.key)).toBe('ok');
    expect(await status(t, fresh.key)).toBe('ok');
    t.clock.advance(3_600_000 - 1);
    expect(await status(t, old.key)).toBe('ok');
    t.clock.advance(1);
    expect(await status(t, old.key)).toBe('expired_api_key');
    expect(await status(t, fresh.key)).toBe('ok');

    const list = (await t.request({ url: '/api/keys', as: owner })).json().data;
    expect(list.map((k: { id: string; rolled_from: string | null; replaced_by: string | null }) => [k.id, k.rolled_from, k.replaced_by])).toEqual([
      [fresh.id, old.id, null],
      [old.id, null, fresh.id],
    ]);
    const audit = (await t.request({ url: `/api/audit?action=key.rolled`, as: owner })).json().data;
    expect(audit[0]).toMatchObject({ target: { type: 'key', id: old.id }, details: { replaced_by: fresh.id, grace_seconds: 3600 } });
  });

  it('grace 0 kills the old key at once; default grace is 24 h; at most 7 days', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const a = await aKey(t, owner);
    const rolled = await t.request({ method: 'POST', url: `/api/keys/${a.id}/roll`, as: owner, body: { grace_seconds: 0 } });
    expect(await status(t, a.key)).toBe('expired_api_key');
    expect(await status(t, rolled.json().key.key)).toBe('ok');

    const b = await aKey(t, owner);
    const byDefault = await t.request({ method: 'POST', url: `/api/keys/${b.id}/roll`, as: owner });
    expect(Date.parse(byDefault.json().previous.expires_at) - t.clock.now()).toBe(86_400_000);
    expect(byDefault.json().key.expires_at).toBeNull();

    const c = await aKey(t, owner);
    const tooLong = await t.request({ method: 'POST', url: `/api/keys/${c.id}/roll`, as: owner, body: { grace_seconds: 604_801 } });
    expect(tooLong.statusCode).toBe(400);
    const again = await t.request({ method: 'POST', url: `/api/keys/${a.id}/roll`, as: owner, body: {} });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('key_not_active');
  });

  it('a grace period never extends a key beyond its own expiry', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const a = await aKey(t, owner, { expires_in_days: 1 });
    const res = await t.request({ method: 'POST', url: `/api/keys/${a.id}/roll`, as: owner, body: { grace_seconds: 604_800 } });
    expect(res.json().previous.expires_at).toBe(a.object.expires_at);
  });
});
