import type { IssuedKeyInfo, KeyInfo } from '../api';
import { Dialog } from '../components/Dialog';
import { CopyField, SaveGuardActions, useSaveGuard } from '../components/SecretReveal';
import { Time } from '../components/Time';

interface RevealKeyDialogProps {
  issued: IssuedKeyInfo;
  /** Set after a roll: the key being replaced, and when it stops working. */
  previous?: KeyInfo;
  onClose: () => void;
}

/**
 * The once-only reveal: the plaintext lives in this component's props and nowhere else, and is gone
 * when the dialog closes. Closing it before anything was copied asks "Did you save this key?" first.
 */
export function RevealKeyDialog({ issued, previous, onClose }: RevealKeyDialogProps) {
  const guard = useSaveGuard();
  const curl = `curl -H "X-API-Key: ${issued.key}" ${window.location.origin}/api/contacts`;

  return (
    <Dialog title={previous ? 'Your rolled API key' : 'Your new API key'} onClose={onClose} class="dialog-wide" canClose={guard.canClose}>
      <div class="stack">
        <p class="alert alert-warning">
          <strong>Copy this key now — it's only shown once.</strong> Keyward stores only a hash of it, so nobody can show it to you again. Keep it in a secret
          store or your integration's environment variables, never in frontend code, Git or email.
        </p>
        <CopyField
          id="revealed-key"
          label={`Your new API key “${issued.name}”`}
          value={issued.key}
          inputClass="mono"
          main
          noun="the key"
          onCopied={guard.copied}
        />
        <CopyField
          id="revealed-curl"
          label="Try it: list your contacts with curl"
          value={curl}
          inputClass="mono curl-line"
          ariaLabel={(copied) => (copied ? 'Copied curl command ✓' : 'Copy curl command')}
          onCopied={guard.copied}
        />
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
        <SaveGuardActions
          guard={guard}
          questionId="confirm-close-title"
          back="Go back to the key"
          question={
            <>
              <strong>Did you save this key?</strong> You have not copied it, and it cannot be shown again once this dialog closes.
            </>
          }
        />
      </div>
    </Dialog>
  );
}
