/**
 * Text inputs: a single-line field holds no C0 control character (U+0000–U+001F);
 * a multi-line one (contact notes) holds none but tab, line feed and carriage return. Refused by
 * validation with a 400 on every database — PostgreSQL cannot store U+0000 at all, and the others have no
 * place in a name, an address, a search or a filter — rather than by matching a driver's error later.
 *
 * Every request string schema names one of these formats (or a pattern, enum or format that admits no
 * control character); test/http/text-inputs.test.ts checks that over /openapi.json.
 */
export const TEXT_FORMATS = {
  text: /^[^\u0000-\u001f]*$/u,
  'multiline-text': /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f]*$/u,
} as const;

export type TextFormat = keyof typeof TEXT_FORMATS;

/** The validation message for a refused text value. */
export const TEXT_FORMAT_MESSAGES: Record<TextFormat, string> = {
  text: 'must not contain control characters (U+0000–U+001F)',
  'multiline-text': 'must not contain control characters other than tab and line breaks',
};

export const isTextFormat = (f: unknown): f is TextFormat => typeof f === 'string' && Object.hasOwn(TEXT_FORMATS, f);
