import { expect, it } from 'vitest';
import { describeEachDialect } from '../support/app.js';
import { aKey, anOwner } from '../support/fixtures.js';

const DAY = 86_400_000;

describeEachDialect('the help article, step by step', ({ app }) => {
  it('create (name + expiry) → shown once → curl /api/contacts → the list shows it active, last used set', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const created = await t.request({ method: 'POST', url: '/api/keys', as: owner, body: { name: 'CRM Integration', expires_in_days: 90 } });
    expect(created.statusCode).toBe(201);
    expect(created.headers['cache-control']).toBe('no-store');
    const body = created.json();
    expect(body.key).toMatch(/^ak_live_[0-9A-Za-z]{38}$/);
    expect(body).toMatchObject({ name: 'CRM Integration', status: 'active', hint: `ak_live_…${body.key.slice(-4)}`, last_used_at: null });
    expect(Date.parse(body.expires_at) - t.clock.now()).toBe(90 * DAY);

    // The article's line: curl -H "X-API-Key: …" …/api/contacts
    const use = await t.request({ url: '/api/contacts', headers: { 'X-API-Key': body.key }, ip: '203.0.113.7' });
    expect(use.statusCode).toBe(200);
    t.clock.advance(500);
    await t.kw.deps.lastUsed.flush();

    const list = await t.request({ url: '/api/keys', as: owner });
    const one = await t.request({ url: `/api/keys/${body.id}`, as: owner });
    for (const text of [list.body, one.body]) expect(text).not.toContain(body.key);
    const row = list.json().data[0];
    expect(row).toMatchObject({
      name: 'CRM Integration',
      status: 'active',
      expires_at: body.expires_at,
      created_at: body.created_at,
      last_used_ip: '203.0.113.7',
    });
    expect(row.last_used_at).not.toBeNull();
    expect(row).not.toHaveProperty('key');
    expect(row).not.toHaveProperty('key_hash');
  });

  it('Bearer is accepted too; both headers different or repeated → 400; query string and cookie never', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const { key } = await aKey(t, owner);
    const other = (await aKey(t, owner)).key;
    expect((await t.request({ url: '/api/me', headers: { authorization: `Bearer ${key}` } })).statusCode).toBe(200);
    expect((await t.request({ url: '/api/me', headers: { authorization: `Bearer ${key}`, 'x-api-key': key } })).statusCode).toBe(200);
    const both = await t.request({ url: '/api/me', headers: { authorization: `Bearer ${other}`, 'x-api-key': key } });
    expect(both.statusCode).toBe(400);
    expect(both.json().code).toBe('ambiguous_api_key');
    const repeated = await t.request({ url: '/api/me', headers: { 'x-api-key': [key, key] } });
    expect(repeated.statusCode).toBe(400);
    for (const url of [`/api/me?api_key=${key}`, `/api/me?key=${key}`]) {
      const res = await t.request({ url });
      expect(res.statusCode).toBe(401);
      expect(res.json().code).toBe('missing_api_key');
    }
    const cookie = await t.request({ url: '/api/me', headers: { cookie: `api_key=${key}; x-api-key=${key}` } });
    expect(cookie.json().code).toBe('missing_api_key');
  });

  it('GET /api/me names the key, user, workspace and sorted effective permissions', async () => {
    const t = await app();
    const owner = await anOwner(t, { workspace: 'Acme Ltd' });
    const { key, id } = await aKey(t, owner, { name: 'Website widget', expires_in_days: 30 });
    const me = (await t.request({ url: '/api/me', headers: { 'x-api-key': key } })).json();
    expect(me).toEqual({
      key: {
        id,
        name: 'Website widget',
        hint: expect.stringMatching(/^ak_live_…/),
        expires_at: expect.any(String),
        rate_limit: { per_minute: 100, per_second: 10 },
      },
      user: owner.user,
      workspace: { id: owner.workspace.id, name: 'Acme Ltd' },
      permissions: ['contacts:delete', 'contacts:read', 'contacts:write'],
    });
  });

  it('expiry: expires_at or expires_in_days, in the future, within the workspace maximum; none allowed', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const post = (body: object) => t.request({ method: 'POST', url: '/api/keys', as: owner, body: { name: 'k', ...body } });
    const at = new Date(t.clock.now() + 10 * DAY).toISOString();
    expect((await post({ expires_at: at })).json().expires_at).toBe(at);
    expect((await post({})).json().expires_at).toBeNull();
    const bad = [
      { expires_at: new Date(t.clock.now() - 1).toISOString() },
      { expires_at: new Date(t.clock.now() + 367 * DAY).toISOString() },
      { expires_in_days: 0 },
      { expires_in_days: 367 },
      { expires_in_days: 30, expires_at: at },
      { expires_at: 'next tuesday' },
      { name: '   ' },
      { name: 'x'.repeat(101) },
    ];
    for (const b of bad) {
      const res = await post(b);
      expect(res.statusCode, JSON.stringify(b)).toBe(400);
      expect(res.json().code).toBe('validation_error');
    }
    expect((await post({ name: '  ✨ Ünïcödé 名前  ' })).json().name).toBe('✨ Ünïcödé 名前');
  });

  it('a user holds at most the configured number of active keys', async () => {
    const t = await app({ config: { maxActiveKeysPerUser: 3 } });
    const owner = await anOwner(t);
    const keys = [await aKey(t, owner), await aKey(t, owner), await aKey(t, owner)];
    const over = await t.request({ method: 'POST', url: '/api/keys', as: owner, body: { name: 'four' } });
    expect(over.statusCode).toBe(409);
    expect(over.json().code).toBe('key_limit_reached');
    await t.request({ method: 'POST', url: `/api/keys/${keys[0].id}/revoke`, as: owner });
    expect((await t.request({ method: 'POST', url: '/api/keys', as: owner, body: { name: 'four' } })).statusCode).toBe(201);
  });

  it('rename changes the name only', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const k = await aKey(t, owner, { name: 'old' });
    const res = await t.request({ method: 'PATCH', url: `/api/keys/${k.id}`, as: owner, body: { name: 'new name' } });
    const { key: _plaintext, ...before } = k.object;
    expect(res.json()).toEqual({ ...before, name: 'new name' });
    expect((await t.request({ url: '/api/me', headers: { 'x-api-key': k.key } })).statusCode).toBe(200);
    const bad = await t.request({ method: 'PATCH', url: `/api/keys/${k.id}`, as: owner, body: { expires_at: null } });
    expect(bad.statusCode).toBe(400);
  });

  it('lists are newest first, cursor-paginated and filterable by status', async () => {
    const t = await app({ config: { sessionTtlMs: 1000 * DAY } });
    const owner = await anOwner(t);
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      t.clock.advance(1000);
      ids.push((await aKey(t, owner, { name: `k${i}`, expires_in_days: 1 + i })).id);
    }
    await t.request({ method: 'POST', url: `/api/keys/${ids[0]}/revoke`, as: owner });
    t.clock.advance(2.5 * DAY);
    const page1 = (await t.request({ url: '/api/keys?limit=4', as: owner })).json();
    const page2 = (await t.request({ url: `/api/keys?limit=4&cursor=${page1.next_cursor}`, as: owner })).json();
    expect([...page1.data, ...page2.data].map((k: { id: string }) => k.id)).toEqual([...ids].reverse());
    expect(page2.next_cursor).toBeNull();
    const byStatus = async (s: string) => (await t.request({ url: `/api/keys?status=${s}`, as: owner })).json().data.map((k: { id: string }) => k.id);
    expect(await byStatus('revoked')).toEqual([ids[0]]);
    expect(await byStatus('expired')).toEqual([ids[1]]);
    expect(await byStatus('active')).toEqual(ids.slice(2).reverse());
  });

  it('reminder flags: expiring_soon within 7 days, unused after 30 days, rotation_due after 90', async () => {
    const t = await app({ config: { sessionTtlMs: 1000 * DAY } });
    const owner = await anOwner(t);
    const soon = await aKey(t, owner, { expires_in_days: 7 });
    const long = await aKey(t, owner, { expires_in_days: 366 });
    const flags = async (id: string) => (await t.request({ url: `/api/keys/${id}`, as: owner })).json().flags;
    expect(await flags(soon.id)).toEqual(['expiring_soon']);
    expect(await flags(long.id)).toEqual([]);
    t.clock.advance(29 * DAY);
    await t.request({ url: '/api/me', headers: { 'x-api-key': long.key } });
    await t.kw.deps.lastUsed.flush();
    t.clock.advance(2 * DAY);
    expect(await flags(long.id)).toEqual([]);
    t.clock.advance(29 * DAY);
    expect(await flags(long.id)).toEqual(['unused']);
    t.clock.advance(30 * DAY);
    expect(await flags(long.id)).toEqual(['rotation_due', 'unused']);
    expect(await flags(soon.id)).toEqual([]);
  });
});
