import { Writable } from 'node:stream';
import { expect, it, onTestFinished } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { testConfig } from '../../src/config.js';
import { createKeyward } from '../../src/keyward.js';
import type { Store } from '../../src/store/types.js';
import { type TestApp, describeEachDialect } from '../support/app.js';
import { DIALECTS, openTestStore } from '../support/backends.js';
import { PASSWORD, aKey, aRevokedAndAnExpiringKey, aUser, anOwner } from '../support/fixtures.js';
import { expectProblem, nextIp } from './support.js';

const DAY = 86_400_000;

/** Number of audit rows of a workspace, read straight from storage. */
async function auditCount(t: Pick<TestApp, 'store'>, workspaceId: string, action?: string): Promise<number> {
  return (await t.store.audit.list({ workspaceId, action, limit: 1000 })).items.length;
}

/**
 * The app over a store whose audit writes inside transactions fail on demand: if an event is written in
 * the transaction of its change, the change must be rolled back with it.
 */
async function appWithFailingAudit(dialect: (typeof DIALECTS)[number]) {
  const store = await openTestStore(dialect);
  const state = { failAudit: false };
  const flaky: Store = Object.create(store);
  Object.defineProperty(flaky, 'transaction', {
    value: <T>(fn: Parameters<Store['transaction']>[0]) =>
      store.transaction((tx) =>
        fn({
          ...tx,
          audit: {
            ...tx.audit,
            append: async (e) => {
              if (state.failAudit) throw new Error('audit write failed (injected)');
              return tx.audit.append(e);
            },
          },
        }),
      ) as Promise<T>,
  });
  const quiet = new Writable({ write: (_c, _e, cb) => cb() });
  const clock = new ManualClock(Date.UTC(2026, 5, 1, 12));
  const kw = await createKeyward(testConfig({ allowSignup: true }), { clock, store: flaky, logStream: quiet, webDir: false });
  const request: TestApp['request'] = (o) => {
    const headers: Record<string, string | string[]> = { ...o.headers };
    if (o.as && 'key' in o.as) headers['x-api-key'] = o.as.key;
    if (o.as && 'cookie' in o.as) Object.assign(headers, { cookie: o.as.cookie, 'x-csrf-token': o.as.csrf });
    if (o.body !== undefined) headers['content-type'] = 'application/json';
    const payload = o.body === undefined ? undefined : JSON.stringify(o.body);
    return kw.app.inject({ method: o.method ?? 'GET', url: o.url, headers, payload, remoteAddress: o.ip ?? '127.0.0.1' });
  };
  const t = { kw, store, clock, logs: [], request, close: async () => (await kw.close(), await store.close()) } as TestApp;
  return { t, state };
}

describeEachDialect('audit integrity', ({ dialect, app }) => {
  it('a refused change leaves no audit row', async () => {
    const t = await app({ config: { maxActiveKeysPerUser: 2 } });
    const owner = await anOwner(t);
    const admin = await aUser(t, owner, { role: 'admin' });
    await aKey(t, owner);
    await aKey(t, owner);
    const ws = owner.workspace.id;
    const before = await auditCount(t, ws);
    const patch = (as: typeof owner, body: object) => t.request({ method: 'PATCH', url: `/api/users/${owner.user.id}`, as, body });
    expectProblem(await patch(admin, { role: 'member' }), 403, 'forbidden_role_change');
    expectProblem(await patch(admin, { disabled: true }), 403, 'forbidden_role_change');
    expectProblem(await patch(owner, { role: 'admin' }), 409, 'last_owner');
    expectProblem(await patch(owner, { disabled: true }), 409, 'last_owner');
    expectProblem(await t.request({ method: 'POST', url: '/api/keys', as: owner, body: { name: 'third' } }), 409, 'key_limit_reached');
    expectProblem(await t.request({ method: 'POST', url: '/api/keys', as: owner, body: { name: '   ' } }), 400, 'validation_error');
    expectProblem(
      await t.request({ method: 'POST', url: '/api/users', as: admin, body: { email: 'o2@example.test', name: 'O', password: PASSWORD, role: 'owner' } }),
      403,
    );
    expectProblem(
      await t.request({ method: 'POST', url: '/api/users', as: owner, body: { email: admin.user.email, name: 'A', password: PASSWORD, role: 'member' } }),
      409,
      'email_taken',
    );
    expectProblem(await t.request({ method: 'POST', url: '/api/keys/key_doesnotexist/revoke', as: owner }), 404, 'not_found');
    expect(await auditCount(t, ws)).toBe(before);
    expect((await t.store.users.get(ws, owner.user.id))?.role).toBe('owner');
  });

  it('records key.revoked_use and key.expired_use at most once per key per minute, however many uses', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const { revoked, expiring } = await aRevokedAndAnExpiringKey(t, owner);
    t.clock.advance(DAY + 1);
    const flood = async () => {
      for (let i = 0; i < 50; i++) {
        expectProblem(await t.request({ url: '/api/contacts', as: revoked, ip: nextIp() }), 401, 'revoked_api_key');
        expectProblem(await t.request({ url: '/api/me', as: expiring, ip: nextIp() }), 401, 'expired_api_key');
        t.clock.advance(1000 / 50);
      }
    };
    const ws = owner.workspace.id;
    await flood();
    expect([await auditCount(t, ws, 'key.revoked_use'), await auditCount(t, ws, 'key.expired_use')]).toEqual([1, 1]);
    t.clock.advance(58_000);
    await flood();
    expect([await auditCount(t, ws, 'key.revoked_use'), await auditCount(t, ws, 'key.expired_use')]).toEqual([1, 1]);
    t.clock.advance(60_000);
    await flood();
    expect([await auditCount(t, ws, 'key.revoked_use'), await auditCount(t, ws, 'key.expired_use')]).toEqual([2, 2]);
  });

  it('writes each event in the transaction of its change: when the audit write fails, the change is not stored', async () => {
    const made = await appWithFailingAudit(dialect);
    const t = made.t;
    onTestFinished(() => t.close());
    const owner = await anOwner(t);
    const member = await aUser(t, owner, { role: 'member' });
    const key = await aKey(t, owner, { name: 'original' });
    const ws = owner.workspace.id;
    made.state.failAudit = true;
    const call = (method: 'POST' | 'PATCH', url: string, body?: object) => t.request({ method, url, as: owner, body });

    expect((await call('POST', '/api/keys', { name: 'never' })).statusCode).toBe(500);
    expect((await call('PATCH', `/api/keys/${key.id}`, { name: 'renamed' })).statusCode).toBe(500);
    expect((await call('POST', `/api/keys/${key.id}/revoke`)).statusCode).toBe(500);
    expect((await call('POST', `/api/keys/${key.id}/roll`, { grace_seconds: 0 })).statusCode).toBe(500);
    expect((await call('POST', '/api/users', { email: 'never@example.test', name: 'N', password: PASSWORD, role: 'viewer' })).statusCode).toBe(500);
    expect((await call('PATCH', `/api/users/${member.user.id}`, { role: 'viewer' })).statusCode).toBe(500);
    expect((await call('PATCH', `/api/users/${member.user.id}`, { disabled: true })).statusCode).toBe(500);
    expect((await t.request({ method: 'POST', url: '/api/keys/revoke-leaked', body: { keys: [key.key] } })).statusCode).toBe(500);
    const sessionsBefore = (await t.store.db.selectFrom('sessions').select('id_hash').execute()).length;
    expect((await t.request({ method: 'POST', url: '/auth/login', body: { email: member.user.email, password: PASSWORD } })).statusCode).toBe(500);
    expect((await t.store.db.selectFrom('sessions').select('id_hash').execute()).length).toBe(sessionsBefore);

    const keys = await t.store.keys.list({ workspaceId: ws, now: t.clock.now(), limit: 100 });
    expect(keys.items.map((k) => [k.id, k.name, k.revokedAt, k.expiresAt, k.replacedBy])).toEqual([[key.id, 'original', null, null, null]]);
    expect(await t.store.users.findByEmail('never@example.test')).toEqual([]);
    expect(await t.store.users.get(ws, member.user.id)).toMatchObject({ role: 'member', disabled: false });
    made.state.failAudit = false;
    expect((await t.request({ url: '/api/contacts', as: key })).statusCode).toBe(200);
  });
});
