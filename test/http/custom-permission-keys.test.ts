import { expect, it } from 'vitest';
import { describeEachDialect } from '../support/app.js';
import { aKey, aMembersKey, anOwner } from '../support/fixtures.js';

const grant = (roles: Record<string, string[]>) => ({ method: 'PUT' as const, url: '/api/permissions/grants', body: roles });

describeEachDialect('keys and custom permissions', ({ app }) => {
  it('a key restricted to invoices:read holds it and not invoices:write', async () => {
    const t = await app();
    const owner = await anOwner(t);
    await t.request({ ...grant({ 'invoices:read': ['owner', 'admin'], 'invoices:write': ['owner', 'admin'] }), as: owner });
    const k = await aKey(t, owner, { restriction: ['invoices:read'] });
    expect(k.object).toMatchObject({ restriction: ['invoices:read'], permissions: ['invoices:read'] });
    const me = (await t.request({ url: '/api/me', as: { key: k.key } })).json();
    expect(me.permissions).toEqual(['invoices:read']);
  });

  it('a restriction naming a permission the workspace does not define is a 400 naming the entry', async () => {
    const t = await app();
    const owner = await anOwner(t);
    await t.request({ ...grant({ 'invoices:read': ['owner', 'admin'] }), as: owner });
    const res = await t.request({ method: 'POST', url: '/api/keys', as: owner, body: { name: 'k', restriction: ['invoices:read', 'invoices:void'] } });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ path: '/restriction/1', message: expect.stringContaining('unknown permission "invoices:void"') }]);
  });

  it('an unrestricted member key inherits a permission granted to members, and loses it the moment the grant is removed', async () => {
    const t = await app();
    const { owner, me } = await aMembersKey(t);
    expect((await me()).permissions).toEqual(['contacts:read', 'contacts:write']);
    await t.request({ ...grant({ 'invoices:read': ['owner', 'admin', 'member'] }), as: owner });
    expect((await me()).permissions).toEqual(['contacts:read', 'contacts:write', 'invoices:read']);
    expect((await me()).permissions).toContain('invoices:read'); // answered from the key cache
    await t.request({ ...grant({ 'invoices:read': ['owner', 'admin'] }), as: owner });
    expect((await me()).permissions).toEqual(['contacts:read', 'contacts:write']);
  });

  it('GET /api/me lists the custom permissions a session holds; the key list shows what each key may do', async () => {
    const t = await app();
    const { owner, member, key } = await aMembersKey(t);
    await t.request({ ...grant({ 'invoices:read': ['owner', 'admin', 'member'], 'reports:export': ['owner', 'admin'] }), as: owner });
    expect((await t.request({ url: '/api/me', as: owner })).json().permissions).toEqual(expect.arrayContaining(['invoices:read', 'reports:export']));
    expect((await t.request({ url: '/api/me', as: member })).json().permissions).toEqual(['contacts:read', 'contacts:write', 'invoices:read', 'keys:own']);
    const listed = (await t.request({ url: '/api/keys', as: member })).json().data;
    expect(listed.find((k: { hint: string }) => key.endsWith(k.hint.slice(-4)))?.permissions).toContain('invoices:read');
  });
});
