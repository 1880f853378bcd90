/**
 * The API's validation errors in words a person reads, each attached to the form field it is about.
 * The server speaks JSON Schema ("/allowed_ips/1 must be an IPv4 or IPv6 address or CIDR…"); a form shows
 * "Line 2: 10.0.0.300 is not an IP address or CIDR range" under the allowlist instead, once.
 */

/** How a form names one field's entries: `values` are what was sent, so a message can quote the entry. */
export interface FieldWords {
  /** What the field is called in a sentence: "name" → "The name can be at most 100 characters long." */
  label?: string;
  /** "Line" (a textarea with one entry per line) or "Entry". */
  entry?: string;
  values?: readonly string[];
}

export interface SplitErrors {
  /** Human messages by top-level field name (e.g. "name", "allowed_ips"). */
  fields: Record<string, string>;
  /** What no field claims: an error to show in the form's alert, or null. */
  other: unknown;
}

/** One entry of a problem's `errors` (the API's FieldError). */
interface FieldError {
  path: string;
  message: string;
}

/** An ApiError with field errors (checked by shape, so this module stays free of the fetch client). */
const withFieldErrors = (e: unknown): e is { errors: FieldError[] } =>
  typeof e === 'object' && e !== null && Array.isArray((e as { errors?: unknown }).errors) && (e as { errors: unknown[] }).errors.length > 0;

/**
 * Splits an error into messages for the fields a form has and whatever is left for its alert: the error
 * itself when it has no field errors, an Error naming the unclaimed fields, or null.
 */
export function splitErrors(error: unknown, known: Record<string, FieldWords>): SplitErrors {
  if (!withFieldErrors(error)) return { fields: {}, other: error };
  const fields: Record<string, string[]> = {};
  const rest: FieldError[] = [];
  for (const e of error.errors) {
    const [field, index] = e.path.replace(/^\//, '').split('/');
    if (!(field in known)) {
      rest.push(e);
      continue;
    }
    const words = known[field];
    const i = index === undefined ? undefined : Number(index);
    const text = humanMessage(e.message, i === undefined ? undefined : words.values?.[i]);
    const line = i === undefined || Number.isNaN(i) ? sentence(text, words.label) : `${words.entry ?? 'Entry'} ${i + 1}: ${sentence(text, undefined)}`;
    (fields[field] ??= []).includes(line) || fields[field].push(line);
  }
  const joined = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.join(' ')]));
  const other = rest.length === 0 ? null : new Error(rest.map((e) => `${e.path.replace(/^\//, '') || 'request'}: ${humanMessage(e.message)}`).join('; '));
  return { fields: joined, other };
}

/** One JSON Schema message in plain words; `value` (an entry that was sent) is quoted when it helps. */
export function humanMessage(message: string, value?: string): string {
  const quoted = value === undefined ? 'This' : value;
  let m: RegExpExecArray | null;
  if (/IPv4 or IPv6 address or CIDR/.test(message)) return `${quoted} is not an IP address or CIDR range (e.g. 203.0.113.7 or 203.0.113.0/24)`;
  if ((m = /^must NOT have more than (\d+) characters$/.exec(message))) return `can be at most ${m[1]} characters long`;
  if ((m = /^must NOT have fewer than (\d+) characters$/.exec(message)))
    return Number(m[1]) === 1 ? 'cannot be empty' : `must be at least ${m[1]} characters long`;
  if ((m = /^must NOT have more than (\d+) items$/.exec(message))) return `can hold at most ${m[1]} entries`;
  if ((m = /^must NOT have fewer than (\d+) items$/.exec(message))) return `needs at least ${m[1]} ${Number(m[1]) === 1 ? 'entry' : 'entries'}`;
  if (/^must match pattern "\\S"$/.test(message)) return 'cannot be only spaces';
  if ((m = /^must be >= (\S+)$/.exec(message))) return `must be at least ${m[1]}`;
  if ((m = /^must be <= (\S+)$/.exec(message))) return `must be at most ${m[1]}`;
  if (/^must be integer$/.test(message)) return 'must be a whole number';
  if (/^must match format "email"$/.test(message)) return `${quoted} is not an email address`;
  if (/^must match format "date-time"$/.test(message)) return 'is not a date and time';
  if (/^must match format "uri"$/.test(message)) return `${quoted} is not a URL`;
  if ((m = /^must be equal to one of the allowed values/.exec(message))) return 'is not one of the choices';
  return message.replace(/^must /, 'must ');
}

/** "can be at most 100 characters long" → "The name can be at most 100 characters long." */
function sentence(text: string, label: string | undefined): string {
  const s = /^(is|can|must|cannot|needs)\b/.test(text) ? `${label ? `The ${label}` : 'This'} ${text}` : text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(s) ? s : `${s}.`;
}
