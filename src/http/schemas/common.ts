import { type Static, type TSchema, type TString, type TStringOptions, type TUnsafe, Type } from 'typebox';

/**
 * The building blocks of the route schemas. A shape the API names (a response, an enum) is a component:
 * a schema with an `$id`, listed in schemas/index.ts and registered by openapi.ts; routes and other
 * components refer to it with `ref()`. Building a schema registers nothing.
 */
export type Component<T extends TSchema = TSchema> = T & { readonly $id: string };

/** `schema` named `id`: list it in schemas/index.ts, refer to it with `ref()`. */
export const component = <T extends TSchema>(id: string, schema: T): Component<T> => ({ ...schema, $id: id });

/** A `$ref` to a component that keeps its static type. */
export const ref = <T extends TSchema>(c: Component<T>, options: { description?: string } = {}): TUnsafe<Static<T>> =>
  Type.Unsafe<Static<T>>({ $ref: `${c.$id}#`, ...options });

/**
 * `T` or null. A schema with one `type` becomes `type: [T, "null"]` (OpenAPI 3.1); a `$ref` (which cannot
 * take a second type) becomes `anyOf: [$ref, null]`.
 */
export function nullable<T extends TSchema>(t: T, options: { description?: string } = {}): TUnsafe<Static<T> | null> {
  const s = t as { type?: unknown; enum?: unknown; const?: unknown };
  if (typeof s.type === 'string' && s.enum === undefined && s.const === undefined) {
    return Type.Unsafe<Static<T> | null>({ ...t, ...options, type: [s.type, 'null'] });
  }
  return Type.Unsafe<Static<T> | null>({ anyOf: [t, { type: 'null' }], ...options });
}

/** A string enum (name it with `component()`: enums are referred to, never inlined). */
export const literals = <T extends readonly string[]>(values: T, options: { description: string }) =>
  Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });

/** A request string on one line: no control character (format `text`, src/http/text-format.ts). */
export const Text = (options: Omit<TStringOptions, 'format'> = {}) => Type.String({ ...options, format: 'text' });
/** A request string that may span lines: tab, line feed and carriage return, no other control character. */
export const MultilineText = (options: Omit<TStringOptions, 'format'> = {}) => Type.String({ ...options, format: 'multiline-text' });

export const Timestamp = Type.String({ format: 'date-time', description: 'RFC 3339, UTC, with milliseconds' });
export const NullableTimestamp = nullable(Timestamp);

/** An id sent by the client (usr_…, key_…), described where it is a field. */
export const IdOf = (options: { description?: string } = {}) => Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_]+$', ...options });
export const Id = IdOf();
export const IdParams = Type.Object({ id: Id }, { additionalProperties: false });

export const ListQuery = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 25, description: 'Page size' })),
  cursor: Type.Optional(Text({ maxLength: 200, description: "The previous page's next_cursor" })),
};
export const ListQueryParams = Type.Object(ListQuery, { additionalProperties: false });

export const NextCursor = nullable(Type.String(), { description: 'Pass as cursor for the next page; null on the last page' });

/** The page component of a listed component: `{ data: [...], next_cursor }`, newest first. */
export const page = <T extends TSchema>(id: string, item: Component<T>, itemName: string) =>
  component(id, Type.Object({ data: Type.Array(ref(item)), next_cursor: NextCursor }, { description: `A page of ${itemName}, newest first` }));

/**
 * The component `id`: `item` and its secret, a string named `field` that this response alone carries (a key's
 * plaintext, a webhook's signing secret), shown once.
 */
export const withSecret = <T extends TSchema, F extends string>(
  id: string,
  item: Component<T>,
  field: F,
  text: { field: string; description: string; example: Record<F, string> & Record<string, unknown> },
) =>
  component(
    id,
    Type.Intersect([ref(item), Type.Object({ [field]: Type.String({ description: text.field }) } as Record<F, TString>)], {
      description: text.description,
      examples: [text.example],
    }),
  );

/** A 204's (empty) body. */
export const NoContent = Type.Null();

export const Email = Type.String({ format: 'email', maxLength: 320 });
/** Passwords are hashed, never stored or searched as text: any character is allowed. */
export const Password = Type.String({ minLength: 12, maxLength: 1024 });
/** A password to check (sign-in, re-authentication): any character, not empty. */
export const PasswordToCheck = Type.String({ minLength: 1, maxLength: 1024 });
export const PersonName = Text({ minLength: 1, maxLength: 200, pattern: '\\S' });
