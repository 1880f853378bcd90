import { sql } from 'kysely';
import pg from 'pg';
import { expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/dialects/sqlite/index.js';
import { type TestApp, describeEachDialect } from '../support/app.js';
import { POSTGRES_URL } from '../support/env.js';
import { aKey, anOwner } from '../support/fixtures.js';
import { aProtectedApi, forward } from '../support/protect.js';

/**
 * Another instance changing a protected API's rules, as its repository does (the rules, then the
 * workspace's version, in one transaction), on a connection of its own.
 */
async function changeRulesElsewhere(t: TestApp, dialect: string, api: Record<string, any>, workspaceId: string, rules: unknown[]): Promise<void> {
  const text = JSON.stringify(rules);
  if (dialect === 'sqlite') {
    const other = openSqliteStore({ file: t.store.location });
    try {
      await other.db.transaction().execute(async (trx) => {
        await sql`update protected_apis set rules = ${text} where id = ${api.id}`.execute(trx);
        await sql`update workspaces set protected_apis_version = protected_apis_version + 1 where id = ${workspaceId}`.execute(trx);
      });
    } finally {
      await other.close();
    }
    return;
  }
  const schema = (await sql<{ s: string }>`select current_schema() as s`.execute(t.store.db)).rows[0].s;
  const c = new pg.Client({ connectionString: POSTGRES_URL });
  await c.connect();
  try {
    await c.query('begin');
    await c.query(`update ${schema}.protected_apis set rules = $1 where id = $2`, [text, api.id]);
    await c.query(`update ${schema}.workspaces set protected_apis_version = protected_apis_version + 1 where id = $1`, [workspaceId]);
    await c.query('commit');
  } finally {
    await c.end();
  }
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
