/**
 * Strict RFC 3339 `date-time` (section 5.6): `YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH:MM)`, every field in range,
 * the day existing in its month. A leap second (`:60`) is refused: Keyward's clock has none, and
 * `Date.parse` would turn it into NaN (stored as "never expires"). Fractions beyond milliseconds are
 * truncated. An instant whose UTC year falls outside 0000–9999 (`9999-12-31T23:00:00-05:00`) is refused too:
 * it could not be echoed back in RFC 3339. Returns epoch milliseconds, or undefined for
 * anything else.
 */
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

/** The first and last instants RFC 3339 can write in UTC: 0000-01-01T00:00:00.000Z and 9999-12-31T23:59:59.999Z. */
export const RFC3339_MIN_MS = -62_167_219_200_000;
export const RFC3339_MAX_MS = 253_402_300_799_999;

const daysIn = (year: number, month: number) => new Date(Date.UTC(2000, month, 0)).getUTCDate() - (month === 2 && !isLeap(year) ? 1 : 0);
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export function parseRfc3339(text: string): number | undefined {
  const m = RFC3339.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  let offsetMin = 0;
  if (m[8] === undefined) {
    const oh = Number(m[10]);
    const om = Number(m[11]);
    if (oh > 23 || om > 59) return undefined;
    offsetMin = (m[9] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  const ms = m[7] === undefined ? 0 : Number(m[7].slice(0, 3).padEnd(3, '0'));
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, ms);
  const at = d.getTime() - offsetMin * 60_000;
  return Number.isFinite(at) && at >= RFC3339_MIN_MS && at <= RFC3339_MAX_MS ? at : undefined;
}

/** `parseRfc3339` for a value already validated by the schema's `date-time` format (which uses it). */
export function rfc3339ToMs(text: string): number {
  const at = parseRfc3339(text);
  if (at === undefined) throw new TypeError('not an RFC 3339 date-time (the schema should have refused it)');
  return at;
}

const DAY_MS = 86_400_000;
/** The last instant `Date#toISOString` writes with a four-digit year (9999-12-31T23:59:59.999Z). */
const FOUR_DIGIT_YEARS_END = 253_402_300_800_000;
const TWO = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));
const THREE = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, '0'));
/** "YYYY-MM-DDT" by day number; bounded, since a page rarely spans more than a few hundred days. */
const dayPrefixes = new Map<number, string>();

/**
 * Epoch milliseconds → RFC 3339 UTC with milliseconds, exactly `new Date(ms).toISOString()`. A list page
 * formats two or more times per row, and `toISOString` (a Date allocated and formatted each time) was a
 * sixth of a 25-contact page's cost: the date part is looked up by day and the time of day assembled
 * from digit tables. Anything outside years 1970–9999 or not a whole millisecond goes through Date.
 */
export function iso(ms: number): string {
  if (!(ms >= 0 && ms < FOUR_DIGIT_YEARS_END) || !Number.isInteger(ms)) return new Date(ms).toISOString();
  const day = Math.floor(ms / DAY_MS);
  let prefix = dayPrefixes.get(day);
  if (prefix === undefined) {
    prefix = new Date(day * DAY_MS).toISOString().slice(0, 11);
    if (dayPrefixes.size >= 4096) dayPrefixes.clear();
    dayPrefixes.set(day, prefix);
  }
  let rest = ms - day * DAY_MS;
  const h = Math.floor(rest / 3_600_000);
  rest -= h * 3_600_000;
  const m = Math.floor(rest / 60_000);
  rest -= m * 60_000;
  const s = Math.floor(rest / 1000);
  return `${prefix}${TWO[h]}:${TWO[m]}:${TWO[s]}.${THREE[rest - s * 1000]}Z`;
}
export const isoOrNull = (ms: number | null) => (ms === null ? null : iso(ms));
