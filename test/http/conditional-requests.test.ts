import { Writable } from 'node:stream';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { testConfig } from '../../src/config.js';
import { createKeyward } from '../../src/keyward.js';
import { openPostgresStore } from '../../src/store/dialects/postgres/index.js';
import { openSqliteStore } from '../../src/store/dialects/sqlite/index.js';
import { onAnotherConnection } from '../support/another-connection.js';
import { type Caller, type TestApp, describeEachDialect } from '../support/app.js';
import { POSTGRES_URL } from '../support/env.js';
import { aProtectedApi } from '../support/protect.js';
import { aContact, aKey, aUser, anOwner, login } from '../support/fixtures.js';

const DAY = 86_400_000;

/** GET `url` as `as`, sending `tag` (when given) as If-None-Match. */
const get = (t: Pick<TestApp, 'request'>, url: string, as: Caller, tag?: string) =>
  t.request({ url, as, headers: tag === undefined ? {} : { 'if-none-match': tag } });

/** The ETag of a 200, and that an If-None-Match with it is answered 304 with the same tag and no body. */
async function tagOf(t: Pick<TestApp, 'request'>, url: string, as: Caller): Promise<string> {
  const first = await get(t, url, as);
  expect(first.statusCode, first.body).toBe(200);
  const tag = String(first.headers.etag);
  expect(tag).toMatch(/^"[A-Za-z0-9_-]{27}(\.[0-9a-z]+)?"$/);
  const again = await get(t, url, as, tag);
  expect(again.statusCode, `${url} unchanged`).toBe(304);
  expect(again.body).toBe('');
  expect(again.headers.etag).toBe(tag);
  return tag;
}

/** `url` answered 200 (not 304) to its old tag, with another tag. */
async function expectChanged(t: Pick<TestApp, 'request'>, url: string, as: Caller, tag: string) {
  const res = await get(t, url, as, tag);
  expect(res.statusCode, `${url} changed`).toBe(200);
  expect(res.headers.etag).not.toBe(tag);
  return res;
}

/** A second instance of the app on the same database (another process, as far as either can tell). */
async function secondInstance(t: TestApp, dialect: string): Promise<Pick<TestApp, 'request'> & { close(): Promise<void> }> {
  const schema = dialect === 'postgres' ? (await sql<{ s: string }>`select current_schema() as s`.execute(t.store.db)).rows[0].s : '';
  const store =
    dialect === 'postgres' ? await openPostgresStore({ connectionString: POSTGRES_URL, schema, poolSize: 2 }) : openSqliteStore({ file: t.store.location });
  const quiet = new Writable({ write: (_c, _e, cb) => cb() });
  const kw = await createKeyward(testConfig({ logLevel: 'silent' }), { clock: t.clock, store, logStream: quiet, webDir: false });
  return {
    request: (o) => {
      const headers: Record<string, string | string[]> = { ...o.headers };
      if (o.as && 'key' in o.as) headers['x-api-key'] = o.as.key;
      if (o.as && 'cookie' in o.as) Object.assign(headers, { cookie: o.as.cookie, 'x-csrf-token': o.as.csrf });
      if (o.body !== undefined) headers['content-type'] = 'application/json';
      const payload = o.body === undefined ? undefined : JSON.stringify(o.body);
      return kw.app.inject({ method: o.method ?? 'GET', url: o.url, headers, payload, remoteAddress: '127.0.0.1' });
    },
    close: async () => {
      await kw.close();
      await store.close();
    },
  };
}

/** Runs `fn` with a second instance of the app on `t`'s database, closed after. */
async function withSecondInstance(t: TestApp, dialect: string, fn: (other: Pick<TestApp, 'request'>) => Promise<void>): Promise<void> {
  const other = await secondInstance(t, dialect);
  try {
    await fn(other);
  } finally {
    await other.close();
  }
}

/** PATCH a contact's company through `via`, as `as`, with If-Match `tag`. */
const patchCompany = (via: Pick<TestApp, 'request'>, url: string, as: Caller, tag: string, company: string) =>
  via.request({ method: 'PATCH', url, as, body: { company }, headers: { 'if-match': tag } });

describeEachDialect('conditional requests', ({ dialect, app }) => {
  it('contacts: list, search and by id answer 304 to a current tag; every create, update and delete moves them', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const c = await aContact(t, owner, { name: 'Ada Lovelace' });
    const urls = ['/api/contacts?limit=25', '/api/contacts?q=ada', `/api/contacts/${c.id}`];
    let tags = await Promise.all(urls.map((u) => tagOf(t, u, owner)));
    expect(new Set(tags).size).toBe(3);
    const writes = [
      () => aContact(t, owner, { name: 'Grace Hopper' }),
      () => t.request({ method: 'PATCH', url: `/api/contacts/${c.id}`, as: owner, body: { company: 'Engines' } }),
      async () => {
        const other = await aContact(t, owner);
        tags = await Promise.all(urls.map((u) => tagOf(t, u, owner)));
        await t.request({ method: 'DELETE', url: `/api/contacts/${other.id}`, as: owner });
      },
    ];
    for (const write of writes) {
      await write();
      for (const [i, u] of urls.entries()) await expectChanged(t, u, owner, tags[i]);
      tags = await Promise.all(urls.map((u) => tagOf(t, u, owner)));
    }
    // Another query, another caller, or another workspace's write: another tag, or the same one.
    expect((await get(t, '/api/contacts?limit=24', owner, tags[0])).statusCode).toBe(200);
    const viewer = await aUser(t, owner, { role: 'viewer' });
    expect((await get(t, urls[0], viewer, tags[0])).statusCode).toBe(200);
    const elsewhere = await anOwner(t, { workspace: 'Globex' });
    await aContact(t, elsewhere);
    expect((await get(t, urls[0], owner, tags[0])).statusCode).toBe(304);
  });

  it('a 304 reads nothing but the counters (SQLite: not even them while nothing committed), and carries the rate-limit fields of a key', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const k = await aKey(t, owner);
    for (let i = 0; i < 30; i++) await aContact(t, owner);
    const tag = await tagOf(t, '/api/contacts?limit=25', k);
    const cost = async (call: () => Promise<{ statusCode: number }>, status: number) => {
      expect((await call()).statusCode).toBe(status);
      const before = t.store.queryCount;
      expect((await call()).statusCode).toBe(status);
      return t.store.queryCount - before;
    };
    const me = await cost(() => t.request({ url: '/api/me', as: k }), 200);
    expect(await cost(() => get(t, '/api/contacts?limit=25', k, tag), 304)).toBe(me + (dialect === 'sqlite' ? 0 : 1));
    const res = await get(t, '/api/contacts?limit=25', k, tag);
    expect(res.headers.ratelimit).toBeDefined();
    expect(res.headers['ratelimit-policy']).toBeDefined();
  });

  it('If-Match on PATCH and DELETE of a contact: the current tag and * proceed, a stale one is 412', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const c = await aContact(t, owner);
    const url = `/api/contacts/${c.id}`;
    const tag = await tagOf(t, url, owner);
    const patch = (ifMatch: string, company: string) => t.request({ method: 'PATCH', url, as: owner, body: { company }, headers: { 'if-match': ifMatch } });
    expect((await patch(tag, 'First')).statusCode).toBe(200);
    const lost = await patch(tag, 'Second');
    expect(lost.statusCode).toBe(412);
    expect(lost.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(lost.json().code).toBe('precondition_failed');
    expect((await t.request({ url, as: owner })).json().company).toBe('First');
    expect((await patch('*', 'Third')).statusCode).toBe(200);
    expect((await patch(`W/${tag}`, 'Weak')).statusCode).toBe(412);
    const stale = await t.request({ method: 'DELETE', url, as: owner, headers: { 'if-match': tag } });
    expect(stale.statusCode).toBe(412);
    const current = await tagOf(t, url, owner);
    expect((await t.request({ method: 'DELETE', url, as: owner, headers: { 'if-match': `"nope", ${current}` } })).statusCode).toBe(204);
    // Permission is asked before the tag is compared.
    const viewer = await aUser(t, owner, { role: 'viewer' });
    const other = await aContact(t, owner);
    const refused = await t.request({ method: 'DELETE', url: `/api/contacts/${other.id}`, as: viewer, headers: { 'if-match': '"x"' } });
    expect(refused.statusCode).toBe(403);
  });

  it('a change committed by another instance, or on another connection, is never answered 304', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const c = await aContact(t, owner);
    const b = await secondInstance(t, dialect);
    try {
      const list = '/api/contacts?limit=25';
      const tag = await tagOf(t, list, owner);
      expect((await get(b, list, owner, tag)).statusCode).toBe(304);
      expect((await b.request({ method: 'PATCH', url: `/api/contacts/${c.id}`, as: owner, body: { name: 'Changed on B' } })).statusCode).toBe(200);
      const changed = await expectChanged(t, list, owner, tag);
      expect(changed.json().data[0].name).toBe('Changed on B');
      const tag2 = String(changed.headers.etag);
      expect((await get(b, list, owner, tag2)).statusCode).toBe(304);
      await onAnotherConnection(t, dialect, [{ text: 'delete from contacts where id = ?', values: [c.id] }]);
      expect((await expectChanged(t, list, owner, tag2)).json().data).toEqual([]);
    } finally {
      await b.close();
    }
  });

  it.runIf(dialect === 'sqlite')('what is read while a transaction is open (its writes visible, perhaps rolled back) is never tagged', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const k = await aKey(t, owner);
    await aContact(t, owner);
    const list = '/api/contacts?limit=25';
    const tag = await tagOf(t, list, k);
    let rollBack = () => {};
    const rolledBack = new Promise<void>((resolve) => {
      rollBack = resolve;
    });
    let written = () => {};
    const open = new Promise<void>((resolve) => {
      written = resolve;
    });
    const tx = t.store.transaction(async (tx) => {
      await tx.contacts.create({ ...(await t.store.contacts.list(owner.workspace.id, { limit: 1 })).items[0], id: 'con_phantom', name: 'Phantom' });
      written();
      await rolledBack;
      throw new Error('rolled back');
    });
    await open;
    const during = await get(t, list, k, tag);
    expect(during.statusCode).toBe(200);
    expect(during.json().data.map((c: { name: string }) => c.name)).toContain('Phantom');
    expect(during.headers.etag).toBeUndefined();
    rollBack();
    await expect(tx).rejects.toThrow('rolled back');
    expect((await get(t, list, k, tag)).statusCode).toBe(304);
  });

  it('keys: a tag is never current across an expiry, a flag change or a last use; If-Match on PATCH and revoke', async () => {
    const t = await app();
    let owner = await anOwner(t);
    let member = await aUser(t, owner, { role: 'member' });
    /** Moves the clock, signing both in again (a session does not last for days). */
    const advance = async (ms: number) => {
      t.clock.advance(ms);
      member = await login(t, member.user.email);
      owner = await login(t, owner.user.email);
    };
    const expiring = await aKey(t, member, { expires_at: new Date(t.clock.now() + 8 * DAY).toISOString() });
    const urls = ['/api/keys', '/api/keys?status=active', `/api/keys/${expiring.id}`];
    let tags = await Promise.all(urls.map((u) => tagOf(t, u, member)));
    // Just before it becomes `expiring_soon`, nothing changed; at that instant every tag is stale.
    await advance(DAY - 1);
    for (const [i, u] of urls.entries()) expect((await get(t, u, member, tags[i])).statusCode).toBe(304);
    await advance(1);
    for (const [i, u] of urls.entries()) expect((await expectChanged(t, u, member, tags[i])).body).toContain('expiring_soon');
    tags = await Promise.all(urls.map((u) => tagOf(t, u, member)));
    await advance(7 * DAY);
    const after = await Promise.all(urls.map((u, i) => expectChanged(t, u, member, tags[i])));
    expect(after[0].json().data[0].status).toBe('expired');
    expect(after[1].json().data).toEqual([]);
    expect(after[2].json().status).toBe('expired');

    // A key expiring into `status=expired` is not on that page before: the page still changes.
    const soon = await aKey(t, member, { expires_at: new Date(t.clock.now() + 60_000).toISOString() });
    const expiredTag = await tagOf(t, '/api/keys?status=expired', member);
    await advance(60_000);
    expect((await expectChanged(t, '/api/keys?status=expired', member, expiredTag)).body).toContain(soon.id);

    // The last use is shown: once recorded, the key's tags move.
    const used = await aKey(t, member);
    const usedTag = await tagOf(t, `/api/keys/${used.id}`, member);
    expect((await t.request({ url: '/api/me', as: used })).statusCode).toBe(200);
    await t.kw.deps.lastUsed.flush();
    expect((await expectChanged(t, `/api/keys/${used.id}`, member, usedTag)).json().last_used_at).not.toBeNull();

    // Another member sees other keys: never the member's tag.
    const other = await aUser(t, owner, { role: 'member' });
    const mine = await tagOf(t, '/api/keys', member);
    expect((await get(t, '/api/keys', other, mine)).statusCode).toBe(200);

    const keyUrl = `/api/keys/${used.id}`;
    const tag = await tagOf(t, keyUrl, member);
    const rename = (ifMatch: string) => t.request({ method: 'PATCH', url: keyUrl, as: member, body: { name: 'renamed' }, headers: { 'if-match': ifMatch } });
    expect((await rename(tag)).statusCode).toBe(200);
    expect((await rename(tag)).json().code).toBe('precondition_failed');
    const revokeStale = await t.request({ method: 'POST', url: `${keyUrl}/revoke`, as: member, headers: { 'if-match': tag } });
    expect(revokeStale.statusCode).toBe(412);
    const current = await tagOf(t, keyUrl, member);
    expect((await t.request({ method: 'POST', url: `${keyUrl}/revoke`, as: member, headers: { 'if-match': current } })).statusCode).toBe(200);

    // A key restricted to keys:admin (no keys:own) revoking another's key is held to its If-Match too.
    const admin = await aKey(t, owner, { restriction: ['keys:admin'] });
    const target = await aKey(t, member);
    const adminTag = await tagOf(t, `/api/keys/${target.id}`, admin);
    await t.request({ method: 'PATCH', url: `/api/keys/${target.id}`, as: member, body: { name: 'moved' } });
    const held = await t.request({ method: 'POST', url: `/api/keys/${target.id}/revoke`, as: admin, headers: { 'if-match': adminTag } });
    expect(held.statusCode).toBe(412);

    // A roll too: refused on a stale tag (nothing issued), done on the current one; a retry with the same
    // Idempotency-Key replays the roll rather than asking the tag again.
    const rollable = await aKey(t, member);
    const rollUrl = `/api/keys/${rollable.id}`;
    const before = await tagOf(t, rollUrl, member);
    await t.request({ method: 'PATCH', url: rollUrl, as: member, body: { name: 'renamed before the roll' } });
    const roll = (ifMatch: string, key: string) =>
      t.request({ method: 'POST', url: `${rollUrl}/roll`, as: member, body: {}, headers: { 'if-match': ifMatch, 'idempotency-key': key } });
    const keysBefore = (await t.request({ url: '/api/keys', as: member })).json().data.length;
    const staleRoll = await roll(before, 'roll-1');
    expect(staleRoll.statusCode).toBe(412);
    expect(staleRoll.json().code).toBe('precondition_failed');
    expect((await t.request({ url: '/api/keys', as: member })).json().data.length).toBe(keysBefore);
    const rolled = await roll(await tagOf(t, rollUrl, member), 'roll-2');
    expect(rolled.statusCode).toBe(201);
    const replayed = await roll(before, 'roll-2');
    expect(replayed.statusCode).toBe(200);
    expect(replayed.json().key.id).toBe(rolled.json().key.id);
  });

  it('users, audit and notifications: 304 while unchanged; each write moves them', async () => {
    const t = await app({ config: { notifyIntervalMs: 0 } });
    const owner = await anOwner(t);
    const urls = ['/api/users', `/api/users/${owner.user.id}`, '/api/audit'];
    const tags = await Promise.all(urls.map((u) => tagOf(t, u, owner)));
    const member = await aUser(t, owner, { role: 'member' }); // a user, and its audit event
    for (const [i, u] of urls.entries()) await expectChanged(t, u, owner, tags[i]);
    const apis = await tagOf(t, '/api/protected-apis', owner);
    await aProtectedApi(t, owner);
    await expectChanged(t, '/api/protected-apis', owner, apis);

    const k = await aKey(t, member);
    const inbox = await tagOf(t, '/api/notifications', member);
    expect((await t.request({ method: 'POST', url: `/api/keys/${k.id}/revoke`, as: owner })).statusCode).toBe(200);
    const told = await expectChanged(t, '/api/notifications', member, inbox);
    expect(told.json().unread_count).toBe(1);
    const unread = String(told.headers.etag);
    const id = told.json().data[0].id;
    expect((await t.request({ method: 'POST', url: `/api/notifications/${id}/read`, as: member })).statusCode).toBe(200);
    expect((await expectChanged(t, '/api/notifications', member, unread)).json().unread_count).toBe(0);
  });
  it('If-Match holds in the write: a write committed after the tag was compared is refused, never lost', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const member = await aUser(t, owner, { role: 'member' });
    const c = await aContact(t, owner);
    const key = await aKey(t, member);
    await withSecondInstance(t, dialect, async (other) => {
      // The first write compares its tag, then the second (on another instance, same tag) runs to its end
      // before the first goes on to write.
      const interleaved = async (first: () => ReturnType<TestApp['request']>, second: () => ReturnType<TestApp['request']>) => {
        const versions = t.store.versions;
        const read = versions.get;
        let secondDone: ReturnType<TestApp['request']> | undefined;
        versions.get = async (w) => {
          const counters = await read.call(versions, w);
          versions.get = read;
          secondDone = second();
          await secondDone;
          return counters;
        };
        try {
          const a = await first();
          return [a, await (secondDone as ReturnType<TestApp['request']>)] as const;
        } finally {
          versions.get = read;
        }
      };
      const url = `/api/contacts/${c.id}`;
      const tag = await tagOf(t, url, owner);
      const [late, early] = await interleaved(
        () => patchCompany(t, url, owner, tag, 'Late'),
        () => patchCompany(other, url, owner, tag, 'Early'),
      );
      expect(early.statusCode, early.body).toBe(200);
      expect(late.statusCode, late.body).toBe(412);
      expect(late.json().code).toBe('precondition_failed');
      expect((await t.request({ url, as: owner })).json().company).toBe('Early');

      const current = await tagOf(t, url, owner);
      const [deleted, patched] = await interleaved(
        () => t.request({ method: 'DELETE', url, as: owner, headers: { 'if-match': current } }),
        () => patchCompany(other, url, owner, current, 'Kept'),
      );
      expect([deleted.statusCode, patched.statusCode]).toEqual([412, 200]);
      expect((await t.request({ url, as: owner })).json().company).toBe('Kept');

      const keyUrl = `/api/keys/${key.id}`;
      const keyTag = await tagOf(t, keyUrl, member);
      const [revoked, renamed] = await interleaved(
        () => t.request({ method: 'POST', url: `${keyUrl}/revoke`, as: member, headers: { 'if-match': keyTag } }),
        () => other.request({ method: 'PATCH', url: keyUrl, as: member, body: { name: 'renamed' }, headers: { 'if-match': keyTag } }),
      );
      expect([revoked.statusCode, renamed.statusCode]).toEqual([412, 200]);
      const after = (await t.request({ url: keyUrl, as: member })).json();
      expect([after.name, after.status]).toEqual(['renamed', 'active']);
    });
  });

  it('two writes racing with one If-Match tag on two instances: exactly one lands', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const c = await aContact(t, owner);
    await withSecondInstance(t, dialect, async (other) => {
      const url = `/api/contacts/${c.id}`;
      for (let round = 0; round < 5; round++) {
        const tag = await tagOf(t, url, owner);
        const answers = await Promise.all([patchCompany(t, url, owner, tag, `A${round}`), patchCompany(other, url, owner, tag, `B${round}`)]);
        const codes = answers.map((r) => r.statusCode).sort();
        expect(codes, answers.map((r) => r.body).join('\n')).toEqual([200, 412]);
        const winner = answers.findIndex((r) => r.statusCode === 200);
        expect((await t.request({ url, as: owner })).json().company).toBe(`${winner ? 'B' : 'A'}${round}`);
      }
    });
  });

  it('If-None-Match: * on a GET of an existing resource is 304 with its tag; of a missing one, 404', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const c = await aContact(t, owner);
    const tag = await tagOf(t, `/api/contacts/${c.id}`, owner);
    const any = await get(t, `/api/contacts/${c.id}`, owner, '*');
    expect(any.statusCode).toBe(304);
    expect(any.body).toBe('');
    expect(any.headers.etag).toBe(tag);
    expect((await get(t, '/api/contacts', owner, '*')).statusCode).toBe(304);
    expect((await get(t, '/api/contacts/con_missing', owner, '*')).statusCode).toBe(404);
  });
});
