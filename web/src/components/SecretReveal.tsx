import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { Button, buttonClass } from './Button';

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

interface CopyFieldProps {
  id: string;
  label: ComponentChildren;
  value: string;
  /** The input's classes ("mono", "mono curl-line"). */
  inputClass?: string;
  testId?: string;
  /** The main copy button (primary, focused when the dialog opens) rather than a secondary one. */
  main?: boolean;
  /** What the status line calls the value ("the key"); without it there is no status line. */
  noun?: string;
  /** The button's accessible name, when the visible "Copy" needs more words. */
  ariaLabel?: (copied: boolean) => string;
  /** Called after a successful copy (the value counts as saved). */
  onCopied?: () => void;
}

/** A value shown once, read-only, with a Copy button and (with `noun`) a line saying whether it was copied. */
export function CopyField({ id, label, value, inputClass, testId, main, noun, ariaLabel, onCopied }: CopyFieldProps) {
  const input = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<CopyState>('idle');
  const doCopy = async () => {
    const ok = await copyText(value, input.current);
    if (ok) onCopied?.();
    setCopy(ok ? 'copied' : 'failed');
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <div class="copy-row">
        <input
          ref={input}
          id={id}
          class={inputClass}
          readOnly
          value={value}
          spellcheck={false}
          autoComplete="off"
          data-testid={testId}
          onFocus={(e) => e.currentTarget.select()}
        />
        <Button
          variant={main ? 'primary' : undefined}
          class="copy-button"
          aria-label={ariaLabel?.(copy === 'copied')}
          onClick={() => void doCopy()}
          autoFocus={main}
        >
          {copy === 'copied' ? 'Copied ✓' : 'Copy'}
        </Button>
      </div>
      {noun && (
        <p class="hint copy-status" role="status">
          {copy === 'copied' ? 'Copied to the clipboard.' : copy === 'failed' ? `Could not copy: select ${noun} and press Ctrl+C.` : ''}
        </p>
      )}
    </div>
  );
}

/**
 * The once-only guard of a dialog that shows a secret: closing it before anything was copied asks "Did you
 * save this …?" first. Pass `canClose` to the Dialog, call `copied()` after each copy, and render
 * `<SaveGuardActions>` as the dialog's last row.
 */
export function useSaveGuard() {
  const saved = useRef(false);
  const [confirming, setConfirming] = useState(false);
  const canClose = () => {
    if (saved.current) return true;
    setConfirming(true);
    return false;
  };
  return { confirming, setConfirming, canClose, copied: () => void (saved.current = true), saved };
}

interface SaveGuardActionsProps {
  guard: ReturnType<typeof useSaveGuard>;
  /** The question, in a `<p>` of its own. */
  question: ComponentChildren;
  /** "Go back to the key". */
  back: string;
  /** An id for the question, which then labels the alert. */
  questionId?: string;
}

/** Done, or (once closing was asked before anything was copied) the question with "go back" and "I saved it, close". */
export function SaveGuardActions({ guard, question, back, questionId }: SaveGuardActionsProps) {
  const backButton = useRef<HTMLButtonElement>(null);
  // In the commit that shows the question, so the next key pressed already acts on it.
  useLayoutEffect(() => {
    if (guard.confirming) backButton.current?.focus();
  }, [guard.confirming]);
  const close = (e: Event) => (e.currentTarget as HTMLElement).closest('dialog')?.close();
  if (!guard.confirming) {
    return (
      <div class="dialog-actions">
        <Button onClick={(e) => guard.canClose() && close(e)}>Done</Button>
      </div>
    );
  }
  return (
    <div class="confirm-close" role="alert" aria-labelledby={questionId}>
      <p id={questionId}>{question}</p>
      <div class="dialog-actions">
        <button type="button" ref={backButton} class={buttonClass({ variant: 'primary' })} onClick={() => guard.setConfirming(false)}>
          {back}
        </button>
        <Button
          variant="danger-outline"
          onClick={(e) => {
            guard.saved.current = true;
            close(e);
          }}
        >
          I saved it, close
        </Button>
      </div>
    </div>
  );
}
