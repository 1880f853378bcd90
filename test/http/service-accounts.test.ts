import { randomBytes } from 'node:crypto';
import { expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../src/http/auth-hook.js';
import { sessionHash } from '../../src/users/session-service.js';
import { describeEachDialect } from '../support/app.js';
import { type SessionCaller, aServiceAccount, aUser, anOwner, anOwnerAdminAndMember } from '../support/fixtures.js';

describeEachDialect('service accounts: a name and a role, no email, no password', ({ app }) => {
  it('an admin adds one (201, Location); it is listed among the members as kind service; it can be renamed, demoted and disabled', async () => {
    const t = await app();
    const { owner, admin } = await anOwnerAdminAndMember(t);
    const res = await t.request({ method: 'POST', url: '/api/users', as: admin, body: { kind: 'service', name: '  Billing sync ', role: 'admin' } });
    expect(res.statusCode, res.body).toBe(201);
    const sa = res.json();
    expect(res.headers.location).toBe(`/api/users/${sa.id}`);
    expect(sa).toMatchObject({ kind: 'service', email: null, name: 'Billing sync', role: 'admin', disabled: false });
    const list = (await t.request({ url: '/api/users', as: owner })).json().data;
    expect(list.find((u: { id: string }) => u.id === sa.id)).toMatchObject({ kind: 'service', email: null });
    expect(list.filter((u: { kind: string }) => u.kind === 'person')).toHaveLength(3);
    const patch = (body: object) => t.request({ method: 'PATCH', url: `/api/users/${sa.id}`, as: admin, body });
    expect((await patch({ name: 'Billing' })).json()).toMatchObject({ name: 'Billing', kind: 'service' });
    expect((await patch({ role: 'viewer' })).json().role).toBe('viewer');
    expect((await patch({ disabled: true })).json().disabled).toBe(true);
    const audit = (await t.request({ url: '/api/audit?action=user.created', as: owner })).json().data;
    const entry = audit.find((e: { target: { id: string } }) => e.target.id === sa.id);
    expect(entry.details).toEqual({ kind: 'service', role: 'admin', name: 'Billing sync' });
    expect(entry.actor).toEqual({ type: 'user', id: admin.user.id });
  });

  it('never beyond the caller: an admin cannot add an owner-role service account, a member cannot add any, a body with a password is refused', async () => {
    const t = await app();
    const { owner, admin, member } = await anOwnerAdminAndMember(t);
    const add = (as: SessionCaller, body: object) => t.request({ method: 'POST', url: '/api/users', as, body: { kind: 'service', name: 'Bot', ...body } });
    expect((await add(admin, { role: 'owner' })).json().code).toBe('forbidden_role_change');
    expect((await add(member, { role: 'viewer' })).json().code).toBe('insufficient_permission');
    for (const field of ['password', 'email']) {
      const res = await add(admin, { role: 'member', [field]: field === 'email' ? 'bot@example.test' : 'a long enough password' });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors).toEqual([{ path: `/${field}`, message: 'is not allowed here' }]);
    }
    const person = await t.request({ method: 'POST', url: '/api/users', as: admin, body: { name: 'Pat', role: 'member', password: 'a long enough password' } });
    expect(person.json().errors).toEqual([{ path: '/email', message: "must have required property 'email'" }]);
    expect((await add(owner, { role: 'owner' })).statusCode).toBe(201);
  });

  it('an owner-role service account never stands in for the last owner: the only person owner still cannot be demoted', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const sa = await aServiceAccount(t, owner, 'owner');
    const demote = await t.request({ method: 'PATCH', url: `/api/users/${owner.user.id}`, as: owner, body: { role: 'admin' } });
    expect(demote.json().code).toBe('last_owner');
    // …and the service account itself may be demoted or disabled freely (by an owner).
    expect((await t.request({ method: 'PATCH', url: `/api/users/${sa.id}`, as: owner, body: { disabled: true } })).statusCode).toBe(200);
  });

  it('no password path works for it: reset (temporary or by email) is 409 service_account; a session naming it is not honoured', async () => {
    const t = await app({ config: { smtpUrl: 'smtp://127.0.0.1:9' } });
    const { owner } = await anOwnerAdminAndMember(t);
    const sa = await aServiceAccount(t, owner, 'admin');
    for (const method of ['temporary_password', 'email_link']) {
      const res = await t.request({ method: 'POST', url: `/api/users/${sa.id}/reset-password`, as: owner, body: { method } });
      expect(res.statusCode, res.body).toBe(409);
      expect(res.json().code).toBe('service_account');
    }
    expect(await t.store.accounts.secrets(sa.id)).toMatchObject({ passwordHash: null, totpSecret: null });
    await expect(t.kw.deps.sessions.open({ ...sa, workspaceId: owner.workspace.id, createdAt: 0, role: 'admin' }, null)).rejects.toMatchObject({
      code: 'service_account',
    });
    // A session row naming it (written behind the app's back) opens nothing.
    const id = randomBytes(32).toString('base64url');
    const now = t.clock.now();
    await t.store.sessions.create({
      idHash: sessionHash(id),
      userId: sa.id,
      workspaceId: owner.workspace.id,
      csrfToken: 'csrf',
      createdAt: now,
      expiresAt: now + 3_600_000,
      stage: 'active',
      ip: null,
      userAgent: null,
      lastSeenAt: now,
      reauthAt: now,
    });
    const res = await t.request({ url: '/api/me', headers: { cookie: `${SESSION_COOKIE}=${id}` } });
    expect(res.statusCode).toBe(401);
  });

  it('sign-in finds no service account, whatever is typed: its name as the email, an empty password', async () => {
    const t = await app();
    const owner = await anOwner(t);
    await aServiceAccount(t, owner, 'admin', 'bot');
    expect(await t.store.users.findByEmail('bot')).toEqual([]);
    const res = await t.request({ method: 'POST', url: '/auth/login', body: { email: 'bot@example.test', password: 'x'.repeat(12) } });
    expect(res.json().code).toBe('invalid_credentials');
  });

  it("another workspace's admin gets 404 for it and its keys; a member cannot see or change it", async () => {
    const t = await app();
    const { owner, member } = await anOwnerAdminAndMember(t);
    const sa = await aServiceAccount(t, owner, 'member');
    const key = (await t.request({ method: 'POST', url: '/api/keys', as: owner, body: { name: 'sync', owner_id: sa.id } })).json();
    const other = await anOwner(t, { workspace: 'Other' });
    const otherAdmin = await aUser(t, other, { role: 'admin' });
    for (const as of [other, otherAdmin]) {
      expect((await t.request({ method: 'PATCH', url: `/api/users/${sa.id}`, as, body: { disabled: true } })).statusCode).toBe(404);
      expect((await t.request({ method: 'POST', url: '/api/keys', as, body: { name: 'x', owner_id: sa.id } })).statusCode).toBe(404);
      expect((await t.request({ url: `/api/keys/${key.id}`, as })).statusCode).toBe(404);
      expect((await t.request({ method: 'POST', url: `/api/keys/${key.id}/roll`, as })).statusCode).toBe(404);
      expect((await t.request({ method: 'POST', url: `/api/keys/${key.id}/revoke`, as })).statusCode).toBe(404);
    }
    expect((await t.request({ method: 'PATCH', url: `/api/users/${sa.id}`, as: member, body: { disabled: true } })).statusCode).toBe(403);
    expect((await t.request({ method: 'POST', url: '/api/keys', as: member, body: { name: 'x', owner_id: sa.id } })).json().code).toBe(
      'insufficient_permission',
    );
    expect((await t.request({ url: `/api/keys/${key.id}`, as: member })).statusCode).toBe(404);
    expect((await t.request({ method: 'POST', url: `/api/keys/${key.id}/roll`, as: member })).statusCode).toBe(404);
    expect((await t.request({ method: 'POST', url: `/api/keys/${key.id}/revoke`, as: member })).statusCode).toBe(404);
  });
});
