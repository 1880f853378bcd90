import { expect, it } from 'vitest';
import { IdleRevoker } from '../../src/keys/idle-revoker.js';
import { describeEachDialect } from '../support/app.js';
import { aKey, aUser, anOwner, login } from '../support/fixtures.js';

const MIN = 60_000;

describeEachDialect('roll with revoke_when_idle_minutes', ({ app }) => {
  /** A new app, its owner and a key of theirs that is `age` old, rolled with `body` (the old key is `k`). */
  async function aRolledKey(body: Record<string, unknown>, age = 0) {
    const t = await app();
    const owner = await anOwner(t);
    const k = await aKey(t, owner);
    t.clock.advance(age);
    const res = await t.request({ method: 'POST', url: `/api/keys/${k.id}/roll`, as: owner, body });
    expect(res.statusCode, res.body).toBe(201);
    return { t, owner, k };
  }

  it('keeps the old key working while it is used and revokes it 10 minutes after its last use (key.auto_revoked)', async () => {
    const { t, owner, k } = await aRolledKey({ grace_seconds: 86_400, revoke_when_idle_minutes: 10 });
    const use = () => t.request({ url: '/api/me', as: { key: k.key } });
    // Used every 5 minutes for 40 minutes: never idle for 10, never revoked.
    for (let i = 0; i < 8; i++) {
      t.clock.advance(5 * MIN);
      expect((await use()).statusCode).toBe(200);
      await t.kw.deps.lastUsed.flush();
      expect(await t.kw.deps.idleRevoker.run()).toEqual([]);
    }
    const lastUse = t.clock.now();
    t.clock.advance(10 * MIN - 1000);
    expect(await t.kw.deps.idleRevoker.run()).toEqual([]);
    expect((await use()).statusCode).toBe(200);
    await t.kw.deps.lastUsed.flush();
    t.clock.advance(10 * MIN);
    const done = await t.kw.deps.idleRevoker.run();
    expect(done.map((d) => [d.key.id, d.reason])).toEqual([[k.id, 'idle']]);
    const res = await use();
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('revoked_api_key');
    const session = await login(t, owner.user.email);
    const events = (await t.request({ url: '/api/audit?action=key.auto_revoked', as: session })).json().data;
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actor: { type: 'system' }, target: { type: 'key', id: k.id }, details: { reason: 'idle', idle_minutes: 10 } });
    expect(events[0].details.last_used_at).toBeGreaterThan(lastUse);
    expect((await t.request({ url: `/api/keys/${k.id}`, as: session })).json()).toMatchObject({ status: 'revoked', revoked_reason: 'auto_revoked' });
  });

  it('counts idleness from the roll when the old key is not used after it', async () => {
    const { t, k } = await aRolledKey({ revoke_when_idle_minutes: 10 }, 60 * MIN);
    t.clock.advance(9 * MIN);
    expect(await t.kw.deps.idleRevoker.run()).toEqual([]);
    t.clock.advance(MIN);
    expect((await t.kw.deps.idleRevoker.run()).map((d) => d.reason)).toEqual(['idle']);
  });

  it('revokes at the end of the grace period if that comes first', async () => {
    const { t, k } = await aRolledKey({ grace_seconds: 300, revoke_when_idle_minutes: 60 });
    t.clock.advance(4 * MIN);
    expect((await t.request({ url: '/api/me', as: { key: k.key } })).statusCode).toBe(200);
    await t.kw.deps.lastUsed.flush();
    t.clock.advance(MIN);
    expect((await t.kw.deps.idleRevoker.run()).map((d) => d.reason)).toEqual(['grace_ended']);
  });

  it('two instances running the job at once revoke and audit the key once', async () => {
    const { t, owner, k } = await aRolledKey({ revoke_when_idle_minutes: 1 });
    t.clock.advance(2 * MIN);
    const other = new IdleRevoker({ store: t.store, audit: t.kw.deps.audit, clock: t.clock });
    const [a, b] = await Promise.all([t.kw.deps.idleRevoker.run(), other.run()]);
    expect(a.length + b.length).toBe(1);
    const events = (await t.request({ url: '/api/audit?action=key.auto_revoked', as: owner })).json().data;
    expect(events).toHaveLength(1);
  });

  it('validates the value (1–1440) and leaves it to the key owner', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const admin = await aUser(t, owner, { role: 'admin' });
    const k = await aKey(t, owner);
    for (const v of [0, 1441, 1.5, '10']) {
      const res = await t.request({ method: 'POST', url: `/api/keys/${k.id}/roll`, as: owner, body: { revoke_when_idle_minutes: v } });
      expect(res.statusCode, String(v)).toBe(400);
    }
    const res = await t.request({ method: 'POST', url: `/api/keys/${k.id}/roll`, as: admin, body: { revoke_when_idle_minutes: 10 } });
    expect(res.statusCode).toBe(403);
  });
});
