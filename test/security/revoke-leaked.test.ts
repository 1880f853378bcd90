import { expect, it } from 'vitest';
import { generateKey } from '../../src/keys/key-format.js';
import { type TestApp, describeEachDialect } from '../support/app.js';
import { aKey, aRevokedAndAnExpiringKey, aUser, anOwner } from '../support/fixtures.js';
import { expectProblem, nextIp } from './support.js';

const URL = '/api/keys/revoke-leaked';
const DAY = 86_400_000;

describeEachDialect('POST /api/keys/revoke-leaked', ({ app }) => {
  const report = (t: TestApp, keys: unknown, ip = nextIp()) => t.request({ method: 'POST', url: URL, body: { keys }, ip });

  it('revokes every real key sent, at once, with reason leaked, and tells the owner through the list and the audit log', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const member = await aUser(t, owner, { role: 'member' });
    const [a, b, kept] = [await aKey(t, owner), await aKey(t, member), await aKey(t, owner)];
    for (const k of [a, b]) expect((await t.request({ url: '/api/contacts', as: k })).statusCode).toBe(200);

    const res = await report(t, [`  ${a.key}\n`, b.key, a.key, generateKey(), 'ak_live_short', 'x'.repeat(256)]);
    expect(res.statusCode).toBe(202);

    for (const k of [a, b]) expectProblem(await t.request({ url: '/api/contacts', as: k }), 401, 'revoked_api_key');
    expect((await t.request({ url: '/api/contacts', as: kept })).statusCode).toBe(200);

    const mine = (await t.request({ url: `/api/keys/${a.id}`, as: owner })).json();
    expect(mine).toMatchObject({ status: 'revoked', revoked_reason: 'leaked' });
    expect(mine.flags).toContain('leaked');
    const theirs = (await t.request({ url: `/api/keys?status=revoked`, as: member })).json();
    expect(theirs.data.map((k: any) => [k.id, k.revoked_reason, k.flags])).toEqual([[b.id, 'leaked', ['leaked']]]);

    const audit = (await t.request({ url: '/api/audit?action=key.leaked_revoked', as: owner })).json().data;
    expect(audit.map((e: any) => e.target.id).sort()).toEqual([a.id, b.id].sort());
    for (const e of audit) {
      expect(e.actor).toEqual({ type: 'anonymous', id: null });
      expect(e.details.hint).toMatch(/^ak_live_…[0-9A-Za-z]{4}$/);
      expect(JSON.stringify(e)).not.toContain(a.key.slice(8, 20));
      expect(JSON.stringify(e)).not.toContain(b.key.slice(8, 20));
    }
  });

  it('answers the same 202 body whatever was found, and needs no credentials', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const real = await aKey(t, owner);
    const nothing = await report(t, [generateKey()]);
    const something = await report(t, [real.key]);
    const again = await report(t, [real.key]);
    expect([nothing.statusCode, something.statusCode, again.statusCode]).toEqual([202, 202, 202]);
    expect(something.body).toBe(nothing.body);
    expect(again.body).toBe(nothing.body);
    expect(nothing.headers['www-authenticate']).toBeUndefined();
  });

  it('reads storage only for well-formed keys: a thousand malformed strings cost no query', async () => {
    const t = await app();
    const near = generateKey();
    const junk = Array.from({ length: 1000 }, (_, i) => (i % 2 ? `${near.slice(0, -1)}${near.at(-1) === 'A' ? 'B' : 'A'}` : `ak_live_${i}`));
    const before = t.store.queryCount;
    expect((await report(t, junk)).statusCode).toBe(202);
    expect(t.store.queryCount).toBe(before);
  });

  it('leaves an already revoked key as it was, and revokes an expired one as leaked', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const { revoked, expiring } = await aRevokedAndAnExpiringKey(t, owner);
    t.clock.advance(2 * DAY);
    expect((await report(t, [revoked.key, expiring.key])).statusCode).toBe(202);
    const rows = await t.store.audit.list({ workspaceId: owner.workspace.id, action: 'key.leaked_revoked', limit: 10 });
    expect(rows.items.map((e) => [e.targetId, e.details.status_before])).toEqual([[expiring.id, 'expired']]);
    expect((await t.store.keys.get(owner.workspace.id, revoked.id))?.revokedReason).toBe('revoked');
    expect((await t.store.keys.get(owner.workspace.id, expiring.id))?.revokedReason).toBe('leaked');
  });

  it('validates the body: 1 to 1000 strings of at most 256 characters, no other fields', async () => {
    const t = await app();
    const bad = [
      {},
      { keys: [] },
      { keys: 'ak_live_x' },
      { keys: [1] },
      { keys: ['x'.repeat(257)] },
      { keys: Array.from({ length: 1001 }, () => 'x') },
      { keys: ['x'], note: 'found on a forum' },
    ];
    for (const body of bad) expectProblem(await t.request({ method: 'POST', url: URL, body, ip: nextIp() }), 400, 'validation_error');
    expectProblem(await t.request({ method: 'POST', url: URL, payload: '{"keys":', headers: { 'content-type': 'application/json' } }), 400, 'invalid_json');
    expect(
      (
        await report(
          t,
          Array.from({ length: 1000 }, () => 'x'.repeat(256)),
        )
      ).statusCode,
    ).toBe(202);
  });

  it('allows 10 reports a minute per address: the 11th gets 429 with Retry-After, other addresses and key auth are unaffected', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const key = await aKey(t, owner);
    const ip = '203.0.113.7';
    for (let i = 0; i < 10; i++) expect((await report(t, ['nothing'], ip)).statusCode).toBe(202);
    const refused = await report(t, [key.key], ip);
    expect(expectProblem(refused, 429, 'rate_limited').limit).toBe('revoke_leaked');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect((await t.request({ url: '/api/contacts', as: key, ip })).statusCode).toBe(200);
    expectProblem(await t.request({ url: '/api/contacts', as: { key: generateKey() }, ip }), 401, 'invalid_api_key');
    expect((await report(t, ['nothing'], '203.0.113.8')).statusCode).toBe(202);
    t.clock.advance(60_000);
    expect((await report(t, [key.key], ip)).statusCode).toBe(202);
    expectProblem(await t.request({ url: '/api/contacts', as: key, ip }), 401, 'revoked_api_key');
  });
});
