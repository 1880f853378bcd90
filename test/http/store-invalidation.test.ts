import type { Kysely } from 'kysely';
import { expect, it } from 'vitest';
import type { Database } from '../../src/store/schema.js';
import { onAnotherConnection } from '../support/another-connection.js';
import { type TestApp, describeEachDialect } from '../support/app.js';
import { aKey, aMembersKey, anOwner } from '../support/fixtures.js';

/** A repository method nobody has written yet: it knows nothing about caches and calls nothing after writing. */
const demoteEveryMember = (db: Kysely<Database>, workspaceId: string) =>
  db.updateTable('users').set({ role: 'viewer' }).where('workspace_id', '=', workspaceId).where('role', '=', 'member').execute();

/** A raw SQL statement on a connection of its own (another process, as far as the server can tell). */
function revokeOnAnotherConnection(t: TestApp, dialect: string, keyId: string): Promise<void> {
  return onAnotherConnection(t, dialect, [{ text: 'update api_keys set revoked_at = ? where id = ?', values: [t.clock.now(), keyId] }]);
}

describeEachDialect('the store owns invalidation: any committed change is seen by the next request', ({ dialect, app }) => {
  it('a change through a repository method with no hook (own connection)', async () => {
    const t = await app();
    const { owner, me } = await aMembersKey(t);
    expect((await me()).permissions).toContain('contacts:write');
    expect((await me()).permissions).toContain('contacts:write'); // now served from the cache, where there is one
    await demoteEveryMember(t.store.db, owner.workspace.id);
    expect((await me()).permissions).toEqual(['contacts:read']);
  });

  it('a change inside a transaction is seen once it commits', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const k = await aKey(t, owner);
    const status = async () => (await t.request({ url: '/api/me', headers: { 'x-api-key': k.key } })).statusCode;
    expect(await status()).toBe(200);
    await t.store.db.transaction().execute(async (trx) => {
      await trx.updateTable('api_keys').set({ revoked_at: t.clock.now() }).where('id', '=', k.id).execute();
    });
    expect(await status()).toBe(401);
  });

  it('a raw SQL update on another connection', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const k = await aKey(t, owner);
    const me = () => t.request({ url: '/api/me', headers: { 'x-api-key': k.key } });
    expect((await me()).statusCode).toBe(200);
    expect((await me()).statusCode).toBe(200);
    await revokeOnAnotherConnection(t, dialect, k.id);
    expect((await me()).json().code).toBe('revoked_api_key');
  });

  it('the last-used batch does not empty the cache (it changes no authentication state)', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const k = await aKey(t, owner);
    await t.request({ url: '/api/me', headers: { 'x-api-key': k.key } });
    const version = t.store.changes.version;
    await t.kw.deps.lastUsed.flush();
    expect(t.store.changes.version).toBe(version);
    await t.request({ method: 'PATCH', url: `/api/keys/${k.id}`, as: owner, body: { name: 'renamed' } });
    expect(t.store.changes.version).toBeGreaterThan(version);
  });
});
