import { createPortal } from 'preact/compat';
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { buttonClass } from './Button';

export interface MenuItem {
  label: string;
  onSelect: () => void;
  danger?: boolean;
}

const GAP_PX = 4;
const EDGE_PX = 8;

/**
 * Where the open menu goes, in viewport pixels: below the button, right edges aligned; flipped above it
 * when there is no room below, and moved left or right so that it never leaves the viewport.
 */
export function placeMenu(button: DOMRect, menu: { width: number; height: number }, viewport: { width: number; height: number }) {
  const maxLeft = viewport.width - menu.width - EDGE_PX;
  const left = Math.max(EDGE_PX, Math.min(button.right - menu.width, maxLeft));
  const below = button.bottom + GAP_PX;
  const above = button.top - GAP_PX - menu.height;
  let top = below;
  if (below + menu.height > viewport.height - EDGE_PX) top = above >= EDGE_PX ? above : Math.max(EDGE_PX, viewport.height - EDGE_PX - menu.height);
  return { left, top };
}

/**
 * A "⋯" menu button (WAI-ARIA menu button pattern): Enter, Space, a click or a tap opens it with the first
 * item focused, arrows (and Home/End) move, Escape closes it and returns focus to the button, Tab or a click
 * elsewhere closes it.
 *
 * The open menu is rendered at the end of `<body>` with fixed coordinates (see placeMenu), so no scrolling
 * table or card can clip it, and it follows its button when the page scrolls.
 */
export function RowMenu({ label, items }: { label: string; items: MenuItem[] }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const id = useId();

  const itemsEls = () => [...(list.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  // Placed and focused in the same commit that shows the menu (a layout effect, not a later paint), so it
  // never flashes at a wrong place and an arrow key pressed right after Space or Enter lands on the menu.
  useLayoutEffect(() => {
    if (!open) return;
    const place = () => {
      const b = button.current;
      const m = list.current;
      if (!b || !m) return;
      const { left, top } = placeMenu(b.getBoundingClientRect(), m.getBoundingClientRect(), { width: innerWidth, height: innerHeight });
      m.style.left = `${left}px`;
      m.style.top = `${top}px`;
    };
    place();
    itemsEls()[0]?.focus({ preventScroll: true });
    addEventListener('scroll', place, true);
    addEventListener('resize', place);
    return () => {
      removeEventListener('scroll', place, true);
      removeEventListener('resize', place);
    };
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const outside = (e: Event) => {
      const target = e.target as Node;
      if (!button.current?.contains(target) && !list.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  const onKeyDown = (e: KeyboardEvent) => {
    const els = itemsEls();
    const at = els.indexOf(document.activeElement as HTMLButtonElement);
    const move = (i: number) => els[(i + els.length) % els.length]?.focus();
    if (e.key === 'ArrowDown') move(at + 1);
    else if (e.key === 'ArrowUp') move(at - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(els.length - 1);
    else if (e.key === 'Escape') close(true);
    else if (e.key === 'Tab') {
      // Back on the button first, so Tab (or Shift+Tab) moves on from where the menu was opened.
      close(true);
      return;
    } else return;
    e.preventDefault();
    e.stopPropagation();
  };

  if (items.length === 0) return null;
  return (
    <div class="row-menu">
      <button
        ref={button}
        type="button"
        class={buttonClass({ small: true, class: 'row-menu-button' })}
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen(!open)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && !open) {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        <span aria-hidden="true">⋯</span>
      </button>
      {open &&
        createPortal(
          <ul ref={list} id={id} class="row-menu-list" role="menu" aria-label={label} onKeyDown={onKeyDown}>
            {items.map((item) => (
              <li key={item.label} role="none">
                <button
                  type="button"
                  role="menuitem"
                  tabIndex={-1}
                  class={item.danger ? 'danger-text' : undefined}
                  onClick={() => {
                    close(true);
                    item.onSelect();
                  }}
                >
                  {item.label}
                </button>
              </li>
            ))}
          </ul>,
          document.body,
        )}
    </div>
  );
}
