import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

interface FieldProps {
  label: string;
  hint?: ComponentChildren;
  /** A message about this field's value (from splitErrors or the form's own check), shown under it. */
  error?: string;
  /**
   * Renders the control with the generated id; `describedBy` names the hint and the error (for
   * aria-describedby) and `invalid` is set while there is an error (for aria-invalid).
   */
  children: (ids: { id: string; hintId?: string; describedBy?: string; invalid?: true }) => ComponentChildren;
}

/** A labelled form control with an optional hint and its error under it. */
export function Field({ label, hint, error, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {children({ id, hintId: describedBy, describedBy, invalid: error ? true : undefined })}
      {error && (
        <p class="field-error" id={errorId} role="alert">
          {error}
        </p>
      )}
      {hint && (
        <p class="hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
}

/** The hint of a text field with a length limit: says the limit, and says so when it is reached. */
export function lengthHint(value: string, max: number, base?: string): string {
  const n = [...value].length;
  const limit = n >= max ? `${max} of ${max} characters: that is the limit.` : `${n} of ${max} characters.`;
  return base ? `${base} ${limit}` : limit;
}
