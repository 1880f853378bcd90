import type { ComponentChildren } from 'preact';
import { linkClick } from '../router';

/** An in-app link; marked aria-current="page" when it is the current page. */
export function NavLink({ href, current, children }: { href: string; current: string; children: ComponentChildren }) {
  const active = current === href || current.startsWith(`${href}/`);
  return (
    <a href={href} onClick={linkClick} aria-current={active ? 'page' : undefined} class={active ? 'nav-link active' : 'nav-link'}>
      {children}
    </a>
  );
}
