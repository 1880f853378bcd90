import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { IssuedKeyInfo, KeyInfo } from '../api';
import { Dialog } from '../components/Dialog';
import { Time } from '../components/Time';
import { Button } from '../components/Button';

interface RevealKeyDialogProps {
  issued: IssuedKeyInfo;
  /** Set after a roll: the key being replaced, and when it stops working. */
  previous?: KeyInfo;
  onClose: () => void;
}

type CopyState = 'idle' | 'copied' | 'failed';

/** Copies `text`; falls back to selecting `input` and execCommand where the Clipboard API is unavailable. */
async function copyText(text: string, input: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    input?.select();
    return document.execCommand('copy');
  }
}

/**
 * The once-only reveal: the plaintext lives in this component's props and nowhere else, and is gone
 * when the dialog closes. Closing it before anything was copied asks "Did you save this key?" first.
 */
export function RevealKeyDialog({ issued, previous, onClose }: RevealKeyDialogProps) {
  const keyInput = useRef<HTMLInputElement>(null);
  const curlInput = useRef<HTMLInputElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const [keyCopy, setKeyCopy] = useState<CopyState>('idle');
  const [curlCopy, setCurlCopy] = useState<CopyState>('idle');
  const [confirming, setConfirming] = useState(false);
  const saved = useRef(false);
  const curl = `curl -H "X-API-Key: ${issued.key}" ${window.location.origin}/api/contacts`;

  // In the commit that shows the question, so the next key pressed already acts on it.
  useLayoutEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  const copy = async (text: string, input: HTMLInputElement | null, set: (s: CopyState) => void) => {
    const ok = await copyText(text, input);
    if (ok) saved.current = true;
    set(ok ? 'copied' : 'failed');
  };

  const canClose = () => {
    if (saved.current) return true;
    setConfirming(true);
    return false;
  };
  const close = (e: Event) => {
    if (canClose()) (e.currentTarget as HTMLElement).closest('dialog')?.close();
  };

  return (
    <Dialog title={previous ? 'Your rolled API key' : 'Your new API key'} onClose={onClose} class="dialog-wide" canClose={canClose}>
      <div class="stack">
        <p class="alert alert-warning">
          <strong>Copy this key now — it's only shown once.</strong> Keyward stores only a hash of it, so nobody can show it to you again. Keep
          it in a secret store or your integration's environment variables, never in frontend code, Git or email.
        </p>
        <div class="field">
          <label for="revealed-key">Your new API key “{issued.name}”</label>
          <div class="copy-row">
            <input
              ref={keyInput}
              id="revealed-key"
              class="mono"
              readOnly
              value={issued.key}
              spellcheck={false}
              autoComplete="off"
              onFocus={(e) => e.currentTarget.select()}
            />
            <Button variant="primary" class="copy-button" onClick={() => void copy(issued.key, keyInput.current, setKeyCopy)} autoFocus>
              {keyCopy === 'copied' ? 'Copied ✓' : 'Copy'}
            </Button>
          </div>
          <p class="hint copy-status" role="status">
            {keyCopy === 'copied' ? 'Copied to the clipboard.' : keyCopy === 'failed' ? 'Could not copy: select the key and press Ctrl+C.' : ''}
          </p>
        </div>
        <div class="field">
          <label for="revealed-curl">Try it: list your contacts with curl</label>
          <div class="copy-row">
            <input
              ref={curlInput}
              id="revealed-curl"
              class="mono curl-line"
              readOnly
              value={curl}
              spellcheck={false}
              autoComplete="off"
              onFocus={(e) => e.currentTarget.select()}
            />
            <Button class="copy-button"
             
             
              aria-label={curlCopy === 'copied' ? 'Copied curl command ✓' : 'Copy curl command'}
              onClick={() => void copy(curl, curlInput.current, setCurlCopy)}
            >
              {curlCopy === 'copied' ? 'Copied ✓' : 'Copy'}
            </Button>
          </div>
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
            Send it in the <code>X-API-Key</code> header of every request.
          </p>
        )}
        {confirming ? (
          <div class="confirm-close" role="alert" aria-labelledby="confirm-close-title">
            <p id="confirm-close-title">
              <strong>Did you save this key?</strong> You have not copied it, and it cannot be shown again once this dialog closes.
            </p>
            <div class="dialog-actions">
              <button type="button" ref={confirmButton} class="button primary" onClick={() => setConfirming(false)}>
                Go back to the key
              </button>
              <Button variant="danger-outline"
               
               
                onClick={(e) => {
                  saved.current = true;
                  (e.currentTarget as HTMLElement).closest('dialog')?.close();
                }}
              >
                I saved it, close
              </Button>
            </div>
          </div>
        ) : (
          <div class="dialog-actions">
            <Button onClick={close}>
              Done
            </Button>
          </div>
        )}
      </div>
    </Dialog>
  );
}
