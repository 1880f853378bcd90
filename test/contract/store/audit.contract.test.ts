import { expect, it } from 'vitest';
import type { AuditEvent } from '../../../src/store/types.js';
import { T0, aWorkspace, allPages, describeStore, newestFirst, uid } from './support.js';

const anEvent = (workspaceId: string, patch: Partial<AuditEvent> = {}): AuditEvent => ({
  id: uid('evt'),
  workspaceId,
  at: T0,
  action: 'key.created',
  actorType: 'user',
  actorId: 'usr_a',
  targetType: 'key',
  targetId: 'key_a',
  ip: '192.0.2.1',
  userAgent: 'curl/8',
  details: { name: 'A key', scopes: ['contacts:read'], nested: { n: 1 } },
  ...patch,
});

describeStore('audit', ({ store }) => {
  it('append → list gives back every field; every event once, newest first, across pages', async () => {
    const w = await aWorkspace(store());
    const events: AuditEvent[] = [];
    for (let i = 0; i < 13; i++) {
      const system = i === 0;
      events.push(
        anEvent(w.id, {
          at: T0 + Math.floor(i / 4),
          actorType: system ? 'system' : 'user',
          actorId: system ? null : 'usr_a',
          ip: i === 1 ? null : '192.0.2.1',
        }),
      );
    }
    for (const e of events) await store().audit.append(e);
    const expected = [...events].sort(
      newestFirst(
        (e) => e.at,
        (e) => e.id,
      ),
    );
    for (const limit of [1, 4, 13, 20]) {
      expect((await allPages((after) => store().audit.list({ workspaceId: w.id, limit, after }))).flat(), `limit ${limit}`).toEqual(expected);
    }
  });

  it('filters: actor, action, target, [since, until), each alone and together with a cursor', async () => {
    const w = await aWorkspace(store());
    const events = [
      anEvent(w.id, { at: T0, action: 'key.created', actorId: 'usr_a', targetId: 'key_1' }),
      anEvent(w.id, { at: T0 + 1, action: 'key.revoked', actorId: 'usr_b', targetId: 'key_1' }),
      anEvent(w.id, { at: T0 + 2, action: 'key.created', actorId: 'usr_b', targetId: 'key_2' }),
      anEvent(w.id, { at: T0 + 3, action: 'key.created', actorId: 'usr_a', targetId: 'key_3' }),
    ];
    for (const e of events) await store().audit.append(e);
    const ids = async (q: Partial<Parameters<ReturnType<typeof store>['audit']['list']>[0]>, limit = 10) =>
      (await allPages((after) => store().audit.list({ workspaceId: w.id, limit, after, ...q }))).flat().map((e) => e.at - T0);
    expect(await ids({ actorId: 'usr_a' })).toEqual([3, 0]);
    expect(await ids({ action: 'key.created' }, 1)).toEqual([3, 2, 0]);
    expect(await ids({ targetId: 'key_1' })).toEqual([1, 0]);
    expect(await ids({ since: T0 + 1, until: T0 + 3 })).toEqual([2, 1]);
    expect(await ids({ action: 'key.created', actorId: 'usr_b', since: T0 + 2 })).toEqual([2]);
  });

  it('another workspace’s events are never listed', async () => {
    const a = await aWorkspace(store());
    const b = await aWorkspace(store());
    await store().audit.append(anEvent(a.id));
    expect(await store().audit.list({ workspaceId: b.id, limit: 10 })).toEqual({ items: [], next: null });
  });
});
