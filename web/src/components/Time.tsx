import { formatDate, formatDateTime, formatLocalFull, formatRelative } from '../format';

interface TimeProps {
  iso: string;
  /** "3 minutes ago" instead of a date. */
  relative?: boolean;
  dateOnly?: boolean;
  /** Text before a relative time, e.g. "expires " → "expires in 89 days". */
  prefix?: string;
}

/** A time in the user's locale; the tooltip holds the full local date, time and zone. */
export function Time({ iso, relative, dateOnly, prefix }: TimeProps) {
  const text = relative ? formatRelative(iso) : dateOnly ? formatDate(iso) : formatDateTime(iso);
  return (
    <time dateTime={iso} title={formatLocalFull(iso)}>
      {prefix}
      {text}
    </time>
  );
}
