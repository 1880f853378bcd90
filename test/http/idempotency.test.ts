import { expect, it } from 'vitest';
import { describeEachDialect } from '../support/app.js';
import { aKey, anOwner } from '../support/fixtures.js';
import { expectProblem } from '../security/support.js';

const HOUR = 3_600_000;

/** Every creating POST is safe to retry with an Idempotency-Key. */
describeEachDialect('Idempotency-Key', ({ app }) => {
  it('a retried key create replays the first answer without the plaintext: one key, not two', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const headers = { 'idempotency-key': '"8e03978e-40d5-43e8-bc93-6894a57f9324"' };
    const body = { name: 'deploy', expires_in_days: 30 };
    const first = await t.request({ method: 'POST', url: '/api/keys', as: owner, body, headers });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().key).toMatch(/^ak_live_/);
    const again = await t.request({ method: 'POST', url: '/api/keys', as: owner, body: { expires_in_days: 30, name: 'deploy' }, headers });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    const { key: _plaintext, ...withoutSecret } = first.json();
    expect(again.json()).toEqual(withoutSecret);
    expect(again.body).not.toContain(first.json().key.slice(8));
    expect((await t.request({ url: '/api/keys', as: owner })).json().data).toHaveLength(1);
    // Never stored: the database holds no part of the plaintext.
    const rows = await t.store.db.selectFrom('idempotency_keys').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(first.json().key.slice(8, 30));
    // A different body with the same key: 422; without the header: a new key.
    const other = await t.request({ method: 'POST', url: '/api/keys', as: owner, body: { name: 'other' }, headers });
    expectProblem(other, 422, 'idempotency_key_reused');
    expect((await t.request({ method: 'POST', url: '/api/keys', as: owner, body })).statusCode).toBe(201);
  });

  it('replays contacts, users, webhooks (without the secret) and rolls (without the new plaintext)', async () => {
    const t = await app({ config: { webhookAllowPrivate: true } });
    const owner = await anOwner(t);
    const k = await aKey(t, owner);
    const cases: [string, string, Record<string, unknown>, string[]][] = [
      ['/api/contacts', 'contacts', { name: 'Ada' }, []],
      ['/api/users', 'users', { email: 'idem@example.test', name: 'Idem', password: 'a long enough password', role: 'member' }, []],
      ['/api/webhooks', 'webhooks', { url: 'http://127.0.0.1:9/hook', events: ['key.revoked'] }, ['secret']],
      [`/api/keys/${k.id}/roll`, 'keys', { grace_seconds: 60 }, []],
    ];
    for (const [url, , body, secrets] of cases) {
      const headers = { 'idempotency-key': `retry-${url}` };
      const first = await t.request({ method: 'POST', url, as: owner, body, headers });
      expect(first.statusCode, first.body).toBe(201);
      const again = await t.request({ method: 'POST', url, as: owner, body, headers });
      expect(again.statusCode, `${url} ${again.body}`).toBe(200);
      expect(again.headers['idempotent-replayed']).toBe('true');
      const expected = { ...first.json() };
      for (const s of secrets) {
        expect(again.body).not.toContain(String(expected[s]));
        delete expected[s];
      }
      if (url.endsWith('/roll')) {
        expect(again.body).not.toContain(first.json().key.key.slice(8));
        const { key: _p, ...newKey } = first.json().key;
        expected.key = newKey;
      }
      expect(again.json(), url).toEqual(expected);
    }
    expect((await t.request({ url: '/api/contacts', as: owner })).json().data).toHaveLength(1);
    expect((await t.request({ url: '/api/webhooks', as: owner })).json().data).toHaveLength(1);
    expect((await t.request({ url: '/api/keys', as: owner })).json().data).toHaveLength(2);
  });

  it('a reservation whose request never answered (a crashed instance) is taken over after a minute, never before', async () => {
    const t = await app();
    const idem = t.kw.deps.idempotency;
    const scope = { workspaceId: 'wks_x', principal: 'user:usr_x', key: 'k1' };
    const first = await idem.begin(scope, 'print-a');
    expect(first.kind).toBe('proceed');
    expect((await idem.begin(scope, 'print-a')).kind).toBe('in_progress');
    expect((await idem.begin(scope, 'print-b')).kind).toBe('mismatch');
    t.clock.advance(61_000);
    const second = await idem.begin(scope, 'print-a');
    expect(second.kind).toBe('proceed');
    // The abandoned request, answering late, cannot overwrite or free the new reservation.
    if (first.kind === 'proceed') {
      await idem.complete(first, 201, '{"late":true}');
      await idem.release(first);
    }
    expect((await idem.begin(scope, 'print-a')).kind).toBe('in_progress');
    if (second.kind === 'proceed') await idem.complete(second, 201, '{"id":"con_1"}');
    expect(await idem.begin(scope, 'print-a')).toEqual({ kind: 'replay', status: 201, body: '{"id":"con_1"}' });
  });

  it('concurrent duplicates make one creation; keys are per principal; after 24 h a key is new again; a failure frees it', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const headers = { 'idempotency-key': 'burst-1' };
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => t.request({ method: 'POST', url: '/api/contacts', as: owner, body: { name: 'Once' }, headers })),
    );
    const statuses = answers.map((a) => a.statusCode);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    for (const a of answers.filter((x) => x.statusCode !== 201)) {
      if (a.statusCode === 409) expectProblem(a, 409, 'idempotency_key_in_use');
      else expect(a.statusCode).toBe(200);
    }
    expect((await t.request({ url: '/api/contacts', as: owner })).json().data).toHaveLength(1);
    // The same key from another principal (an API key of the same user) is its own.
    const key = await aKey(t, owner, { restriction: ['contacts:write', 'contacts:read'] });
    expect((await t.request({ method: 'POST', url: '/api/contacts', as: { key: key.key }, body: { name: 'Once' }, headers })).statusCode).toBe(201);
    // Within 24 hours it replays; after, the key starts over.
    t.clock.advance(23 * HOUR);
    expect((await t.request({ method: 'POST', url: '/api/contacts', as: { key: key.key }, body: { name: 'Once' }, headers })).statusCode).toBe(200);
    t.clock.advance(HOUR + 1);
    expect((await t.request({ method: 'POST', url: '/api/contacts', as: { key: key.key }, body: { name: 'Once' }, headers })).statusCode).toBe(201);
    expect(await t.kw.deps.idempotency.prune()).toBeGreaterThanOrEqual(1);
    const fresh = await anOwner(t, { workspace: 'Later' });
    // A refused request keeps nothing: the retry is answered afresh.
    const bad = { 'idempotency-key': 'fails-first' };
    await t.request({ method: 'PATCH', url: '/api/workspace', as: fresh, body: { require_key_expiry: true } });
    expect((await t.request({ method: 'POST', url: '/api/keys', as: fresh, body: { name: 'no expiry' }, headers: bad })).statusCode).toBe(400);
    await t.request({ method: 'PATCH', url: '/api/workspace', as: fresh, body: { require_key_expiry: false } });
    expect((await t.request({ method: 'POST', url: '/api/keys', as: fresh, body: { name: 'no expiry' }, headers: bad })).statusCode).toBe(201);
    // A malformed key is a 400.
    const malformed = await t.request({ method: 'POST', url: '/api/contacts', as: fresh, body: { name: 'x' }, headers: { 'idempotency-key': 'a b' } });
    expectProblem(malformed, 400, 'validation_error');
  });
});
