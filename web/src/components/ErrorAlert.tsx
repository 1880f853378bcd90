import { ApiError } from '../api';
import { humanMessage } from '../field-errors';

/**
 * Shows what went wrong, once, in words: the server's `detail`, or for a validation error that no form
 * field claimed (see splitErrors), one line per field instead of the detail that repeats them.
 */
export function ErrorAlert({ error }: { error: unknown }) {
  if (!error) return null;
  const fields = error instanceof ApiError ? error.errors : [];
  const detail = error instanceof ApiError ? error.detail : error instanceof Error ? error.message : String(error);
  return (
    <div class="alert alert-error" role="alert">
      {fields.length > 0 ? (
        <>
          <p>Some of what was entered is not valid:</p>
          <ul>
            {fields.map((f) => (
              <li key={f.path + f.message}>
                {fieldName(f.path)}: {humanMessage(f.message)}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{detail}</p>
      )}
    </div>
  );
}

/** A page's status above its table: what went wrong (an alert), then what was just done (a polite live region, always present). */
export function PageStatus({ error, notice }: { error: unknown; notice: string }) {
  return (
    <>
      <ErrorAlert error={error} />
      <p class="notice" role="status">
        {notice}
      </p>
    </>
  );
}

/** "/expires_at" → "Expires at", "/allowed_ips/0" → "Allowed ips, entry 1". */
const fieldName = (path: string) => {
  const [field, index] = path.replace(/^\//, '').split('/');
  const words = (field || 'request').replace(/_/g, ' ');
  const name = words.charAt(0).toUpperCase() + words.slice(1);
  return index !== undefined && /^\d+$/.test(index) ? `${name}, entry ${Number(index) + 1}` : name;
};
