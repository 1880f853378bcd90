import { formatDate, formatDateTime, formatRelative } from '../format';

interface TimeProps {
  iso: string;
  /** "3 minutes ago" instead of a date. */
  relative?: boolean;
  dateOnly?: boolean;
}

/** A time in the user's locale; the exact UTC ISO time is in the tooltip. */
export function Time({ iso, relative, dateOnly }: TimeProps) {
  const text = relative ? formatRelative(iso) : dateOnly ? formatDate(iso) : formatDateTime(iso);
  return (
    <time dateTime={iso} title={iso}>
      {text}
    </time>
  );
}
