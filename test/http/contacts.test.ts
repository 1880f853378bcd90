import { expect, it } from 'vitest';
import type { Role } from '../../src/store/types.js';
import { describeEachDialect } from '../support/app.js';
import { aContact, aKey, aUser, anOwner } from '../support/fixtures.js';

/** Which role may call which contacts route: all read, owners/admins/members write, owners/admins delete. */
const TABLE: { route: string; method: 'GET' | 'POST' | 'PATCH' | 'DELETE'; path: (id: string) => string; body?: object; allowed: Role[]; ok: number }[] = [
  { route: 'list', method: 'GET', path: () => '/api/contacts', allowed: ['owner', 'admin', 'member', 'viewer'], ok: 200 },
  { route: 'get', method: 'GET', path: (id) => `/api/contacts/${id}`, allowed: ['owner', 'admin', 'member', 'viewer'], ok: 200 },
  { route: 'create', method: 'POST', path: () => '/api/contacts', body: { name: 'New' }, allowed: ['owner', 'admin', 'member'], ok: 201 },
  { route: 'update', method: 'PATCH', path: (id) => `/api/contacts/${id}`, body: { company: 'Acme' }, allowed: ['owner', 'admin', 'member'], ok: 200 },
  { route: 'delete', method: 'DELETE', path: (id) => `/api/contacts/${id}`, allowed: ['owner', 'admin'], ok: 204 },
];
const ROLES: Role[] = ['owner', 'admin', 'member', 'viewer'];

describeEachDialect('contacts API', ({ app }) => {
  it('the permission table holds for every role × route, by session and by key', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const callers = new Map<Role, Awaited<ReturnType<typeof aUser>>>([['owner', owner]]);
    for (const role of ROLES.slice(1)) callers.set(role, await aUser(t, owner, { role }));
    for (const role of ROLES) {
      const session = callers.get(role)!;
      const { key } = await aKey(t, session);
      for (const via of [session, { key }]) {
        for (const row of TABLE) {
          const { id } = await aContact(t, owner);
          const res = await t.request({ method: row.method, url: row.path(id), as: via, body: row.body });
          const label = `${role} ${row.route} via ${'key' in via ? 'key' : 'session'}`;
          if (row.allowed.includes(role)) expect(res.statusCode, label).toBe(row.ok);
          else {
            expect(res.statusCode, label).toBe(403);
            expect(res.json().code).toBe('insufficient_permission');
            expect(res.json().missing_permission).toMatch(/^contacts:/);
          }
        }
      }
    }
  });

  it('create, read, update, search, paginate and delete', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const c: Record<string, unknown> = await aContact(t, owner, {
      name: ' Grace Hopper ',
      email: 'grace@navy.test',
      company: 'US Navy',
      tags: ['vip', 'vip', 'cobol'],
      phone: null,
    });
    expect(c).toMatchObject({ name: 'Grace Hopper', email: 'grace@navy.test', company: 'US Navy', tags: ['vip', 'cobol'], phone: null, notes: null });
    expect(c.id).toMatch(/^con_/);
    expect(c.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    for (let i = 0; i < 30; i++) {
      t.clock.advance(1);
      await aContact(t, owner, { name: `Person ${i}`, company: i % 2 ? 'Globex' : '50% Off Ltd' });
    }
    const search = await t.request({ url: '/api/contacts?q=navy', as: owner });
    expect(search.json().data.map((x: { id: string }) => x.id)).toEqual([c.id]);
    expect((await t.request({ url: '/api/contacts?q=50%25', as: owner })).json().data).toHaveLength(15);
    expect((await t.request({ url: '/api/contacts?q=5_', as: owner })).json().data).toHaveLength(0);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { data: { id: string }[]; next_cursor: string | null } = (
        await t.request({ url: `/api/contacts?limit=7${cursor ? `&cursor=${cursor}` : ''}`, as: owner })
      ).json();
      seen.push(...page.data.map((x) => x.id));
      cursor = page.next_cursor;
    } while (cursor);
    expect(seen).toHaveLength(31);
    expect(new Set(seen).size).toBe(31);
    expect(seen.at(-1)).toBe(c.id);
    const patched = await t.request({ method: 'PATCH', url: `/api/contacts/${c.id}`, as: owner, body: { notes: 'Invented the compiler', email: null } });
    expect(patched.json()).toMatchObject({ notes: 'Invented the compiler', email: null, name: 'Grace Hopper' });
    expect((await t.request({ method: 'DELETE', url: `/api/contacts/${c.id}`, as: owner })).statusCode).toBe(204);
    expect((await t.request({ url: `/api/contacts/${c.id}`, as: owner })).statusCode).toBe(404);
  });

  it("another workspace's contact ids are 404 on every route, and lists never mix", async () => {
    const t = await app();
    const a = await anOwner(t, { workspace: 'A' });
    const b = await anOwner(t, { workspace: 'B' });
    const bContact = await aContact(t, b, { name: 'B secret' });
    await aContact(t, a, { name: 'A contact' });
    const { key: aKeyValue } = await aKey(t, a);
    for (const via of [a, { key: aKeyValue }]) {
      for (const row of TABLE.filter((r) => r.path('x') !== '/api/contacts')) {
        const res = await t.request({ method: row.method, url: row.path(bContact.id), as: via, body: row.body });
        expect(res.statusCode, row.route).toBe(404);
        expect(res.json().code).toBe('not_found');
      }
      const list = await t.request({ url: '/api/contacts', as: via });
      expect(list.json().data.map((x: { name: string }) => x.name)).toEqual(['A contact']);
      expect((await t.request({ url: '/api/contacts?q=secret', as: via })).json().data).toEqual([]);
    }
    expect((await t.request({ url: `/api/contacts/${bContact.id}`, as: b })).statusCode).toBe(200);
  });
});
