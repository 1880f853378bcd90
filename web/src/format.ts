/** Dates in the user's locale; the exact UTC ISO time goes into a tooltip (see components/Time.tsx). */

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

export const formatDateTime = (iso: string) => dateTime.format(new Date(iso));
export const formatDate = (iso: string) => dateOnly.format(new Date(iso));

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "3 minutes ago", "in 2 days", "just now" (under a minute). */
export function formatRelative(iso: string, nowMs: number = Date.now()): string {
  const seconds = (new Date(iso).getTime() - nowMs) / 1000;
  const abs = Math.abs(seconds);
  if (abs < 60) return 'just now';
  for (const [unit, size] of UNITS) {
    if (abs >= size) return relative.format(Math.round(seconds / size), unit);
  }
  return relative.format(Math.round(seconds / 60), 'minute');
}

/** A `yyyy-mm-dd` value for `<input type="date">`, `days` from today in local time. */
export function localDateInput(days: number, from: Date = new Date()): string {
  const d = new Date(from.getFullYear(), from.getMonth(), from.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The end of a local calendar day (`yyyy-mm-dd`) as an ISO instant. */
export function endOfLocalDay(value: string): string {
  const [y, m, d] = value.split('-').map(Number);
  return new Date(y, m - 1, d, 23, 59, 59, 0).toISOString();
}

/** A `datetime-local` input value (local time) as an ISO instant, or undefined when empty. */
export function localDateTimeToIso(value: string): string | undefined {
  if (!value) return undefined;
  const t = new Date(value);
  return Number.isNaN(t.getTime()) ? undefined : t.toISOString();
}

/** "viewer" → "Viewer". */
export const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const fullLocal = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'long' });

/**
 * The tooltip of a time: the full local date and time with its zone, and the same instant in UTC, e.g.
 * "Sunday, 29 November 2026 at 22:04:05 CET (21:04:05 UTC, 2026-11-29)".
 */
export const formatLocalFull = (iso: string) => {
  const utc = new Date(iso).toISOString();
  return `${fullLocal.format(new Date(iso))} (${utc.slice(11, 19)} UTC, ${utc.slice(0, 10)})`;
};

const always = new Intl.RelativeTimeFormat(undefined, { numeric: 'always' });

/**
 * "expires in 90 days", "expired 2 days ago", "expires in 5 hours": days from a day on, never weeks or months.
 * A future time is rounded up (a key made for 90 days reads "in 90 days", not 89, a second after it was
 * made); a past one down.
 */
export function expiryPhrase(iso: string, nowMs: number = Date.now()): string {
  const seconds = (new Date(iso).getTime() - nowMs) / 1000;
  const abs = Math.abs(seconds);
  const [unit, size]: [Intl.RelativeTimeFormatUnit, number] = abs >= 86_400 ? ['day', 86_400] : abs >= 3600 ? ['hour', 3600] : ['minute', 60];
  const n = Math.max(1, seconds > 0 ? Math.ceil(abs / size) : Math.floor(abs / size));
  return seconds > 0 ? `expires ${always.format(n, unit)}` : `expired ${always.format(-n, unit)}`;
}
