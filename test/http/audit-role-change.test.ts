import { expect, it } from 'vitest';
import { describeEachDialect } from '../support/app.js';
import { aUser, anOwner } from '../support/fixtures.js';

describeEachDialect('the user.role_changed audit event', ({ app }) => {
  it('carries the old and new role, whether it promoted, and whom it changed (name and email as they were)', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const mo = await aUser(t, owner, { role: 'member', name: 'Mo Member' });
    const change = (role: string) => t.request({ method: 'PATCH', url: `/api/users/${mo.user.id}`, as: owner, body: { role } });
    expect((await change('admin')).statusCode).toBe(200);
    t.clock.advance(1000);
    expect((await change('viewer')).statusCode).toBe(200);
    t.clock.advance(1000);
    expect((await t.request({ method: 'PATCH', url: `/api/users/${mo.user.id}`, as: owner, body: { name: 'Mo Renamed' } })).statusCode).toBe(200);

    const res = await t.request({ url: '/api/audit?action=user.role_changed', as: owner });
    expect(res.statusCode, res.body).toBe(200);
    const events = res.json().data as { target: { id: string }; details: Record<string, unknown> }[];
    expect(events.map((e) => e.target.id)).toEqual([mo.user.id, mo.user.id]);
    expect(events.map((e) => e.details)).toEqual([
      { from: 'admin', to: 'viewer', promoted: false, name: 'Mo Member', email: mo.user.email },
      { from: 'member', to: 'admin', promoted: true, name: 'Mo Member', email: mo.user.email },
    ]);
  });
});
