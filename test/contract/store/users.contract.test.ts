import { expect, it } from 'vitest';
import { MAX_WORKSPACES_PER_EMAIL } from '../../../src/store/sql/users.js';
import type { Session, User } from '../../../src/store/types.js';
import { T0, aTenant, aUser, aWorkspace, allPages, describeStore, newestFirst, uid } from './support.js';

/** What `get` returns of a user: everything but the password hash. */
const publicUser = ({ id, workspaceId, email, name, role, disabled, createdAt, kind }: User): User => ({
  id,
  workspaceId,
  email,
  name,
  role,
  disabled,
  createdAt,
  kind,
});

describeStore('workspaces', ({ store }) => {
  it('create → get gives back every field; update writes what it is given; an unknown id is undefined', async () => {
    const w = await aWorkspace(store(), { requireKeyExpiry: true, requireTwoFactor: true, maxKeyLifetimeDays: 90 });
    expect(await store().workspaces.get(w.id)).toEqual(w);
    await store().workspaces.update(w.id, {});
    expect(await store().workspaces.get(w.id)).toEqual(w);
    const patch = { name: 'Renamed', maxKeyLifetimeDays: 30, requireKeyExpiry: false, requireTwoFactor: false };
    await store().workspaces.update(w.id, patch);
    expect(await store().workspaces.get(w.id)).toEqual({ ...w, ...patch });
    expect(await store().workspaces.get(uid('wks'))).toBeUndefined();
  });

  it('update of one workspace leaves every other as it was', async () => {
    const a = await aWorkspace(store());
    const b = await aWorkspace(store());
    await store().workspaces.update(a.id, { name: 'Only A' });
    expect(await store().workspaces.get(b.id)).toEqual(b);
  });
});

describeStore('users', ({ store, fresh }) => {
  it('get and findInWorkspace see only their own workspace; findByEmail every workspace, oldest first, with the hash', async () => {
    const a = await aWorkspace(store());
    const b = await aWorkspace(store());
    const email = `${uid('person')}@example.test`;
    const inB = await aUser(store(), b, { email, createdAt: T0 + 5, role: 'member' });
    const inA = await aUser(store(), a, { email, createdAt: T0, passwordHash: 'hash-a' });
    expect(await store().users.get(a.id, inA.id)).toEqual(publicUser(inA));
    expect(await store().users.get(b.id, inA.id)).toBeUndefined();
    expect(await store().users.findInWorkspace(a.id, email)).toEqual(publicUser(inA));
    expect(await store().users.findInWorkspace(b.id, email)).toEqual(publicUser(inB));
    expect(await store().users.findInWorkspace(uid('wks'), email)).toBeUndefined();
    expect(await store().users.findByEmail(email)).toEqual([inA, inB]);
    expect(await store().users.findByEmail(`${uid('nobody')}@example.test`)).toEqual([]);
  });

  it('findByEmail looks at no more than MAX_WORKSPACES_PER_EMAIL workspaces, the oldest', async () => {
    const email = `${uid('many')}@example.test`;
    const made = [];
    for (let i = 0; i < MAX_WORKSPACES_PER_EMAIL + 2; i++) made.push(await aUser(store(), await aWorkspace(store()), { email, createdAt: T0 + i }));
    expect((await store().users.findByEmail(email)).map((u) => u.id)).toEqual(made.slice(0, MAX_WORKSPACES_PER_EMAIL).map((u) => u.id));
  });

  it('list: every user of the workspace once, newest first, across pages; none of another workspace', async () => {
    const { workspace } = await aTenant(store());
    const other = await aTenant(store());
    const users: User[] = [];
    for (let i = 0; i < 11; i++) users.push(publicUser(await aUser(store(), workspace, { role: 'member', createdAt: T0 + Math.floor(i / 3) })));
    const all = (await allPages((after) => store().users.list(workspace.id, 100, after))).flat();
    const expected = [...all].sort(
      newestFirst(
        (u) => u.createdAt,
        (u) => u.id,
      ),
    );
    expect(all).toEqual(expected);
    expect(all).toHaveLength(12);
    expect(all).toEqual(expect.arrayContaining(users));
    for (const limit of [1, 4, 12]) expect((await allPages((after) => store().users.list(workspace.id, limit, after))).flat()).toEqual(expected);
    expect(all.map((u) => u.id)).not.toContain(other.owner.id);
  });

  it('update writes role, name and disabled only within the user’s workspace', async () => {
    const { workspace, owner } = await aTenant(store());
    const other = await aWorkspace(store());
    await store().users.update(other.id, owner.id, { role: 'member', disabled: true, name: 'Taken' });
    expect(await store().users.get(workspace.id, owner.id)).toEqual(publicUser(owner));
    await store().users.update(workspace.id, owner.id, {});
    await store().users.update(workspace.id, owner.id, { role: 'admin', disabled: true, name: 'Renamed' });
    expect(await store().users.get(workspace.id, owner.id)).toEqual({ ...publicUser(owner), role: 'admin', disabled: true, name: 'Renamed' });
  });

  it('countAll, countActiveOwners and owners count what they say (on a store of their own)', async () => {
    const s = await fresh();
    expect(await s.users.countAll()).toBe(0);
    expect(await s.users.owners()).toEqual([]);
    const a = await aWorkspace(s);
    const b = await aWorkspace(s);
    const ownerA = await aUser(s, a, { createdAt: T0 + 2 });
    const secondOwnerA = await aUser(s, a, { createdAt: T0 + 3 });
    await aUser(s, a, { role: 'admin', createdAt: T0 });
    await aUser(s, a, { disabled: true });
    const ownerB = await aUser(s, b, { createdAt: T0 + 1 });
    expect(await s.users.countAll()).toBe(5);
    expect(await s.users.countActiveOwners(a.id)).toBe(2);
    expect(await s.users.countActiveOwners(b.id)).toBe(1);
    expect(await s.users.countActiveOwners(uid('wks'))).toBe(0);
    // Every active owner of every workspace, oldest first (the CLI takes the first).
    expect(await s.users.owners()).toEqual([ownerB, ownerA, secondOwnerA].map(publicUser));
  });
});

describeStore('users: service accounts', ({ store }) => {
  it('a service account has no email and no password; several live in one workspace; sign-in lookups and owner counts never see one', async () => {
    const s = await store();
    const w = await aWorkspace(s);
    const person = await aUser(s, w, { email: 'same@example.test' });
    const bots = [
      await aUser(s, w, { kind: 'service', email: null, passwordHash: null }),
      await aUser(s, w, { kind: 'service', email: null, passwordHash: null }),
    ];
    const ownerBot = await aUser(s, w, { kind: 'service', email: null, passwordHash: null, role: 'owner' });
    for (const bot of [...bots, ownerBot]) expect(await s.users.get(w.id, bot.id)).toEqual(publicUser(bot));
    expect(await s.accounts.secrets(bots[0].id)).toMatchObject({ passwordHash: null });
    expect((await s.users.findByEmail('same@example.test')).map((u) => u.id)).toEqual([person.id]);
    expect(await s.users.countActiveOwners(w.id)).toBe(1);
    expect((await s.users.owners()).some((u) => u.id === ownerBot.id)).toBe(false);
    expect((await s.notifications.admins(w.id)).map((u) => u.id)).toEqual([person.id]);
  });
});

describeStore('sessions', ({ store }) => {
  const aSession = (userId: string, workspaceId: string, patch: Partial<Session> = {}): Session => ({
    idHash: uid('ses'),
    userId,
    workspaceId,
    csrfToken: uid('csrf'),
    createdAt: T0,
    expiresAt: T0 + 86_400_000,
    stage: 'active',
    ip: '192.0.2.1',
    userAgent: 'Mozilla/5.0',
    lastSeenAt: null,
    reauthAt: T0,
    ...patch,
  });

  it('create → get gives back every field (a long user agent cut to 300 characters); update writes what it is given', async () => {
    const { workspace, owner } = await aTenant(store());
    const s = aSession(owner.id, workspace.id, { userAgent: 'x'.repeat(500), stage: 'two_factor', ip: null, reauthAt: null });
    await store().sessions.create(s);
    expect(await store().sessions.get(s.idHash)).toEqual({ ...s, userAgent: 'x'.repeat(300) });
    await store().sessions.update(s.idHash, {});
    const patch = { stage: 'active', expiresAt: T0 + 1, reauthAt: T0 + 2, lastSeenAt: T0 + 3 } as const;
    await store().sessions.update(s.idHash, patch);
    expect(await store().sessions.get(s.idHash)).toEqual({ ...s, userAgent: 'x'.repeat(300), ...patch });
    expect(await store().sessions.get(uid('ses'))).toBeUndefined();
  });

  it('listForUser: the user’s sessions newest first, no one else’s; delete, deleteOthers and deleteForUser end what they say', async () => {
    const { workspace, owner } = await aTenant(store());
    const other = await aUser(store(), workspace, { role: 'member' });
    const mine = [0, 2, 1].map((i) => aSession(owner.id, workspace.id, { createdAt: T0 + i }));
    const theirs = aSession(other.id, workspace.id);
    for (const s of [...mine, theirs]) await store().sessions.create(s);
    expect((await store().sessions.listForUser(owner.id)).map((s) => s.createdAt)).toEqual([T0 + 2, T0 + 1, T0]);
    await store().sessions.delete(mine[0].idHash);
    expect(await store().sessions.get(mine[0].idHash)).toBeUndefined();
    expect(await store().sessions.deleteOthers(owner.id, mine[1].idHash)).toBe(1);
    expect((await store().sessions.listForUser(owner.id)).map((s) => s.idHash)).toEqual([mine[1].idHash]);
    expect(await store().sessions.get(theirs.idHash)).toEqual(theirs);
    expect(await store().sessions.deleteOthers(owner.id, null)).toBe(1);
    expect(await store().sessions.listForUser(owner.id)).toEqual([]);
    await store().sessions.deleteForUser(other.id);
    expect(await store().sessions.get(theirs.idHash)).toBeUndefined();
  });
});
