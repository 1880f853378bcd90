import type { ComponentChildren, InputHTMLAttributes, LooseInputHTMLAttributes } from 'preact';
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

type InputAttributes = Omit<LooseInputHTMLAttributes<HTMLInputElement>, 'id' | 'label' | 'role' | 'value' | 'onInput' | 'aria-describedby' | 'aria-invalid'>;

type TextFieldProps = InputAttributes & {
  label: string;
  hint?: ComponentChildren;
  error?: string;
  value: string;
  /** The value as typed (each keystroke). */
  onValue: (value: string) => void;
};

/** A labelled `<input>` (text, email, password…): its hint and error described by it, its other attributes passed on. */
export function TextField({ label, hint, error, value, onValue, ...input }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {({ id, describedBy, invalid }) => (
        <input
          {...(input as InputHTMLAttributes<HTMLInputElement>)}
          id={id}
          value={value}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          onInput={(e) => onValue(e.currentTarget.value)}
        />
      )}
    </Field>
  );
}

/** A password: required, hidden, and `autoComplete` tells the browser whether it is the current one or a new one. */
export function PasswordField(props: Omit<TextFieldProps, 'type' | 'required' | 'autoComplete'> & { autoComplete: 'current-password' | 'new-password' }) {
  return <TextField type="password" required {...props} />;
}

/** A two-factor code (from the authenticator app, or a recovery code where the step takes one), which the browser may fill in. */
export function CodeField(props: Omit<TextFieldProps, 'label' | 'required' | 'autoComplete'>) {
  return <TextField label="Authentication code" autoComplete="one-time-code" required {...props} />;
}

/** The `<option>`s of a `<select>`, one a choice. */
function Options<T extends string>({ options }: { options: readonly { value: T; label: string }[] }) {
  return (
    <>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </>
  );
}

interface SelectFieldProps<T extends string> {
  label: string;
  hint?: ComponentChildren;
  value: T;
  options: readonly { value: T; label: string }[];
  onValue: (value: T) => void;
  autoFocus?: boolean;
}

/** A labelled `<select>` of `options`, its hint (say, what the chosen one means) described by it. */
export function SelectField<T extends string>({ label, hint, value, options, onValue, autoFocus }: SelectFieldProps<T>) {
  return (
    <Field label={label} hint={hint}>
      {({ id, hintId }) => (
        <select id={id} value={value} aria-describedby={hintId} onChange={(e) => onValue(e.currentTarget.value as T)} autoFocus={autoFocus}>
          <Options options={options} />
        </select>
      )}
    </Field>
  );
}

/** The hint of a text field with a length limit: says the limit, and says so when it is reached. */
export function lengthHint(value: string, max: number, base?: string): string {
  const n = [...value].length;
  const limit = n >= max ? `${max} of ${max} characters: that is the limit.` : `${n} of ${max} characters.`;
  return base ? `${base} ${limit}` : limit;
}
