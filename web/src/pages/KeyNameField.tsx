import { useState } from 'preact/hooks';
import { TextField, lengthHint } from '../components/Field';

export const KEY_NAME_MAX = 100;

/** The sentence a blank key name gets (the API trims names: spaces alone are no name). */
const blankNameError = (name: string) => (name.trim() ? undefined : 'Enter a name: spaces alone are not a name.');

/**
 * A key's name as typed, for `KeyNameField`: `check()` (before sending) says whether it is a name and, when it
 * is blank, shows why until the next keystroke.
 */
export function useKeyName(initial: string) {
  const [name, setName] = useState(initial);
  const [blank, setBlank] = useState<string | undefined>();
  const onInput = (value: string) => {
    setName(value);
    setBlank(undefined);
  };
  const check = () => {
    const error = blankNameError(name);
    setBlank(error);
    return !error;
  };
  return { name, blank, onInput, check };
}

/** A key's name: its length limit said in the hint, its error (the form's own check, else the API's) under it. */
export function KeyNameField({ state, hint, error }: { state: ReturnType<typeof useKeyName>; hint: string; error?: string }) {
  return (
    <TextField
      label="Name"
      hint={lengthHint(state.name, KEY_NAME_MAX, hint)}
      error={state.blank ?? error}
      required
      maxLength={KEY_NAME_MAX}
      value={state.name}
      onValue={state.onInput}
      autoFocus
    />
  );
}
