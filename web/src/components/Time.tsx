import { useState } from 'preact/hooks';
import { formatDate, formatDateTime, formatLocalFull, formatRelative } from '../format';

interface TimeProps {
  iso: string;
  /** "3 minutes ago" instead of a date. */
  relative?: boolean;
  dateOnly?: boolean;
  /** Text before a relative time, e.g. "expires " → "expires in 90 days". */
  prefix?: string;
}

/**
 * A time in the user's locale, one style on every page. Hovering shows the full local date, time and zone
 * with the same instant in UTC; on a touch screen, where there is no hover, a long press shows that text
 * beside the time (and another long press hides it).
 */
export function Time({ iso, relative, dateOnly, prefix }: TimeProps) {
  const [shown, setShown] = useState(false);
  const text = relative ? formatRelative(iso) : dateOnly ? formatDate(iso) : formatDateTime(iso);
  const full = formatLocalFull(iso);
  return (
    <>
      <time
        dateTime={iso}
        title={full}
        onContextMenu={(e) => {
          if (!matchMedia('(pointer: coarse)').matches) return;
          e.preventDefault();
          setShown(!shown);
        }}
      >
        {prefix}
        {text}
      </time>
      {shown && <span class="time-full muted small"> ({full})</span>}
    </>
  );
}
