import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';
import type { SerializerCompiler, SerializerFactory } from '@fastify/fast-json-stringify-compiler';

type Schema = Record<string, unknown>;

const SIMPLE_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'array', 'object']);
const COMBINATORS = ['anyOf', 'oneOf', 'allOf', '$ref', 'const', 'enum', 'not', 'if'];
const isObject = (v: unknown): v is Schema => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNull = (s: unknown) => isObject(s) && s.type === 'null' && Object.keys(s).length === 1;
const isSimple = (s: unknown): s is Schema => isObject(s) && typeof s.type === 'string' && SIMPLE_TYPES.has(s.type) && !COMBINATORS.some((k) => k in s);
const isStringConst = (s: unknown) => isObject(s) && typeof s.const === 'string';

/**
 * The response schemas as fast-json-stringify should see them, meaning the same for every valid value:
 * - `anyOf: [T, null]` (TypeBox's nullable) becomes `T` with `type: [T.type, 'null']`;
 * - `anyOf` of string constants (a TypeBox union of literals) becomes `type: 'string'`.
 * fast-json-stringify compiles `anyOf` into a schema validation per option per value (ajv), and a key
 * object has ten nullable fields: a 25-key page ran 250 of them. A type list is a `typeof` check. The
 * schemas the routes declare (and the OpenAPI document) are unchanged; only the serializer's copy is.
 */
export function forSerializer(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(forSerializer);
  if (!isObject(schema)) return schema;
  const out: Schema = {};
  for (const [k, v] of Object.entries(schema)) out[k] = k === 'const' || k === 'enum' || k === 'default' || k === 'examples' ? v : forSerializer(v);
  const anyOf = out.anyOf;
  if (Array.isArray(anyOf)) {
    const rest = Object.fromEntries(Object.entries(out).filter(([k]) => k !== 'anyOf'));
    if (anyOf.length === 2 && isNull(anyOf[1]) && isSimple(anyOf[0])) {
      return { ...rest, ...anyOf[0], type: [anyOf[0].type, 'null'] };
    }
    if (anyOf.length === 2 && isNull(anyOf[0]) && isSimple(anyOf[1])) {
      return { ...rest, ...anyOf[1], type: [anyOf[1].type, 'null'] };
    }
    if (anyOf.length > 0 && anyOf.every(isStringConst)) return { ...rest, type: 'string' };
  }
  return out;
}

/**
 * Fastify's default serializer factory, fed the rewritten schemas (shared `$id` schemas included), each
 * compiled on its first use and once per distinct schema. Fastify compiles every response schema of every
 * route at start (a problem schema per error status per route): eagerly, that was over half of a cold
 * start (bench/RESULTS.md, "Cold start"); a schema is compiled by the first response that needs it.
 */
export function buildSerializerFactory(): SerializerFactory {
  const factory = SerializerSelector();
  return (externalSchemas, serializerOpts): SerializerCompiler => {
    const external = Object.fromEntries(Object.entries((externalSchemas ?? {}) as Schema).map(([id, s]) => [id, forSerializer(s)]));
    const build = factory(external as typeof externalSchemas, serializerOpts);
    const compiled = new Map<string, (data: unknown) => string>();
    return (route) => {
      let serialize: ((data: unknown) => string) | undefined;
      return (data: unknown) => {
        if (!serialize) {
          const schema = forSerializer(route.schema) as typeof route.schema;
          const key = JSON.stringify(schema);
          serialize = compiled.get(key) ?? build({ ...route, schema });
          compiled.set(key, serialize);
        }
        return serialize(data);
      };
    };
  };
}
