import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../support/app.js';
import { DIALECTS } from '../support/backends.js';
import { type SessionCaller, aContact, anOwner } from '../support/fixtures.js';

const isProblem = (res: { statusCode: number; headers: Record<string, unknown> }) =>
  res.statusCode >= 400 && res.statusCode < 500 && String(res.headers['content-type']).startsWith('application/problem+json');

for (const dialect of DIALECTS) {
  describe(`[${dialect}] bad input is a clear 4xx problem, never a 500`, () => {
    let t: TestApp;
    let owner: SessionCaller;
    let contactId: string;
    beforeAll(async () => {
      t = await testApp({ dialect });
      owner = await anOwner(t);
      contactId = (await aContact(t, owner)).id;
    });
    afterAll(() => t?.close());

    it('wrong types, unknown fields, invalid JSON, oversized bodies, huge limits and bad cursors', async () => {
      const cases: [string, Parameters<TestApp['request']>[0], number, string][] = [
        ['wrong type', { method: 'POST', url: '/api/contacts', body: { name: 42 } }, 400, 'validation_error'],
        ['unknown field', { method: 'POST', url: '/api/contacts', body: { name: 'X', admin: true } }, 400, 'validation_error'],
        ['missing name', { method: 'POST', url: '/api/contacts', body: {} }, 400, 'validation_error'],
        ['blank name', { method: 'POST', url: '/api/contacts', body: { name: '   ' } }, 400, 'validation_error'],
        ['array body', { method: 'POST', url: '/api/contacts', body: [] }, 400, 'validation_error'],
        ['invalid JSON', { method: 'POST', url: '/api/contacts', payload: '{"name":', headers: { 'content-type': 'application/json' } }, 400, 'invalid_json'],
        ['empty JSON', { method: 'POST', url: '/api/contacts', payload: '', headers: { 'content-type': 'application/json' } }, 400, 'validation_error'],
        [
          '__proto__',
          { method: 'POST', url: '/api/contacts', payload: '{"name":"x","__proto__":{"admin":true}}', headers: { 'content-type': 'application/json' } },
          400,
          'invalid_json',
        ],
        [
          '2 MiB body',
          {
            method: 'POST',
            url: '/api/contacts',
            payload: JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) }),
            headers: { 'content-type': 'application/json' },
          },
          413,
          'payload_too_large',
        ],
        ['text/plain', { method: 'POST', url: '/api/contacts', payload: 'name=x', headers: { 'content-type': 'text/plain' } }, 415, 'unsupported_media_type'],
        ['huge limit', { url: '/api/contacts?limit=100000' }, 400, 'validation_error'],
        ['zero limit', { url: '/api/contacts?limit=0' }, 400, 'validation_error'],
        ['text limit', { url: '/api/contacts?limit=ten' }, 400, 'validation_error'],
        ['bad cursor', { url: '/api/contacts?cursor=not-a-cursor' }, 400, 'invalid_cursor'],
        ['unknown query', { url: '/api/contacts?sort=name' }, 400, 'validation_error'],
        ['bad id', { url: '/api/contacts/..%2F..%2Fetc' }, 400, 'validation_error'],
        ['unknown patch field', { method: 'PATCH', url: `/api/contacts/${'x'}`, body: { id: 'con_other' } }, 400, 'validation_error'],
        ['empty patch', { method: 'PATCH', url: '/api/contacts/con_x', body: {} }, 400, 'validation_error'],
        ['unknown route', { url: '/api/nothing-here' }, 404, 'not_found'],
      ];
      for (const [label, req, status, code] of cases) {
        const res = await t.request({ ...req, as: owner });
        expect(res.statusCode, label).toBe(status);
        expect(isProblem(res), label).toBe(true);
        const body = res.json();
        expect(body, label).toMatchObject({ status, code, type: expect.any(String), title: expect.any(String), detail: expect.any(String) });
        if (code === 'validation_error') expect(body.errors?.length, label).toBeGreaterThan(0);
      }
    });

    it('any JSON value as a contact body is answered 2xx or a 4xx problem (property test)', async () => {
      const contactish = fc.record(
        {
          name: fc.oneof(fc.string({ maxLength: 300 }), fc.integer(), fc.constant(null), fc.boolean()),
          email: fc.oneof(fc.string(), fc.constant(null), fc.integer()),
          phone: fc.oneof(fc.string({ maxLength: 80 }), fc.constant(null)),
          company: fc.oneof(fc.string(), fc.array(fc.string())),
          notes: fc.oneof(fc.string(), fc.constant(null), fc.object()),
          tags: fc.oneof(fc.array(fc.string({ maxLength: 60 }), { maxLength: 60 }), fc.string(), fc.constant(null)),
          extra: fc.jsonValue(),
        },
        { requiredKeys: [] },
      );
      await fc.assert(
        fc.asyncProperty(fc.oneof(contactish, fc.jsonValue()), fc.constantFrom('POST', 'PATCH'), async (body, method) => {
          const url = method === 'POST' ? '/api/contacts' : `/api/contacts/${contactId}`;
          const res = await t.request({ method, url, as: owner, payload: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
          expect(res.statusCode).toBeLessThan(500);
          if (res.statusCode >= 400) expect(isProblem(res)).toBe(true);
        }),
        { numRuns: 300 },
      );
    });

    it('any query string on the list is answered 200 or a 4xx problem (property test)', async () => {
      await fc.assert(
        fc.asyncProperty(fc.dictionary(fc.constantFrom('limit', 'cursor', 'q', 'x'), fc.string({ maxLength: 300 })), async (query) => {
          const qs = new URLSearchParams(query).toString();
          const res = await t.request({ url: `/api/contacts?${qs}`, as: owner });
          expect(res.statusCode === 200 || isProblem(res)).toBe(true);
        }),
        { numRuns: 200 },
      );
    });
  });
}
