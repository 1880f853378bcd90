import { expect, it } from 'vitest';
import { generateKey } from '../../src/keys/key-format.js';
import { describeEachDialect } from '../support/app.js';
import { aKey, anOwner } from '../support/fixtures.js';
import { expectProblem } from '../security/support.js';

/** Dates the API could not echo, allowlists that admit nothing or everything, keys split in a URL path. */
describeEachDialect('inputs at the edge of what is accepted, and keys in unexpected places', ({ app }) => {
  it('the usage API refuses a date it could not echo in RFC 3339 (year 10000, year -1)', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const k = await aKey(t, owner);
    for (const [param, value] of [
      ['to', '9999-12-31T23:00:00-05:00'],
      ['from', '9999-12-31T23:30:00-01:00'],
      ['to', '0000-01-01T00:00:30Z'],
      ['from', '0000-01-01T00:00:00+01:00'],
    ]) {
      for (const url of [
        `/api/keys/${k.id}/usage?${param}=${encodeURIComponent(value)}&granularity=day`,
        `/api/usage/keys?${param}=${encodeURIComponent(value)}`,
      ]) {
        const res = await t.request({ url, as: owner });
        expect(res.statusCode, `${url}: ${res.body}`).toBe(400);
        expect(res.json().code).toBe('validation_error');
      }
    }
    const edge = await t.request({ url: `/api/keys/${k.id}/usage?from=9999-12-30T00:00:00Z&to=9999-12-31T00:00:00Z&granularity=day`, as: owner });
    expect(edge.statusCode, edge.body).toBe(200);
    expect(edge.json().to).toBe('9999-12-31T00:00:00.000Z');
    // The same bound everywhere a date is read: an expiry or an audit filter in year 10000 is refused too.
    expect((await t.request({ method: 'POST', url: '/api/keys', as: owner, body: { name: 'k', expires_at: '9999-12-31T23:00:00-05:00' } })).statusCode).toBe(
      400,
    );
    expect((await t.request({ url: `/api/audit?until=${encodeURIComponent('9999-12-31T23:00:00-05:00')}`, as: owner })).statusCode).toBe(400);
  });

  it('allowed_ips: [] (nowhere) and a /0 (everywhere) are refused, naming null as the way to allow any address', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const empty = await t.request({ method: 'POST', url: '/api/keys', as: owner, body: { name: 'k', allowed_ips: [] } });
    expect(expectProblem(empty, 400, 'validation_error').errors).toEqual([{ path: '/allowed_ips', message: expect.stringContaining('null') }]);
    const k = await aKey(t, owner);
    for (const all of ['0.0.0.0/0', '::/0']) {
      const res = await t.request({ method: 'PATCH', url: `/api/keys/${k.id}`, as: owner, body: { allowed_ips: ['192.0.2.1', all] } });
      expect(expectProblem(res, 400, 'validation_error').errors).toEqual([{ path: '/allowed_ips/1', message: expect.stringContaining('/0') }]);
    }
    expect((await t.request({ method: 'PATCH', url: `/api/keys/${k.id}`, as: owner, body: { allowed_ips: [] } })).statusCode).toBe(400);
    const cleared = await t.request({ method: 'PATCH', url: `/api/keys/${k.id}`, as: owner, body: { allowed_ips: null } });
    expect(cleared.json().allowed_ips).toBeNull();
    expect((await t.request({ url: '/api/contacts', as: { key: k.key } })).statusCode).toBe(200);
  });

  it('a key split by / or . in a URL path is masked in the 404 and in the log', async () => {
    const t = await app();
    const key = generateKey();
    const body = key.slice(8);
    for (const sep of ['/', '.', '/./', '-']) {
      const split = `${key.slice(0, 14)}${sep}${key.slice(14, 27)}${sep}${key.slice(27)}`;
      const res = await t.request({ url: `/api/${split}` });
      expect(res.statusCode).toBe(404);
      for (const text of [res.body, t.logs.join('\n')]) {
        const letters = text.replace(/[^0-9A-Za-z]/g, '');
        for (let i = 0; i + 12 <= body.length; i++) expect(letters, sep).not.toContain(body.slice(i, i + 12));
      }
    }
  });
});
