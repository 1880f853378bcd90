import fc from 'fast-check';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../support/app.js';
import { PASSWORD, aKey, aUser, anOwner, login } from '../support/fixtures.js';

/** One test per row of the authority issue (#12): each failed before the change. */
describeEachDialect('no credential outranks the one who made it', ({ app }) => {
  it('row 1: a key restricted to keys:own cannot mint an unrestricted child', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const parent = await aKey(t, owner, { restriction: ['keys:own'] });
    const child = await t.request({ method: 'POST', url: '/api/keys', as: { key: parent.key }, body: { name: 'child' } });
    expect(child.statusCode, child.body).toBe(201);
    expect(child.json().restriction).toEqual(['keys:own']);
    const childKey = child.json().key as string;
    for (const [method, url, body] of [
      ['GET', '/api/contacts', undefined],
      ['POST', '/api/contacts', { name: 'x' }],
    ] as const) {
      const res = await t.request({ method, url, as: { key: childKey }, body });
      expect(res.statusCode, `${method} ${url}`).toBe(403);
    }
    const wider = await t.request({ method: 'POST', url: '/api/keys', as: { key: parent.key }, body: { name: 'wider', restriction: ['contacts:read'] } });
    expect(wider.statusCode).toBe(400);
  });

  it("row 2: a keys:own key cannot roll (or rename) its user's all-permissions key", async () => {
    const t = await app();
    const owner = await anOwner(t);
    const full = await aKey(t, owner, { restriction: ['contacts:read', 'contacts:write', 'keys:own', 'users:manage'] });
    const small = await aKey(t, owner, { restriction: ['keys:own'] });
    const roll = await t.request({ method: 'POST', url: `/api/keys/${full.id}/roll`, as: { key: small.key }, body: {} });
    expect(roll.statusCode, roll.body).toBe(403);
    expect(roll.json()).toMatchObject({ code: 'insufficient_permission' });
    expect(roll.body).not.toContain('ak_live_');
    const rename = await t.request({ method: 'PATCH', url: `/api/keys/${full.id}`, as: { key: small.key }, body: { name: 'mine now' } });
    expect(rename.statusCode).toBe(403);
    // Its own key, which holds nothing more than itself, it may roll.
    expect((await t.request({ method: 'POST', url: `/api/keys/${small.id}/roll`, as: { key: small.key }, body: {} })).statusCode).toBe(201);
  });

  it("row 3: an admin (session or keys:admin key) cannot roll or rename the owner's key; revoke still works", async () => {
    const t = await app();
    const owner = await anOwner(t);
    const admin = await aUser(t, owner, { role: 'admin' });
    const ownersKey = await aKey(t, owner);
    const adminKey = await aKey(t, admin, { restriction: ['keys:admin', 'keys:own'] });
    for (const as of [admin, { key: adminKey.key }]) {
      const roll = await t.request({ method: 'POST', url: `/api/keys/${ownersKey.id}/roll`, as, body: {} });
      expect(roll.statusCode, roll.body).toBe(403);
      expect(roll.body).not.toContain('ak_live_');
      const rename = await t.request({ method: 'PATCH', url: `/api/keys/${ownersKey.id}`, as, body: { name: 'pwned' } });
      expect(rename.statusCode).toBe(403);
      const limit = await t.request({ method: 'PATCH', url: `/api/keys/${ownersKey.id}`, as, body: { rate_limit: { per_minute: 1, per_second: 1 } } });
      expect(limit.statusCode).toBe(403);
    }
    const member = await aUser(t, owner, { role: 'member' });
    const membersKey = await aKey(t, member);
    expect((await t.request({ method: 'PATCH', url: `/api/keys/${membersKey.id}`, as: admin, body: { name: 'renamed' } })).statusCode).toBe(403);
    expect(
      (await t.request({ method: 'PATCH', url: `/api/keys/${membersKey.id}`, as: admin, body: { rate_limit: { per_minute: 5, per_second: 1 } } })).statusCode,
    ).toBe(200);
    expect((await t.request({ method: 'POST', url: `/api/keys/${ownersKey.id}/revoke`, as: admin })).json().status).toBe('revoked');
  });

  it('row 4: a leap second or an impossible date is a 400, never stored as "no expiry" nor a 500', async () => {
    const t = await app();
    const owner = await anOwner(t);
    await t.request({ method: 'PATCH', url: '/api/workspace', as: owner, body: { require_key_expiry: true } });
    for (const expires_at of ['2099-12-31T23:59:60Z', '2027-02-30T00:00:00Z', '2027-01-01T24:00:00Z', '2027-01-01T00:00:00+24:00']) {
      const res = await t.request({ method: 'POST', url: '/api/keys', as: owner, body: { name: 'k', expires_at } });
      expect(res.statusCode, expires_at).toBe(400);
      expect(res.json().code).toBe('validation_error');
    }
    expect((await t.request({ url: '/api/keys', as: owner })).json().data).toEqual([]);
    const audit = await t.request({ url: `/api/audit?since=${encodeURIComponent('2026-06-30T23:59:60Z')}`, as: owner });
    expect(audit.statusCode).toBe(400);
  });

  it('row 4: no date string ever yields a 500 or a key stored without expiry', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const dateLike = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc
        .tuple(
          fc.integer({ min: 2026, max: 2200 }),
          fc.integer({ min: 0, max: 13 }),
          fc.integer({ min: 0, max: 32 }),
          fc.integer({ min: 0, max: 25 }),
          fc.integer({ min: 0, max: 61 }),
        )
        .map(
          ([y, mo, d, h, s]) =>
            `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}T${String(h).padStart(2, '0')}:00:${String(s).padStart(2, '0')}Z`,
        ),
    );
    await fc.assert(
      fc.asyncProperty(dateLike, async (expires_at) => {
        const res = await t.request({ method: 'POST', url: '/api/keys', as: owner, body: { name: 'p', expires_at } });
        expect([201, 400]).toContain(res.statusCode);
        if (res.statusCode === 201) {
          expect(Number.isFinite(Date.parse(res.json().expires_at))).toBe(true);
          await t.request({ method: 'POST', url: `/api/keys/${res.json().id}/revoke`, as: owner });
        }
        const audit = await t.request({ url: `/api/audit?since=${encodeURIComponent(expires_at)}`, as: owner });
        expect([200, 400]).toContain(audit.statusCode);
      }),
      { numRuns: 150 },
    );
  });

  it('row 5: roll applies the workspace policy (required expiry, maximum lifetime) to the new key', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const forever = await aKey(t, owner);
    const long = await aKey(t, owner, { expires_in_days: 300 });
    await t.request({ method: 'PATCH', url: '/api/workspace', as: owner, body: { require_key_expiry: true, max_key_lifetime_days: 30 } });
    const rolled = await t.request({ method: 'POST', url: `/api/keys/${forever.id}/roll`, as: owner, body: {} });
    expect(rolled.statusCode).toBe(201);
    const day = 86_400_000;
    expect(Date.parse(rolled.json().key.expires_at)).toBe(t.clock.now() + 30 * day);
    const rolledLong = await t.request({ method: 'POST', url: `/api/keys/${long.id}/roll`, as: owner, body: {} });
    expect(Date.parse(rolledLong.json().key.expires_at)).toBe(t.clock.now() + 30 * day);
  });

  it('row 6: an admin cannot learn whether an email is registered in another workspace', async () => {
    const t = await app();
    const a = await anOwner(t, { workspace: 'A' });
    const b = await anOwner(t, { workspace: 'B' });
    const fresh = await t.request({
      method: 'POST',
      url: '/api/users',
      as: b,
      body: { email: 'nobody-yet@example.test', name: 'New', password: PASSWORD, role: 'member' },
    });
    const elsewhere = await t.request({
      method: 'POST',
      url: '/api/users',
      as: b,
      body: { email: a.user.email, name: 'New', password: PASSWORD, role: 'member' },
    });
    expect(fresh.statusCode).toBe(201);
    expect(elsewhere.statusCode).toBe(201);
    expect(Object.keys(elsewhere.json()).sort()).toEqual(Object.keys(fresh.json()).sort());
    // The same person now signs in to either workspace; one password opening both asks which.
    const both = await t.request({ method: 'POST', url: '/auth/login', body: { email: a.user.email, password: PASSWORD } });
    expect(both.statusCode).toBe(409);
    expect(both.json().code).toBe('workspace_required');
    expect(
      both
        .json()
        .workspaces.map((w: { name: string }) => w.name)
        .sort(),
    ).toEqual(['A', 'B']);
    const intoB = await t.request({ method: 'POST', url: '/auth/login', body: { email: a.user.email, password: PASSWORD, workspace_id: b.workspace.id } });
    expect(intoB.json().workspace.name).toBe('B');
    // A duplicate within the workspace is still 409, and adding users is limited per workspace.
    expect(
      (await t.request({ method: 'POST', url: '/api/users', as: b, body: { email: a.user.email, name: 'x', password: PASSWORD, role: 'viewer' } })).statusCode,
    ).toBe(409);
  });

  it('row 6: POST /api/users is limited per workspace', async () => {
    const t = await app({ config: { userCreatesPerHour: 2 } });
    const owner = await anOwner(t);
    const add = (i: number) =>
      t.request({ method: 'POST', url: '/api/users', as: owner, body: { email: `u${i}@example.test`, name: 'u', password: PASSWORD, role: 'viewer' } });
    expect((await add(1)).statusCode).toBe(201);
    expect((await add(2)).statusCode).toBe(201);
    const third = await add(3);
    expect(third.statusCode).toBe(429);
    expect(Number(third.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('row 7: a password spray from many addresses does not lock the holder out', async () => {
    const t = await app();
    const owner = await anOwner(t);
    for (let i = 0; i < 100; i++) {
      const res = await t.request({
        method: 'POST',
        url: '/auth/login',
        body: { email: owner.user.email, password: `wrong password ${i}` },
        ip: `198.51.100.${i % 10}`,
      });
      expect([401, 429]).toContain(res.statusCode);
    }
    const sprayer = await t.request({ method: 'POST', url: '/auth/login', body: { email: owner.user.email, password: PASSWORD }, ip: '198.51.100.3' });
    expect(sprayer.statusCode).toBe(429);
    const holder = await login(t, owner.user.email, PASSWORD, '203.0.113.7');
    expect(holder.user.id).toBe(owner.user.id);
  });

  it('row 8: a key percent-encoded in a path is neither echoed nor logged', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const { key } = await aKey(t, owner);
    const body = key.slice(8);
    const encoded = key.replaceAll('_', '%5F');
    const res = await t.request({ url: `/api/x${encoded}` });
    expect(res.statusCode).toBe(404);
    for (const text of [res.body, t.logs.join('\n')]) {
      expect(text).not.toContain(body);
      expect(text).not.toContain(body.slice(0, 32));
    }
  });

  it('row 9: signing in again ends the session the browser presented; an admin cannot rename an owner', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const admin = await aUser(t, owner, { role: 'admin' });
    const again = await t.request({
      method: 'POST',
      url: '/auth/login',
      headers: { cookie: admin.cookie },
      body: { email: admin.user.email, password: PASSWORD },
    });
    expect(again.statusCode).toBe(200);
    expect((await t.request({ url: '/auth/session', headers: { cookie: admin.cookie } })).statusCode).toBe(401);
    const fresh = await login(t, admin.user.email);
    const rename = await t.request({ method: 'PATCH', url: `/api/users/${owner.user.id}`, as: fresh, body: { name: 'Renamed' } });
    expect(rename.statusCode).toBe(403);
    expect(rename.json().code).toBe('forbidden_role_change');
    const events = (await t.request({ url: '/api/audit?action=user.logout', as: owner })).json().data;
    expect(events.map((e: { target: { id: string } }) => e.target.id)).toContain(admin.user.id);
  });
});
