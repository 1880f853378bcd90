import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRANULARITIES } from '../../src/usage/usage-series.js';
import { type Caller, NO_LIMITS, type TestApp, testApp } from '../support/app.js';
import { aContact, aKey, aUser, anOwner } from '../support/fixtures.js';
import type { OpenApiDoc } from '../support/openapi.js';
import { usagePeriod } from '../support/usage-period.js';

type Schema = Record<string, any>;

/** A fast-check arbitrary of values valid against a JSON Schema of the served document. */
function arb(schema: Schema, doc: OpenApiDoc, depth = 0): fc.Arbitrary<unknown> {
  if (schema.$ref) return arb(doc.components.schemas[String(schema.$ref).split('/').pop() as string], doc, depth);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches) return fc.oneof(...branches.map((b: Schema) => arb(b, doc, depth + 1)));
  // A nullable field is `type: [T, "null"]`.
  if (Array.isArray(schema.type)) return fc.oneof(...schema.type.map((type: string) => arb({ ...schema, type }, doc, depth + 1)));
  switch (schema.type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -1_000_000, max: schema.maximum ?? 1_000_000 });
    case 'array':
      return fc.array(arb(schema.items ?? {}, doc, depth + 1), { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 4, 4) });
    case 'object': {
      const props = Object.fromEntries(Object.entries<Schema>(schema.properties ?? {}).map(([k, v]) => [k, arb(v, doc, depth + 1)]));
      return fc
        .record(props, { requiredKeys: schema.required ?? [] })
        .filter((o) => Object.keys(o).length >= (schema.minProperties ?? 0))
        .filter((o) => !(schema.not?.required ?? [null]).every((k: string) => k in o));
    }
    case 'string': {
      if (schema.format === 'date-time') return fc.integer({ min: Date.UTC(2026, 5, 2), max: Date.UTC(2027, 0, 1) }).map((ms) => new Date(ms).toISOString());
      if (schema.format === 'email') return fc.emailAddress().filter((e) => e.length <= (schema.maxLength ?? 320));
      const minLength = schema.minLength ?? 0;
      const maxLength = Math.min(schema.maxLength ?? 40, Math.max(minLength, 40));
      if (schema.pattern?.startsWith('^')) return fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length >= minLength && s.length <= maxLength);
      const re = schema.pattern ? new RegExp(schema.pattern) : undefined;
      return fc.string({ minLength, maxLength, unit: 'grapheme' }).filter((s) => s.length >= minLength && s.length <= maxLength && (!re || re.test(s)));
    }
    default:
      return fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null));
  }
}

/** Wrong in one way: an unknown field, a field of the wrong type, or not an object at all. */
function invalid(schema: Schema | undefined, doc: OpenApiDoc): fc.Arbitrary<unknown> {
  const wrong = fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.string({ maxLength: 5 }), fc.constant({ nested: [1] }));
  if (!schema) return fc.record({ surprise: wrong });
  const valid = arb(schema, doc) as fc.Arbitrary<Record<string, unknown>>;
  const names = Object.keys(schema.properties ?? {});
  return fc.oneof(
    valid.chain((v) => wrong.map((w) => ({ ...v, surprise: w }))),
    ...(names.length ? [valid.chain((v) => fc.tuple(fc.constantFrom(...names), wrong).map(([k, w]) => ({ ...v, [k]: w })))] : []),
    fc.oneof(fc.constant([]), fc.constant('text'), fc.constant(42)),
  );
}

/** Where the usage periods start: around the test clock (1 June 2026), the future included. */
const PERIOD_FROM = { min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 0, 1) };

/**
 * Query parameters that are valid only together, by operation: a usage period's from, to and granularity
 * (the server bounds the span by the granularity). Drawn three times in four; the parameters generated
 * one at a time, which test the refusals, the rest of the time.
 */
const QUERY_FIXTURES: Record<string, fc.Arbitrary<Record<string, string>>> = {
  getKeyUsage: fc.oneof(
    ...GRANULARITIES.map((granularity) => usagePeriod(granularity, PERIOD_FROM).map((period) => ({ ...period, granularity }))),
    usagePeriod('minute', PERIOD_FROM), // no granularity: by the minute
  ),
  listKeyUsage: usagePeriod('day', PERIOD_FROM), // the overview is bounded as by the day
};

function queryOf(op: Schema, doc: OpenApiDoc): fc.Arbitrary<Record<string, unknown>> {
  const params = Object.fromEntries((op.parameters ?? []).filter((p: Schema) => p.in === 'query').map((p: Schema) => [p.name, arb(p.schema, doc)]));
  const oneByOne = fc.record(params, { requiredKeys: [] });
  const together = QUERY_FIXTURES[op.operationId];
  return together ? fc.oneof({ arbitrary: together, weight: 3 }, { arbitrary: oneByOne, weight: 1 }) : oneByOne;
}

/**
 * Walks every operation of /openapi.json with inputs generated from its own schemas, valid and invalid:
 * no 5xx, and (through `request()`'s response validator) every status documented and every body valid.
 */
/**
 * Operations random input is not expected to get through: they need a secret the fuzzer cannot know (a
 * password, a TOTP or recovery code, a session id), a state it does not set up (first-run setup is done,
 * a key already rolled), or a URL the webhook address guard accepts. They are still called, and must
 * answer without a 5xx and as documented.
 */
const BEYOND_RANDOM_INPUT = new Set([
  'setupWorkspace',
  'signIn',
  'getSession',
  'signInSecondFactor',
  'signInAgain',
  'updateMyPassword',
  'createTwoFactor',
  'deleteTwoFactor',
  'createRecoveryCodes',
  'deleteMySession',
  'rollKey',
  'createWebhook',
  'updateWebhook',
  // Every rule names one of the workspace's own permissions, which a random name is not: test/http/protected-apis.test.ts.
  'createProtectedApi',
  'updateProtectedApi',
  // Forward-auth asks about a request named in a proxy's headers (X-Forwarded-*, X-Original-*), which
  // the fuzzer does not send: test/http/forward-auth.test.ts.
  'forwardAuth',
  'forwardAuthPost',
  'forwardAuthPut',
  'forwardAuthPatch',
  'forwardAuthDelete',
  'forwardAuthOptions',
  // Emailed links' tokens (32 random bytes) and a server with SMTP: test/http/account-mail.test.ts.
  'createEmailVerification',
  'createPasswordResetLink',
  'updatePasswordWithLink',
]);

describe('contract fuzz: every operation, schema-generated inputs', () => {
  let t: TestApp;
  let doc: OpenApiDoc;
  const ids: Record<string, string[]> = {};
  let owner: Caller;
  let ownerKey: Caller;
  beforeAll(async () => {
    t = await testApp({
      config: {
        ...NO_LIMITS,
        webhookAllowPrivate: true,
        notifyIntervalMs: 0,
      },
    });
    doc = (await t.request({ url: '/openapi.json' })).json();
    owner = await anOwner(t);
    ownerKey = await aKey(t, owner as never, {
      restriction: ['contacts:read', 'contacts:write', 'contacts:delete', 'keys:own', 'keys:admin', 'keys:verify', 'users:manage', 'audit:read'],
    });
    const member = await aUser(t, owner as never, { role: 'member' });
    ids.contacts = [(await aContact(t, owner as never)).id, 'con_doesNotExist'];
    ids.keys = [(await aKey(t, owner as never)).id, 'key_doesNotExist'];
    ids.users = [member.user.id, 'usr_doesNotExist'];
    // A notification of the owner's (rolling a key tells its owner), a webhook endpoint and one of its deliveries.
    const rolled = await aKey(t, owner as never);
    expect((await t.request({ method: 'POST', url: `/api/keys/${rolled.id}/roll`, as: owner, body: {} })).statusCode).toBe(201);
    const notifications = (await t.request({ url: '/api/notifications', as: owner })).json().data as { id: string }[];
    expect(notifications.length).toBeGreaterThan(0);
    ids.notifications = [notifications[0].id, 'ntf_doesNotExist'];
    const hook = await t.request({
      method: 'POST',
      url: '/api/webhooks',
      as: owner,
      body: { url: 'http://127.0.0.1:9/hook', events: ['key.revoked', 'key.rolled'] },
    });
    expect(hook.statusCode, hook.body).toBe(201);
    // Several real endpoints to one that does not exist, so that each operation meets a real one often enough.
    const more = [];
    for (const url of ['http://127.0.0.1:9/a', 'http://127.0.0.1:9/b']) {
      more.push((await t.request({ method: 'POST', url: '/api/webhooks', as: owner, body: { url, events: ['key.expiring'] } })).json().id as string);
    }
    ids.webhooks = [hook.json().id, ...more, 'whk_doesNotExist'];
    const test = await t.request({ method: 'POST', url: `/api/webhooks/${hook.json().id}/test`, as: owner });
    expect(test.statusCode, test.body).toBe(202);
    ids.deliveries = [test.json().id, 'msg_doesNotExist'];
    const api = (n: number) => ({ name: `API ${n}`, path_prefix: `/v${n}`, rules: [{ method: 'GET', path: `/v${n}/**`, permission: 'contacts:read' }] });
    const apis = [];
    for (let n = 1; n <= 3; n++) apis.push((await t.request({ method: 'POST', url: '/api/protected-apis', as: owner, body: api(n) })).json().id as string);
    ids['protected-apis'] = [...apis, 'api_doesNotExist'];
  });
  afterAll(() => t?.close());

  // Before the walk below, which signs the owner out: the fixtures above are only useful if always valid.
  it('draws only usage periods the server accepts', async () => {
    const paths = { getKeyUsage: `/api/keys/${ids.keys[0]}/usage`, listKeyUsage: '/api/usage/keys' };
    for (const [operationId, path] of Object.entries(paths)) {
      await fc.assert(
        fc.asyncProperty(QUERY_FIXTURES[operationId], async (query) => {
          const res = await t.request({ url: `${path}?${new URLSearchParams(query)}`, as: ownerKey });
          expect(res.statusCode, `${operationId} ${JSON.stringify(query)}: ${res.body}`).toBe(200);
        }),
        { numRuns: 60, seed: 13 },
      );
    }
  });

  it('answers no 5xx and only documented statuses and bodies', async () => {
    const ops = Object.entries<Record<string, Schema>>(doc.paths).flatMap(([path, item]) => Object.entries(item).map(([method, op]) => ({ path, method, op })));
    // Signing out ends the session the other operations use: last.
    // Deleting a fixture (a webhook endpoint) leaves nothing for the operations after it: deletions just before that.
    const rank = (o: { method: string; op: Schema }) => (o.op.operationId === 'signOut' ? 2 : o.method === 'delete' ? 1 : 0);
    ops.sort((a, b) => rank(a) - rank(b));
    expect(ops.length).toBeGreaterThanOrEqual(27);
    const statuses = new Map<string, Set<number>>();
    for (const { path, method, op } of ops) {
      const bodySchema = op.requestBody?.content?.['application/json']?.schema as Schema | undefined;
      const resource = path.split('/')[2] as string;
      const id = path.includes('{id}') ? fc.constantFrom(...(ids[resource] ?? ['x'])) : fc.constant(undefined);
      const delivery = path.includes('{delivery_id}') ? fc.constantFrom(...ids.deliveries) : fc.constant(undefined);
      const as = op.security?.length === 0 ? fc.constant(undefined) : fc.constantFrom(owner, ownerKey);
      const input = fc.record({
        valid: fc.boolean(),
        body: bodySchema ? arb(bodySchema, doc) : fc.constant(undefined),
        bad: invalid(bodySchema, doc),
        query: queryOf(op, doc),
        id,
        delivery,
        as,
      });
      const runs = path.startsWith('/auth/') ? 6 : 25;
      await fc.assert(
        fc.asyncProperty(input, async ({ valid, body, bad, query, id, delivery, as }) => {
          const qs = new URLSearchParams(Object.entries(valid ? query : { ...query, surprise: 'x' }).map(([k, v]) => [k, String(v)])).toString();
          const url = `${path.replace('{id}', id ?? '').replace('{delivery_id}', delivery ?? '')}${qs ? `?${qs}` : ''}`;
          const sendsBody = bodySchema !== undefined || !valid;
          const res = await t.request({
            method: method.toUpperCase() as 'GET',
            url,
            as: as as Caller | undefined,
            body: sendsBody && method !== 'get' ? (valid ? body : bad) : undefined,
          });
          expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(500);
          const seen = statuses.get(op.operationId) ?? new Set();
          statuses.set(op.operationId, seen.add(res.statusCode));
        }),
        { numRuns: runs, seed: 13 },
      );
    }
    // Every operation was reached and answered, successes included.
    expect([...statuses.keys()].sort()).toEqual(ops.map((o) => o.op.operationId).sort());
    const succeeded = [...statuses].filter(([, s]) => [...s].some((c) => c < 300)).map(([op]) => op);
    const missed = [...statuses].filter(([op]) => !succeeded.includes(op) && !BEYOND_RANDOM_INPUT.has(op));
    expect(
      missed.map(([op, s]) => `${op} ${[...s]}`),
      'operations that never succeeded',
    ).toEqual([]);
    expect(succeeded).toEqual(expect.arrayContaining(Object.keys(QUERY_FIXTURES)));
  }, 600_000);
});
