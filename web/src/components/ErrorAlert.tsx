import { ApiError } from '../api';

/** Shows the server's `detail` (and per-field messages for validation errors) as text. */
export function ErrorAlert({ error }: { error: unknown }) {
  if (!error) return null;
  const detail = error instanceof ApiError ? error.detail : error instanceof Error ? error.message : String(error);
  const fields = error instanceof ApiError ? error.errors : [];
  return (
    <div class="alert alert-error" role="alert">
      <p>{detail}</p>
      {fields.length > 0 && (
        <ul>
          {fields.map((f) => (
            <li key={f.path + f.message}>
              {fieldName(f.path)} {f.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** "/expires_at" → "expires at". */
const fieldName = (path: string) => path.replace(/^\//, '').replace(/[/_]/g, ' ') || 'request';
