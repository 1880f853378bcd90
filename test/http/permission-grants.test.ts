import { expect, it } from 'vitest';
import { describeEachDialect } from '../support/app.js';
import { aKey, aUser, anOwner, anOwnerAdminAndMember } from '../support/fixtures.js';

const INVOICES = { 'invoices:read': ['owner', 'admin', 'member'], 'invoices:write': ['admin', 'owner'] };

describeEachDialect('custom permissions granted to roles', ({ app }) => {
  it('lists Keyward’s own permissions with their roles, and none of the workspace’s until some are defined', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const res = await t.request({ url: '/api/permissions', as: owner });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.custom).toEqual([]);
    expect(body.builtin).toContainEqual({ name: 'contacts:write', roles: ['owner', 'admin', 'member'] });
    expect(body.builtin).toContainEqual({ name: 'users:manage', roles: ['owner', 'admin'] });
  });

  it('owners and admins replace the grants (normalised, audited); members and viewers are refused', async () => {
    const t = await app();
    const { owner, admin, member } = await anOwnerAdminAndMember(t);
    const viewer = await aUser(t, owner, { role: 'viewer' });
    for (const who of [member, viewer]) {
      const denied = await t.request({ method: 'PUT', url: '/api/permissions/grants', as: who, body: INVOICES });
      expect(denied.statusCode).toBe(403);
      expect(denied.json()).toMatchObject({ code: 'insufficient_permission', missing_permission: 'users:manage' });
    }
    const put = await t.request({ method: 'PUT', url: '/api/permissions/grants', as: owner, body: INVOICES });
    expect(put.statusCode, put.body).toBe(200);
    const custom = [
      { name: 'invoices:read', roles: ['owner', 'admin', 'member'] },
      { name: 'invoices:write', roles: ['owner', 'admin'] },
    ];
    expect(put.json().custom).toEqual(custom);
    expect((await t.request({ url: '/api/permissions', as: member })).json().custom).toEqual(custom);
    const byAdmin = await t.request({ method: 'PUT', url: '/api/permissions/grants', as: admin, body: { 'invoices:read': ['owner', 'admin'] } });
    expect(byAdmin.statusCode).toBe(200);
    const audit = (await t.request({ url: '/api/audit?action=permissions.changed', as: owner })).json().data;
    expect(audit).toHaveLength(2);
    expect(audit[0].details).toMatchObject({
      changed: ['invoices:read', 'invoices:write'],
      after: { 'invoices:read': ['owner', 'admin'], 'invoices:write': null },
    });
  });

  it('answers 400 naming the field: a malformed name, one of Keyward’s own resources, roles without owner and admin', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const cases: [Record<string, unknown>, string][] = [
      [{ 'Invoices:Read': ['owner', 'admin'] }, '/Invoices:Read'],
      [{ invoices: ['owner', 'admin'] }, '/invoices'],
      [{ 'contacts:export': ['owner', 'admin'] }, '/contacts:export'],
      [{ 'keys:mint': ['owner', 'admin'] }, '/keys:mint'],
      [{ 'invoices:read': ['owner', 'member'] }, '/invoices:read'],
      [{ 'invoices:read': ['owner', 'admin', 'guest'] }, '/invoices:read/2'],
    ];
    for (const [body, path] of cases) {
      const res = await t.request({ method: 'PUT', url: '/api/permissions/grants', as: owner, body });
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().code).toBe('validation_error');
      expect(res.json().errors[0].path, JSON.stringify(body)).toBe(path);
    }
    expect((await t.request({ url: '/api/permissions', as: owner })).json().custom).toEqual([]);
  });

  it('one workspace’s grants are invisible to another, and its permissions cannot restrict another’s keys', async () => {
    const t = await app();
    const a = await anOwner(t, { workspace: 'A' });
    const b = await anOwner(t, { workspace: 'B' });
    expect((await t.request({ method: 'PUT', url: '/api/permissions/grants', as: a, body: INVOICES })).statusCode).toBe(200);
    expect((await t.request({ url: '/api/permissions', as: b })).json().custom).toEqual([]);
    expect((await t.request({ url: '/api/me', as: b })).json().permissions).not.toContain('invoices:read');
    const res = await t.request({ method: 'POST', url: '/api/keys', as: b, body: { name: 'k', restriction: ['invoices:read'] } });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('/restriction/0');
  });

  it('an API key changes only the grants of the permissions its restriction lists', async () => {
    const t = await app();
    const owner = await anOwner(t);
    await t.request({ method: 'PUT', url: '/api/permissions/grants', as: owner, body: INVOICES });
    const { key } = await aKey(t, owner, { restriction: ['users:manage', 'invoices:read'] });
    const widen = { ...INVOICES, 'invoices:read': ['owner', 'admin', 'member', 'viewer'] };
    expect((await t.request({ method: 'PUT', url: '/api/permissions/grants', as: { key }, body: widen })).statusCode).toBe(200);
    const other = await t.request({
      method: 'PUT',
      url: '/api/permissions/grants',
      as: { key },
      body: { ...widen, 'invoices:write': INVOICES['invoices:read'] },
    });
    expect(other.statusCode).toBe(403);
    expect(other.json().missing_permission).toBe('invoices:write');
    const unrestricted = await aKey(t, owner);
    expect((await t.request({ method: 'PUT', url: '/api/permissions/grants', as: { key: unrestricted.key }, body: widen })).statusCode).toBe(403);
  });
});
