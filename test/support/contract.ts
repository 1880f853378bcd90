import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { OpenApiDoc } from './openapi.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

export interface CheckedRequest {
  method: string;
  url: string;
}

export interface CheckedResponse {
  statusCode: number;
  headers: Record<string, unknown>;
  body: string;
}

/** Checks one response against the document; returns what does not match (empty when it all does). */
export type ResponseCheck = (req: CheckedRequest, res: CheckedResponse) => string[];

const pointer = (...parts: string[]) => parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
const PROBLEM = 'application/problem+json';

/**
 * The response validator every HTTP suite runs through (test/support/app.ts `request()`): Ajv (JSON
 * Schema 2020-12, the dialect of OpenAPI 3.1) over the served /openapi.json. For a documented operation:
 * the status is documented, the content type is one documented for it, the body matches its schema and
 * every required header is present. Any other error answer (404, 405) must be a valid problem+json.
 */
export function responseChecker(doc: OpenApiDoc): ResponseCheck {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  ajv.addSchema(doc, 'openapi.json');
  const compiled = new Map<string, ReturnType<Ajv2020['compile']>>();
  const validatorAt = (ptr: string) => {
    let v = compiled.get(ptr);
    if (!v) compiled.set(ptr, (v = ajv.compile({ $ref: `openapi.json#${ptr}` })));
    return v;
  };
  const routes = Object.keys(doc.paths)
    .map((path) => ({
      path,
      re: new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`),
      // Static segments win over parameters, as in the router: /api/keys/revoke-leaked before /api/keys/{id}.
      params: (path.match(/\{/g) ?? []).length,
    }))
    .sort((a, b) => a.params - b.params);

  // Compiled up front, once per document: no checked request pays for a compile (timing-sensitive suites,
  // such as the last-used flush window in key-cache.test.ts, see no difference).
  validatorAt('/components/schemas/Problem');
  for (const [path, item] of Object.entries<Record<string, any>>(doc.paths)) {
    for (const [method, op] of Object.entries<any>(item)) {
      for (const [status, res] of Object.entries<any>(op.responses ?? {})) {
        for (const type of Object.keys(res.content ?? {})) validatorAt(`/${pointer('paths', path, method, 'responses', status, 'content', type, 'schema')}`);
      }
    }
  }

  const checkBody = (ptr: string, body: string, label: string): string[] => {
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      return [`${label}: the body is not JSON: ${body.slice(0, 200)}`];
    }
    const validate = validatorAt(ptr);
    if (validate(json)) return [];
    return [`${label}: the body does not match the schema: ${ajv.errorsText(validate.errors)} in ${body.slice(0, 300)}`];
  };

  return (req, res) => {
    const method = req.method.toUpperCase();
    const path = req.url.split('?')[0];
    const label = `${method} ${path} → ${res.statusCode}`;
    const type = String(res.headers['content-type'] ?? '')
      .split(';')[0]
      .trim();
    const hasBody = method !== 'HEAD' && res.body.length > 0;
    const route = routes.find((r) => r.re.test(path));
    const opMethod = method === 'HEAD' ? 'get' : method.toLowerCase();
    const op = route && doc.paths[route.path][opMethod];
    if (!op) {
      // Not an operation (405, 404, the hidden /openapi.json, /docs, /metrics): errors are still problems.
      if (res.statusCode < 400) return [];
      if (!hasBody) return [];
      if (type !== PROBLEM) return [`${label}: an error answered as ${type || 'no content type'}, not ${PROBLEM}`];
      return checkBody('/components/schemas/Problem', res.body, label);
    }
    const name = `${label} (${op.operationId})`;
    const status = String(res.statusCode);
    const documented = op.responses[status] ?? op.responses[`${status[0]}XX`] ?? op.responses.default;
    if (!documented) return [`${name}: status ${status} is not documented (documented: ${Object.keys(op.responses).join(', ')})`];
    const errors: string[] = [];
    for (const [header, spec] of Object.entries<any>(documented.headers ?? {})) {
      const resolved = spec.$ref ? doc.components.headers[String(spec.$ref).split('/').pop() as string] : spec;
      if (resolved?.required && res.headers[header.toLowerCase()] === undefined) errors.push(`${name}: the documented header ${header} is missing`);
    }
    if (!hasBody) return errors;
    const content = documented.content as Record<string, { schema?: unknown }> | undefined;
    if (!content) return [...errors, `${name}: a body was sent but none is documented`];
    if (!content[type]) return [...errors, `${name}: content type ${type || '(none)'} is not documented (documented: ${Object.keys(content).join(', ')})`];
    const ptr = `/${pointer('paths', route.path, opMethod, 'responses', documented === op.responses[status] ? status : (Object.keys(op.responses).find((k) => op.responses[k] === documented) as string), 'content', type, 'schema')}`;
    return [...errors, ...checkBody(ptr, res.body, name)];
  };
}

const checkers = new Map<string, ResponseCheck>();
const byObject = new WeakMap<OpenApiDoc, ResponseCheck>();

/** One checker per distinct document (every app of a run serves the same one, so it is compiled once). */
export function checkerFor(doc: OpenApiDoc): ResponseCheck {
  let c = byObject.get(doc);
  if (c) return c;
  const key = JSON.stringify(doc);
  c = checkers.get(key);
  if (!c) checkers.set(key, (c = responseChecker(doc)));
  byObject.set(doc, c);
  return c;
}
