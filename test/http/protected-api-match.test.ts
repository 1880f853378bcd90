import { expect, it } from 'vitest';
import { BILLING_API_EXAMPLE } from '../../src/http/schemas/protected-apis.js';
import { describeEachDialect } from '../support/app.js';
import { aKey, anOwner, anOwnerAdminAndMember } from '../support/fixtures.js';
import { aProtectedApi, grantCustom } from '../support/protect.js';
import { expectProblem } from '../security/support.js';

const NO_MATCH = {
  matched: false,
  code: 'route_not_allowed',
  protected_api_id: null,
  protected_api_name: null,
  rule_index: null,
  rule: null,
  permission: null,
};

describeEachDialect('trying a request against the protected APIs', ({ app }) => {
  it('names the API, the first matching rule and its permission; no API or no rule: matched false (route_not_allowed)', async () => {
    const t = await app();
    const owner = await anOwner(t);
    await grantCustom(t, owner, { 'invoices:read': ['owner', 'admin'], 'invoices:write': ['owner', 'admin'] });
    // The schema's example, with a third rule overlapping the first so the first match has to win.
    const overlapping = { method: '*', path: '/invoices/**', permission: 'invoices:write' };
    const billing = await aProtectedApi(t, owner, { ...BILLING_API_EXAMPLE, rules: [...BILLING_API_EXAMPLE.rules, overlapping] });
    const anyHost = await aProtectedApi(t, owner, { name: 'Everything else', rules: [{ method: 'GET', path: '/status', permission: 'contacts:read' }] });
    const match = async (body: Record<string, unknown>) => {
      const res = await t.request({ method: 'POST', url: '/api/protected-apis/match', as: owner, body });
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    };
    expect(await match({ method: 'GET', path: '/invoices/7?expand=lines', host: 'Billing.Example.com:443' })).toEqual({
      matched: true,
      code: null,
      protected_api_id: billing.id,
      protected_api_name: 'Billing API',
      rule_index: 0,
      rule: BILLING_API_EXAMPLE.rules[0],
      permission: 'invoices:read',
    });
    expect(await match({ method: 'head', path: '/invoices/7', host: 'billing.example.com' })).toMatchObject({ rule_index: 0 });
    expect(await match({ method: 'POST', path: '/invoices', host: 'billing.example.com' })).toMatchObject({ rule_index: 1, permission: 'invoices:write' });
    expect(await match({ method: 'POST', path: '/invoices/7/lines', host: 'billing.example.com' })).toMatchObject({
      matched: true,
      rule_index: 2,
      rule: overlapping,
      permission: 'invoices:write',
    });
    expect(await match({ method: 'GET', path: '/status' })).toMatchObject({ protected_api_id: anyHost.id, rule_index: 0, permission: 'contacts:read' });
    // The host selects the Billing API, which has no rule for this path: nothing falls back to another API.
    expect(await match({ method: 'GET', path: '/customers', host: 'billing.example.com' })).toEqual(NO_MATCH);
    expect(await match({ method: 'GET', path: '/invoices/7' })).toEqual(NO_MATCH);
    expect(await match({ method: 'GET', path: '/invoices/%2F', host: 'billing.example.com' })).toEqual(NO_MATCH);

    expect((await t.request({ method: 'DELETE', url: `/api/protected-apis/${billing.id}`, as: owner })).statusCode).toBe(204);
    expect(await match({ method: 'GET', path: '/invoices/7', host: 'billing.example.com' })).toEqual(NO_MATCH);
  });

  it('owners and admins may ask, as for listing the APIs; a member, an unrestricted key and another workspace may not see them', async () => {
    const t = await app();
    const { owner, admin, member } = await anOwnerAdminAndMember(t);
    const api = await aProtectedApi(t, owner);
    const body = { method: 'GET', path: '/anything' };
    const asAdmin = await t.request({ method: 'POST', url: '/api/protected-apis/match', as: admin, body });
    expect(asAdmin.json()).toMatchObject({ matched: true, protected_api_id: api.id });
    const denied = await t.request({ method: 'POST', url: '/api/protected-apis/match', as: member, body });
    expectProblem(denied, 403, 'insufficient_permission');
    const key = await aKey(t, owner);
    expectProblem(await t.request({ method: 'POST', url: '/api/protected-apis/match', as: { key: key.key }, body }), 403, 'insufficient_permission');
    const restricted = await aKey(t, owner, { restriction: ['users:manage'] });
    const byKey = await t.request({ method: 'POST', url: '/api/protected-apis/match', as: { key: restricted.key }, body });
    expect(byKey.json()).toMatchObject({ matched: true, protected_api_id: api.id });
    const stranger = await anOwner(t);
    const other = await t.request({ method: 'POST', url: '/api/protected-apis/match', as: stranger, body });
    expect(other.json()).toEqual(NO_MATCH);
  });

  it('refuses a body that is not a request: each field named', async () => {
    const t = await app();
    const owner = await anOwner(t);
    for (const [body, path] of [
      [{ path: '/x' }, '/method'],
      [{ method: 'GET' }, '/path'],
      [{ method: 'G T', path: '/x' }, '/method'],
      [{ method: 'GET', path: '/x', host: '' }, '/host'],
      [{ method: 'GET', path: '/x', extra: 1 }, '/extra'],
    ] as const) {
      const res = await t.request({ method: 'POST', url: '/api/protected-apis/match', as: owner, body });
      expectProblem(res, 400, 'validation_error');
      expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    }
  });
});
