import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContractMismatch, type TestApp, testApp } from '../support/app.js';
import { responseChecker } from '../support/contract.js';
import { anOwner } from '../support/fixtures.js';
import type { OpenApiDoc } from '../support/openapi.js';

/** The response validator every HTTP suite runs through: shown to catch planted mismatches. */
describe('the response validator in test/support/app.ts', () => {
  let t: TestApp;
  let doc: OpenApiDoc;
  beforeAll(async () => {
    t = await testApp();
    doc = (await t.request({ url: '/openapi.json' })).json();
  });
  afterAll(() => t?.close());

  it('passes real responses, and fails each kind of planted mismatch', async () => {
    const owner = await anOwner(t);
    const created = await t.request({ method: 'POST', url: '/api/contacts', as: owner, body: { name: 'Grace' } });
    const check = responseChecker(doc);
    const req = { method: 'POST', url: '/api/contacts' };
    expect(check(req, created)).toEqual([]);
    const body = created.json();
    const planted = (change: Partial<{ statusCode: number; headers: Record<string, unknown>; body: string }>) => check(req, { ...created, ...change });

    expect(planted({ body: JSON.stringify({ ...body, name: 42 }) }).join()).toMatch(/does not match the schema.*name/);
    expect(planted({ body: JSON.stringify({ ...body, created_at: 'yesterday' }) }).join()).toMatch(/format "date-time"/);
    const { tags: _omit, ...missing } = body;
    expect(planted({ body: JSON.stringify(missing) }).join()).toMatch(/must have required property 'tags'/);
    expect(planted({ statusCode: 418 }).join()).toMatch(/status 418 is not documented/);
    expect(planted({ statusCode: 202 }).join()).toMatch(/status 202 is not documented/);
    expect(planted({ headers: { ...created.headers, 'content-type': 'text/html' } }).join()).toMatch(/content type text\/html is not documented/);

    const denied = await t.request({ url: '/api/contacts' });
    const get = { method: 'GET', url: '/api/contacts' };
    expect(check(get, denied)).toEqual([]);
    const { 'www-authenticate': _challenge, ...noChallenge } = denied.headers;
    expect(check(get, { ...denied, headers: noChallenge }).join()).toMatch(/header WWW-Authenticate is missing/);
    expect(check(get, { ...denied, headers: { ...denied.headers, 'content-type': 'application/json' } }).join()).toMatch(/application\/json is not documented/);
    const notAllowed = await t.request({ method: 'PUT', url: '/api/contacts' });
    expect(check({ method: 'PUT', url: '/api/contacts' }, { ...notAllowed, body: '{"oops":true}' }).join()).toMatch(/does not match the schema/);
  });

  it('makes request() fail when the served document and the response disagree', async () => {
    const planted = structuredClone(doc);
    planted.components.schemas.Contact.properties.name = { type: 'integer' };
    const strict = await testApp({ contract: planted });
    try {
      const owner = await anOwner(strict);
      const err = await strict.request({ method: 'POST', url: '/api/contacts', as: owner, body: { name: 'Grace' } }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ContractMismatch);
      expect((err as ContractMismatch).mismatches.join()).toMatch(/createContact.*name must be integer/);
    } finally {
      await strict.close();
    }
  });
});
