import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_LIMITS, type TestApp, testApp } from '../support/app.js';
import { DIALECTS } from '../support/backends.js';
import { type SessionCaller, anOwner } from '../support/fixtures.js';
import { expectProblem, nextIp, urlFor, validBody } from '../security/support.js';

type Schema = Record<string, any>;

/** A request string field of /openapi.json: where it is, and what its schema says. */
interface StringField {
  route: string;
  method: string;
  path: string;
  in: 'query' | 'body';
  /** The property, and for an array of strings the item (`tags/0`). */
  name: string;
  array: boolean;
  schema: Schema;
}

const C0 = Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i));
const LINE_BREAKS = new Set(['\t', '\n', '\r']);
/** Passwords are hashed and never stored or searched as text: any character is allowed (text-format.ts). */
const FREE_TEXT = new Set(['password', 'current_password', 'new_password']);

function stringBranch(schema: Schema): { schema: Schema; array: boolean } | undefined {
  // A nullable field is `type: [T, "null"]`.
  const types: unknown[] = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (types.includes('string') && schema.enum === undefined && schema.const === undefined) return { schema, array: false };
  if (types.includes('array') && schema.items) {
    const inner = stringBranch(schema.items);
    return inner && { schema: inner.schema, array: true };
  }
  for (const b of schema.anyOf ?? schema.oneOf ?? []) {
    const found = stringBranch(b);
    if (found) return found;
  }
  return undefined;
}

/** Every free-form string a client can send, derived from the served document (a new field cannot escape). */
function stringFields(doc: Schema): StringField[] {
  const fields: StringField[] = [];
  for (const [path, ops] of Object.entries<Record<string, Schema>>(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const route = `${method.toUpperCase()} ${path}`;
      for (const p of op.parameters ?? []) {
        const found = p.in === 'query' ? stringBranch(p.schema) : undefined;
        if (found) fields.push({ route, method: method.toUpperCase(), path, in: 'query', name: p.name, ...found });
      }
      const body = op.requestBody?.content?.['application/json']?.schema as Schema | undefined;
      for (const [name, prop] of Object.entries<Schema>(body?.properties ?? {})) {
        const found = stringBranch(prop);
        if (found) fields.push({ route, method: method.toUpperCase(), path, in: 'body', name, ...found });
      }
    }
  }
  return fields;
}

/** Whether a schema itself admits no control character: a text format, or an anchored pattern refusing them. */
function refusesControls(s: Schema): boolean {
  if (s.format === 'text' || s.format === 'multiline-text' || s.format === 'date-time' || s.format === 'email') return true;
  if (typeof s.pattern === 'string' && s.pattern.startsWith('^') && s.pattern.endsWith('$')) {
    const re = new RegExp(s.pattern, 'u');
    return C0.every((c) => !re.test(c.repeat(Math.max(1, s.minLength ?? 1))));
  }
  return false;
}

/** A value for `field` holding `control` among ordinary characters, within the field's length bounds. */
function withControl(field: StringField, control: string, around: string): string {
  const text = `${around.slice(0, 4)}${control}${around.slice(4, 8)}`;
  return text.padEnd(field.schema.minLength ?? 0, 'x').slice(0, field.schema.maxLength ?? 1000);
}

/**
 * U+0000 (and every other C0 control but tab and line breaks in multi-line text) is
 * refused with 400 by validation on every database, in every string field of the API — never a 500 from
 * PostgreSQL's "invalid byte sequence", never stored on SQLite.
 */
describe('every request string of /openapi.json', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp({ dialect: DIALECTS[0] });
  });
  afterAll(() => t?.close());

  it('names a format or pattern that refuses control characters (or is a password)', async () => {
    const fields = stringFields((await t.request({ url: '/openapi.json' })).json());
    expect(fields.length).toBeGreaterThanOrEqual(20);
    const open = fields.filter((f) => !FREE_TEXT.has(f.name) && !refusesControls(f.schema)).map((f) => `${f.route} ${f.in} ${f.name}`);
    expect(open).toEqual([]);
    const multiline = fields.filter((f) => f.schema.format === 'multiline-text').map((f) => `${f.route} ${f.name}`);
    // Contact notes are multi-line text; leaked keys are pasted from files, line breaks and all.
    expect(multiline).toEqual(['POST /api/contacts notes', 'PATCH /api/contacts/{id} notes', 'POST /api/keys/revoke-leaked keys']);
  });
});

for (const dialect of DIALECTS) {
  describe(`[${dialect}] control characters in text inputs`, () => {
    let t: TestApp;
    let owner: SessionCaller;
    let fields: StringField[];
    beforeAll(async () => {
      t = await testApp({
        dialect,
        config: {
          ...NO_LIMITS,
          webhookAllowPrivate: true,
        },
      });
      owner = await anOwner(t);
      fields = stringFields((await t.request({ url: '/openapi.json' })).json());
    });
    afterAll(() => t?.close());

    const send = (f: StringField, value: string) => {
      const v = f.array ? [value] : value;
      const query = f.in === 'query' ? `?${new URLSearchParams({ [f.name]: value })}` : '';
      const base = f.in === 'body' || ['POST', 'PATCH'].includes(f.method) ? (safeBody(f.route) ?? {}) : undefined;
      // expires_at and expires_in_days exclude each other: the sample body's one makes way.
      const { expires_in_days: _either, ...rest } = base ?? {};
      const body = f.in === 'body' ? { ...(f.name === 'expires_at' ? rest : base), [f.name]: v } : base;
      return t.request({ method: f.method as 'GET', url: `${urlFor(f.path)}${query}`, as: owner, body, ip: nextIp() });
    };

    it('answers 400 validation_error naming the field, for every C0 control in every string field (fuzzed)', async () => {
      const field = fc.constantFrom(...fields.filter((f) => !FREE_TEXT.has(f.name)));
      const control = fc.constantFrom(...C0);
      const around = fc.string({ minLength: 8, maxLength: 8, unit: fc.constantFrom(...'abcXYZ019 .@-_') });
      const cases = fc.tuple(field, control, around).filter(([f, c]) => !(f.schema.format === 'multiline-text' && LINE_BREAKS.has(c)));
      // U+0000 in every field first, then random (field × control) pairs.
      const nulls = fields.filter((f) => !FREE_TEXT.has(f.name)).map((f) => [f, '\u0000', 'abcdefgh'] as const);
      const check = async ([f, c, a]: readonly [StringField, string, string]) => {
        const res = await send(f, withControl(f, c, a));
        const label = `${f.route} ${f.in} ${f.name} U+${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
        const problem = expectProblem(res, 400, 'validation_error');
        const pointer = f.in === 'body' ? `/${f.name}${f.array ? '/0' : ''}` : `/${f.name}`;
        const ours = f.schema.format === 'text' || f.schema.format === 'multiline-text';
        expect(problem.errors, label).toContainEqual({ path: pointer, message: ours ? expect.stringMatching(/control characters/) : expect.any(String) });
      };
      for (const c of nulls) await check(c);
      await fc.assert(fc.asyncProperty(cases, check), { numRuns: 300, seed: 22 });
      expect(t.logs.filter((l) => /"level":50/.test(l))).toEqual([]);
    }, 600_000);

    it('passwords take any character and never answer 5xx', async () => {
      for (const f of fields.filter((x) => FREE_TEXT.has(x.name))) {
        const res = await send(f, withControl(f, '\u0000', 'abcdefghijklmnop'));
        expect(res.statusCode, `${f.route}: ${res.body}`).toBeLessThan(500);
      }
    });

    it('keeps tab and line breaks in contact notes, and nothing else', async () => {
      const notes = 'first line\r\n\tindented\nlast';
      const made = await t.request({ method: 'POST', url: '/api/contacts', as: owner, body: { name: 'Multi Line', notes } });
      expect(made.statusCode, made.body).toBe(201);
      expect(made.json().notes).toBe(notes);
      const name = await t.request({ method: 'POST', url: '/api/contacts', as: owner, body: { name: 'Multi\nLine' } });
      expectProblem(name, 400, 'validation_error');
      const search = await t.request({ url: `/api/contacts?q=${encodeURIComponent('ab\u0000')}`, as: owner });
      expectProblem(search, 400, 'validation_error');
    });
  });
}

/** A valid body for the routes that take one, or undefined for routes without. */
function safeBody(route: string): Record<string, unknown> | undefined {
  try {
    return validBody(route);
  } catch {
    return undefined;
  }
}
