import { Field, lengthHint } from '../components/Field';

export const KEY_NAME_MAX = 100;

/** The sentence a blank key name gets (the API trims names: spaces alone are no name). */
export const blankNameError = (name: string) => (name.trim() ? undefined : 'Enter a name: spaces alone are not a name.');

/** A key's name: its length limit said in the hint, its error (the form's own check or the API's) under it. */
export function KeyNameField({ value, onInput, hint, error }: { value: string; onInput: (value: string) => void; hint: string; error?: string }) {
  return (
    <Field label="Name" hint={lengthHint(value, KEY_NAME_MAX, hint)} error={error}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          required
          maxLength={KEY_NAME_MAX}
          value={value}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          onInput={(e) => onInput(e.currentTarget.value)}
          autoFocus
        />
      )}
    </Field>
  );
}
