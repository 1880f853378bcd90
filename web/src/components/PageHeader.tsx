import type { ComponentChildren } from 'preact';
import { Button } from './Button';

interface PageHeaderProps {
  /** The part of the app the page belongs to ("Settings"), above the title. */
  eyebrow?: string;
  /** The page's heading; it takes the focus after a navigation (tabIndex -1). */
  title: string;
  /** The page's one button, at the header's end: a primary one unless `secondary`. */
  action?: { label: string; onClick: () => void; disabled?: boolean; secondary?: boolean };
  /** What the page is for: a muted paragraph under the title. */
  children?: ComponentChildren;
}

/** The header of a page: eyebrow, title and what the page is for, then the page's button. */
export function PageHeader({ eyebrow, title, action, children }: PageHeaderProps) {
  return (
    <div class="page-header">
      <div>
        {eyebrow && <p class="eyebrow">{eyebrow}</p>}
        <h1 tabIndex={-1}>{title}</h1>
        {children && <p class="muted">{children}</p>}
      </div>
      {action && (
        <Button variant={action.secondary ? undefined : 'primary'} disabled={action.disabled} onClick={action.onClick}>
          {action.label}
        </Button>
      )}
    </div>
  );
}
