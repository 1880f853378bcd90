import { expect, it } from 'vitest';
import { onAnotherConnection } from '../support/another-connection.js';
import { type TestApp, describeEachDialect } from '../support/app.js';
import { aKey, anOwner } from '../support/fixtures.js';
import { aProtectedApi, forward } from '../support/protect.js';

/**
 * Another instance changing a protected API's rules, as its repository does (the rules, then the
 * workspace's version, in one transaction), on a connection of its own.
 */
function changeRulesElsewhere(t: TestApp, dialect: string, api: Record<string, any>, workspaceId: string, rules: unknown[]): Promise<void> {
  return onAnotherConnection(t, dialect, [
    { text: 'update protected_apis set rules = ? where id = ?', values: [JSON.stringify(rules), api.id] },
    { text: 'update workspaces set protected_apis_version = protected_apis_version + 1 where id = ?', values: [workspaceId] },
  ]);
}

describeEachDialect('forward-auth reads rules from memory, and sees every change', ({ dialect, app }) => {
  it('reads no more from storage than a call to /api/me while nothing changes', async () => {
    const t = await app({ config: { rateLimitPerSecond: 100 } });
    const owner = await anOwner(t);
    await aProtectedApi(t, owner);
    const k = await aKey(t, owner);
    const queries = async (call: () => Promise<{ statusCode: number }>) => {
      expect((await call()).statusCode).toBe(200);
      const before = t.store.queryCount;
      for (let i = 0; i < 5; i++) expect((await call()).statusCode).toBe(200);
      return t.store.queryCount - before;
    };
    const direct = await queries(() => t.request({ url: '/api/me', as: k }));
    expect(await queries(() => forward(t, k.key, { uri: '/a' }))).toBeLessThanOrEqual(direct);
    if (dialect === 'sqlite') expect(direct).toBe(0);
  });

  it('a change committed by another instance is applied from the next request', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const api = await aProtectedApi(t, owner, { rules: [{ method: 'GET', path: '/**', permission: 'contacts:read' }] });
    const k = await aKey(t, owner);
    expect((await forward(t, k.key, { uri: '/a' })).statusCode).toBe(200);
    expect((await forward(t, k.key, { uri: '/a' })).statusCode).toBe(200);
    await changeRulesElsewhere(t, dialect, api, owner.workspace.id, [{ method: 'POST', path: '/**', permission: 'contacts:read' }]);
    expect((await forward(t, k.key, { uri: '/a' })).json().code).toBe('route_not_allowed');
    expect((await forward(t, k.key, { method: 'POST', uri: '/a' })).statusCode).toBe(200);
  });
});
