import { useState } from 'preact/hooks';
import { Button } from './Button';

/**
 * Recovery codes, shown this once: a list, a Copy button, and "I saved them" (which `onSaved` answers;
 * nothing else leaves the view, so nobody skips past them by accident).
 */
export function RecoveryCodesView({ codes, onSaved, savedLabel = 'I saved them' }: { codes: readonly string[]; onSaved: () => void; savedLabel?: string }) {
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const doCopy = async () => {
    try {
      await navigator.clipboard.writeText(codes.join('\n'));
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };
  return (
    <div class="stack">
      <p class="alert alert-warning">
        <strong>Save these recovery codes now — they are shown only once.</strong> Each one signs you in once in place of a code from your authenticator app, if
        you lose it.
      </p>
      <ul class="recovery-codes" aria-label="Recovery codes">
        {codes.map((c) => (
          <li key={c}>
            <code>{c}</code>
          </li>
        ))}
      </ul>
      <div class="form-actions">
        <Button onClick={() => void doCopy()}>{copy === 'copied' ? 'Copied ✓' : 'Copy'}</Button>
        <Button variant="primary" onClick={onSaved}>
          {savedLabel}
        </Button>
      </div>
      <p class="hint" role="status">
        {copy === 'copied' ? 'Copied to the clipboard.' : copy === 'failed' ? 'Could not copy: select the codes and copy them by hand.' : ''}
      </p>
    </div>
  );
}
