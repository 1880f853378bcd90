import { expect, it } from 'vitest';
import { describeEachDialect } from '../support/app.js';
import { aKey, anOwner, anOwnerAdminAndMember } from '../support/fixtures.js';
import { aProtectedApi, grantCustom } from '../support/protect.js';
import { expectProblem } from '../security/support.js';

describeEachDialect('protected APIs', ({ app }) => {
  it('create answers 201 with Location and the object; list, get, patch and delete; audited', async () => {
    const t = await app();
    const owner = await anOwner(t);
    await grantCustom(t, owner, { 'invoices:read': ['owner', 'admin', 'member'], 'invoices:write': ['owner', 'admin'] });
    const rules = [
      { method: 'GET', path: '/invoices/*', permission: 'invoices:read' },
      { method: 'POST', path: '/invoices', permission: 'invoices:write' },
    ];
    const res = await t.request({
      method: 'POST',
      url: '/api/protected-apis',
      as: owner,
      body: { name: ' Billing ', hosts: ['billing.example.com'], path_prefix: '/invoices', rules },
    });
    expect(res.statusCode, res.body).toBe(201);
    const api = res.json();
    expect(res.headers.location).toBe(`/api/protected-apis/${api.id}`);
    expect(api).toMatchObject({ name: 'Billing', hosts: ['billing.example.com'], path_prefix: '/invoices', rules });
    expect((await t.request({ url: `/api/protected-apis/${api.id}`, as: owner })).json()).toEqual(api);
    const list = (await t.request({ url: '/api/protected-apis', as: owner })).json();
    expect(list).toEqual({ data: [api], next_cursor: null });
    const patched = await t.request({ method: 'PATCH', url: `/api/protected-apis/${api.id}`, as: owner, body: { hosts: [], rules: rules.slice(1) } });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({ name: 'Billing', hosts: [], rules: rules.slice(1) });
    expect((await t.request({ method: 'DELETE', url: `/api/protected-apis/${api.id}`, as: owner })).statusCode).toBe(204);
    expectProblem(await t.request({ url: `/api/protected-apis/${api.id}`, as: owner }), 404, 'not_found');
    const audit = (await t.request({ url: '/api/audit', as: owner })).json().data.map((e: { action: string }) => e.action);
    expect(audit).toEqual(expect.arrayContaining(['protected_api.created', 'protected_api.updated', 'protected_api.deleted']));
  });

  it('answers 400 naming the field for every invalid part', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const base = { name: 'API', path_prefix: '/', rules: [{ method: 'GET', path: '/**', permission: 'contacts:read' }] };
    const rule = (r: Record<string, string>) => ({ ...base, rules: [{ ...base.rules[0], ...r }] });
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, name: '' }, '/name'],
      [{ ...base, path_prefix: 'v1' }, '/path_prefix'],
      [{ ...base, path_prefix: '/v1/' }, '/path_prefix'],
      [{ ...base, path_prefix: '/v1/../admin' }, '/path_prefix'],
      [{ ...base, hosts: ['Billing.example.com'] }, '/hosts/0'],
      [{ ...base, hosts: ['billing.example.com:8080'] }, '/hosts/0'],
      [{ ...base, hosts: ['a.example.com', 'a.example.com'] }, '/hosts'],
      [{ ...base, rules: [] }, '/rules'],
      [rule({ method: 'FETCH' }), '/rules/0/method'],
      [rule({ path: 'invoices' }), '/rules/0/path'],
      [rule({ path: '/invoices/**/items' }), '/rules/0/path'],
      [rule({ path: '/invoices//items' }), '/rules/0/path'],
      [rule({ path: '/a/*x' }), '/rules/0/path'],
      [rule({ permission: 'Invoices:Read' }), '/rules/0/permission'],
      [rule({ permission: 'invoices' }), '/rules/0/permission'],
      [rule({ permission: 'contacts:export' }), '/rules/0/permission'],
      [rule({ permission: 'keys:everything' }), '/rules/0/permission'],
      [rule({ permission: 'invoices:read' }), '/rules/0/permission'],
      [{ ...base, rules: [{ ...base.rules[0], extra: 1 }] }, '/rules/0/extra'],
    ];
    for (const [body, path] of cases) {
      const res = await t.request({ method: 'POST', url: '/api/protected-apis', as: owner, body });
      const problem = expectProblem(res, 400, 'validation_error');
      expect(
        problem.errors.map((e: { path: string }) => e.path),
        `${JSON.stringify(body)}: ${res.body}`,
      ).toContain(path);
    }
    const api = await aProtectedApi(t, owner);
    const res = await t.request({
      method: 'PATCH',
      url: `/api/protected-apis/${api.id}`,
      as: owner,
      body: { rules: [{ method: 'GET', path: '/x', permission: 'audit:write' }] },
    });
    expect(expectProblem(res, 400, 'validation_error').errors).toEqual([{ path: '/rules/0/permission', message: expect.stringContaining('audit') }]);
  });

  it('is for owners and admins: members get 403, an unrestricted key 403, another workspace 404', async () => {
    const t = await app();
    const { owner, admin, member } = await anOwnerAdminAndMember(t);
    const api = await aProtectedApi(t, admin);
    expect((await t.request({ url: `/api/protected-apis/${api.id}`, as: owner })).statusCode).toBe(200);
    expectProblem(await t.request({ url: '/api/protected-apis', as: member }), 403, 'insufficient_permission');
    const unrestricted = await aKey(t, owner);
    expectProblem(await t.request({ url: '/api/protected-apis', as: unrestricted }), 403, 'insufficient_permission');
    const manager = await aKey(t, owner, { restriction: ['users:manage'] });
    expect((await t.request({ url: '/api/protected-apis', as: manager })).statusCode).toBe(200);
    const other = await anOwner(t, { workspace: 'Other' });
    expectProblem(await t.request({ url: `/api/protected-apis/${api.id}`, as: other }), 404, 'not_found');
    expectProblem(await t.request({ method: 'DELETE', url: `/api/protected-apis/${api.id}`, as: other }), 404, 'not_found');
  });
});
