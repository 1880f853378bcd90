import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { capitalize } from '../format';
import { linkClick } from '../router';
import { useSession } from '../session';
import { Button, buttonClass } from './Button';

/** The signed-in user's name; opens a small menu with who/where they are and "Log out". */
export function UserMenu({ onLogout }: { onLogout: () => void }) {
  const { user, workspace } = useSession();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (!open) return;
    const outside = (e: Event) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', outside);
    document.addEventListener('focusin', outside);
    return () => {
      document.removeEventListener('mousedown', outside);
      document.removeEventListener('focusin', outside);
    };
  }, [open]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && open) {
      setOpen(false);
      button.current?.focus();
    }
  };

  return (
    <div class="user-menu" ref={root} onKeyDown={onKeyDown}>
      <button ref={button} type="button" class="user-button" aria-expanded={open} aria-controls={menuId} onClick={() => setOpen(!open)}>
        <span class="avatar" aria-hidden="true">
          {initials(user.name)}
        </span>
        <span class="user-name">{user.name}</span>
        <span class="chevron" aria-hidden="true">
          ▾
        </span>
      </button>
      <div id={menuId} class="user-popover" hidden={!open}>
        <p class="user-popover-name">{user.name}</p>
        <p class="muted">{user.email}</p>
        <p class="muted">
          {capitalize(user.role)} · {workspace.name}
        </p>
        <a
          class={buttonClass()}
          href="/settings/account"
          onClick={(e) => {
            setOpen(false);
            linkClick(e);
          }}
        >
          Account settings
        </a>
        <Button onClick={onLogout}>Log out</Button>
      </div>
    </div>
  );
}

const initials = (name: string) =>
  name
    .trim()
    .split(/\s+/)
    .slice(0, 2)
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
