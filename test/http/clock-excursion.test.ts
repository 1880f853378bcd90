import { expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { describeEachDialect } from '../support/app.js';
import { aKey, anOwner, login } from '../support/fixtures.js';

const MIN = 60_000;
const YEAR = 365 * 24 * 60 * MIN;
const iso = (ms: number) => new Date(ms).toISOString();

describeEachDialect('a wall clock that jumps a year ahead and back', ({ app }) => {
  it('revokes nothing, deletes no usage, ends sessions made in the future, and lets last-used follow real uses', async () => {
    const wall = new ManualClock(Date.UTC(2026, 5, 1, 12));
    const mono = new ManualClock(1_000);
    /** Real time passing: both clocks move. A jump moves only `wall`. */
    const pass = (ms: number) => {
      wall.advance(ms);
      mono.advance(ms);
    };
    const t = await app({ clock: wall, monotonic: mono });
    const { deps } = t.kw;
    const owner = await anOwner(t);
    const old = await aKey(t, owner);
    expect((await t.request({ url: '/api/me', as: { key: old.key } })).statusCode).toBe(200);
    const rolled = await t.request({
      method: 'POST',
      url: `/api/keys/${old.id}/roll`,
      as: owner,
      body: { grace_seconds: 86_400, revoke_when_idle_minutes: 60 },
    });
    expect(rolled.statusCode, rolled.body).toBe(201);
    const fresh: { id: string; key: string } = rolled.json().key;
    expect((await t.request({ url: '/api/me', as: { key: fresh.key } })).statusCode).toBe(200);
    await deps.lastUsed.flush();
    const usageBefore = await t.store.usage.series(owner.workspace.id, old.id, 0, Number.MAX_SAFE_INTEGER);
    expect(usageBefore.length).toBeGreaterThan(0);
    const beforeJump = wall.now();

    // A year ahead: the grace period "ended" and every usage row is "past retention", but nothing is changed.
    pass(MIN);
    wall.advance(YEAR);
    expect(await deps.idleRevoker.run()).toEqual([]);
    expect(await deps.usage.maintain()).toEqual({ rolledUp: 0, pruned: 0 });
    expect(await deps.notifier.scan()).toBe(0);
    expect(await deps.idleRevoker.run()).toEqual([]);
    // Uses under the wrong clock: one flushed (stored a year ahead), one still waiting when the clock returns.
    expect((await t.request({ url: '/api/me', as: { key: fresh.key } })).statusCode).toBe(200);
    await deps.lastUsed.flush();
    expect((await t.store.keys.getById(fresh.id))?.lastUsedAt).toBe(wall.now());
    const futureSession = await login(t, owner.user.email);
    expect((await t.request({ url: '/api/me', as: futureSession })).statusCode).toBe(200);
    pass(MIN);
    expect((await t.request({ url: '/api/me', as: { key: fresh.key } })).statusCode).toBe(200);

    // Back to the real time.
    wall.set(beforeJump + 2 * MIN);
    pass(MIN);
    await deps.lastUsed.flush();
    expect((await t.store.keys.getById(fresh.id))?.lastUsedAt, 'the future time is replaced, the waiting use stored at the real time').toBe(wall.now());
    pass(MIN);
    expect((await t.request({ url: '/api/me', as: { key: fresh.key } })).statusCode).toBe(200);
    const realUse = wall.now();
    pass(2_000);
    await deps.lastUsed.flush();
    expect((await t.request({ url: `/api/keys/${fresh.id}`, as: owner })).json().last_used_at).toBe(iso(realUse));

    expect(await deps.idleRevoker.run()).toEqual([]);
    expect((await deps.usage.maintain()).pruned).toBe(0);
    const usageAfter = await t.store.usage.series(owner.workspace.id, old.id, 0, Number.MAX_SAFE_INTEGER);
    expect(usageAfter).toEqual(usageBefore);
    expect((await t.request({ url: '/api/me', as: { key: old.key } })).statusCode, 'the rolled key is still in its grace period').toBe(200);
    expect((await t.request({ url: '/api/me', as: futureSession })).statusCode, 'a session made a year ahead is not honoured').toBe(401);
    expect((await t.request({ url: '/api/me', as: owner })).statusCode).toBe(200);

    // Maintenance runs again on the real clock: the old key, idle for an hour, is revoked then.
    await deps.lastUsed.flush();
    pass(61 * MIN);
    expect((await deps.idleRevoker.run()).map((d) => [d.key.id, d.reason])).toEqual([[old.id, 'idle']]);
    const lines = t.logs.join('');
    expect(lines.match(/wall clock jumped/g), 'one warning for the jump, not one per job run').toHaveLength(1);
    expect(lines.match(/wall clock is steady again/g)).toHaveLength(1);
  });
});
