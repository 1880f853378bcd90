import { useRef, useState } from 'preact/hooks';
import type { ApiKey, IssuedKey } from '../api';
import { Dialog, closeDialog } from '../components/Dialog';
import { Time } from '../components/Time';

interface RevealKeyDialogProps {
  issued: IssuedKey;
  /** Set after a roll: the key being replaced, and when it stops working. */
  previous?: ApiKey;
  onClose: () => void;
}

/**
 * The once-only reveal: the plaintext lives in this component's props and nowhere else, and is gone
 * when the dialog closes.
 */
export function RevealKeyDialog({ issued, previous, onClose }: RevealKeyDialogProps) {
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(issued.key);
      setCopied('yes');
    } catch {
      // Clipboard API unavailable (an insecure origin, say): select the text so Ctrl+C copies it.
      input.current?.select();
      setCopied(document.execCommand('copy') ? 'yes' : 'failed');
    }
  };

  return (
    <Dialog title={previous ? 'Your rolled API key' : 'Your new API key'} onClose={onClose} class="dialog-wide">
      <div class="stack">
        <p class="alert alert-warning">
          <strong>Copy this key now — it's only shown once.</strong> Keyward stores only a hash of it, so nobody can show it to you again. Keep
          it in a secret store or your integration's environment variables, never in frontend code, Git or email.
        </p>
        <div class="field">
          <label for="revealed-key">Your new API key “{issued.name}”</label>
          <div class="copy-row">
            <input
              ref={input}
              id="revealed-key"
              class="mono"
              readOnly
              value={issued.key}
              spellcheck={false}
              autoComplete="off"
              onFocus={(e) => e.currentTarget.select()}
            />
            <button type="button" class="button primary" onClick={() => void copy()} autoFocus>
              Copy
            </button>
          </div>
          <p class="hint" role="status">
            {copied === 'yes' ? 'Copied to the clipboard.' : copied === 'failed' ? 'Could not copy: select the key and press Ctrl+C.' : ''}
          </p>
        </div>
        {previous ? (
          <p>
            The old key ({previous.hint}){' '}
            {previous.expires_at ? (
              <>
                keeps working until <Time iso={previous.expires_at} />
              </>
            ) : (
              'keeps working'
            )}
            . Update your integration to use the new key, check it works (<code>GET /api/me</code>), then revoke the old one.
          </p>
        ) : (
          <p class="muted">
            Send it in the <code>X-API-Key</code> header: <code>curl -H "X-API-Key: ak_live_…" {location.origin}/api/contacts</code>
          </p>
        )}
        <div class="dialog-actions">
          <button type="button" class="button" onClick={closeDialog}>
            Done
          </button>
        </div>
      </div>
    </Dialog>
  );
}
