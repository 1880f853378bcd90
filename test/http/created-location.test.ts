import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../support/app.js';
import { type SessionCaller, aKey, anOwner } from '../support/fixtures.js';

/**
 * Every 201 carries `Location`, the URL of what it created (RFC 9110 §10.2.2), as /openapi.json says; and
 * a lifetime refused by the workspace policy names the field the client sent.
 */
describe('201 Created and Location', () => {
  let t: TestApp;
  let owner: SessionCaller;
  beforeAll(async () => {
    t = await testApp({ config: { webhookAllowPrivate: true } });
    owner = await anOwner(t);
  });
  afterAll(() => t?.close());

  const created = async (url: string, body: object) => {
    const res = await t.request({ method: 'POST', url, as: owner, body });
    expect(res.statusCode, res.body).toBe(201);
    return { location: String(res.headers.location), body: res.json() };
  };

  it('points at the new contact, key, webhook endpoint and user', async () => {
    for (const [url, body] of [
      ['/api/contacts', { name: 'Grace Hopper' }],
      ['/api/keys', { name: 'CI deploys' }],
      ['/api/webhooks', { url: 'http://127.0.0.1:9/hook', events: ['key.revoked'] }],
    ] as const) {
      const c = await created(url, body);
      expect(c.location).toBe(`${url}/${c.body.id}`);
      const read = await t.request({ url: c.location, as: owner });
      expect(read.statusCode, url).toBe(200);
      expect(read.json().id).toBe(c.body.id);
    }
    const user = await created('/api/users', { email: 'ada@example.com', name: 'Ada', password: 'a long enough password', role: 'member' });
    expect(user.location).toBe(`/api/users/${user.body.id}`);
  });

  it('points a roll at the new key', async () => {
    const { id } = await aKey(t, owner);
    const roll = await created(`/api/keys/${id}/roll`, {});
    expect(roll.location).toBe(`/api/keys/${roll.body.key.id}`);
    expect(roll.body.key.id).not.toBe(id);
  });

  it('a lifetime over the workspace maximum names expires_in_days when that is what was sent', async () => {
    expect((await t.request({ method: 'PATCH', url: '/api/workspace', as: owner, body: { max_key_lifetime_days: 30 } })).statusCode).toBe(200);
    const days = await t.request({ method: 'POST', url: '/api/keys', as: owner, body: { name: 'Too long', expires_in_days: 31 } });
    expect(days.statusCode).toBe(400);
    expect(days.json().errors).toEqual([{ path: '/expires_in_days', message: 'must be within 30 days' }]);
    expect(days.json().detail).toBe('expires_in_days must be within 30 days');
    const at = new Date(t.clock.now() + 31 * 86_400_000).toISOString();
    const date = await t.request({ method: 'POST', url: '/api/keys', as: owner, body: { name: 'Too long', expires_at: at } });
    expect(date.json().errors).toEqual([{ path: '/expires_at', message: 'must be within 30 days' }]);
  });
});
