import fc from 'fast-check';
import fastJsonStringify from 'fast-json-stringify';
import { describe, expect, it } from 'vitest';
import { AuditEventPage } from '../../src/http/schemas/audit.js';
import { ref } from '../../src/http/schemas/common.js';
import { ContactPage } from '../../src/http/schemas/contacts.js';
import { COMPONENTS } from '../../src/http/schemas/index.js';
import { ApiKeyPage } from '../../src/http/schemas/keys.js';
import { UserPage } from '../../src/http/schemas/users.js';
import { forSerializer } from '../../src/http/serializer.js';
import { PERMISSIONS } from '../../src/users/permissions.js';

/**
 * The serializer sees nullable unions as type lists (src/http/serializer.ts). For any value the schema
 * allows, the text must be what the declared schema's serializer writes.
 */
const text = fc.string({ maxLength: 30, unit: 'binary' });
const nullable = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
const timestamp = fc.integer({ min: 0, max: 4_000_000_000_000 }).map((ms) => new Date(ms).toISOString());

const contact = fc.record({
  id: text,
  name: text,
  email: nullable(text),
  phone: nullable(text),
  company: nullable(text),
  notes: nullable(text),
  tags: fc.array(text, { maxLength: 3 }),
  created_at: timestamp,
  updated_at: timestamp,
});
const key = fc.record({
  id: text,
  name: text,
  hint: text,
  status: fc.constantFrom('active', 'expired', 'revoked'),
  flags: fc.array(text, { maxLength: 2 }),
  owner: fc.record({ id: text, email: text, name: text }),
  created_at: timestamp,
  created_by: text,
  expires_at: nullable(timestamp),
  last_used_at: nullable(timestamp),
  last_used_ip: nullable(text),
  revoked_at: nullable(timestamp),
  revoked_reason: nullable(text),
  restriction: nullable(fc.array(fc.constantFrom(...PERMISSIONS), { maxLength: 3 })),
  rate_limit: fc.record({ per_minute: fc.nat(), per_second: fc.nat() }),
  rolled_from: nullable(text),
  replaced_by: nullable(text),
  revoked_by: nullable(fc.record({ id: text, name: text })),
  permissions: fc.array(fc.constantFrom(...PERMISSIONS), { maxLength: 3 }),
  allowed_ips: nullable(fc.array(text, { maxLength: 3 })),
});
const audit = fc.record({
  id: text,
  at: timestamp,
  action: text,
  actor: fc.record({ type: text, id: nullable(text) }),
  target: nullable(fc.record({ type: text, id: text })),
  workspace_id: text,
  ip: nullable(text),
  user_agent: nullable(text),
  // Record keys: the declared pattern (^.*$) does not match line terminators, in either serializer.
  details: fc.dictionary(
    text.filter((k) => !/[\n\r\u2028\u2029]/.test(k)),
    fc.oneof(text, fc.integer(), fc.boolean(), fc.constant(null)),
  ),
});
const user = fc.record({
  id: text,
  kind: fc.constantFrom('person', 'service'),
  email: nullable(text),
  name: text,
  role: fc.constantFrom('owner', 'admin', 'member', 'viewer'),
  disabled: fc.boolean(),
  created_at: timestamp,
});
const page = <T>(item: fc.Arbitrary<T>) => fc.record({ data: fc.array(item, { maxLength: 5 }), next_cursor: nullable(text) });

const cases: [string, object, fc.Arbitrary<unknown>][] = [
  ['contacts', ref(ContactPage), page(contact)],
  ['keys', ref(ApiKeyPage), page(key)],
  ['audit', ref(AuditEventPage), page(audit)],
  ['users', ref(UserPage), page(user)],
];

/** The named components the routes' schemas refer to (`$ref`), as the app registers them. */
const external = (f: (s: unknown) => unknown) => Object.fromEntries(COMPONENTS.map((c) => [c.$id, f(c)]));
const component = (id: string) => COMPONENTS.find((c) => c.$id === id)!;

describe('response serializer schemas', () => {
  for (const [name, schema, values] of cases) {
    it(`writes the same text for ${name} pages as the declared schema`, () => {
      type Serialize = (v: unknown) => string;
      const declared = fastJsonStringify(schema as never, { schema: external((c) => c) } as never) as unknown as Serialize;
      const rewritten = fastJsonStringify(forSerializer(schema) as never, { schema: external(forSerializer) } as never) as unknown as Serialize;
      fc.assert(
        fc.property(values, (v) => {
          const out = rewritten(v);
          expect(out).toBe(declared(v));
          expect(JSON.parse(out)).toEqual(v);
        }),
        { numRuns: 300 },
      );
    });
  }

  it('turns nullable unions into type lists and leaves other schemas alone', () => {
    const k = forSerializer(component('ApiKey')) as { properties: Record<string, unknown> };
    expect(k.properties.expires_at).toMatchObject({ type: ['string', 'null'], format: 'date-time' });
    expect(forSerializer(component('KeyStatus'))).toMatchObject({ type: 'string' });
    expect(JSON.stringify(forSerializer(component('AuditEvent')))).not.toContain('anyOf');
  });
});
