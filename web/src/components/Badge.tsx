import type { ComponentChildren } from 'preact';

export type Tone = 'green' | 'red' | 'gray' | 'amber' | 'blue';

export function Badge({ tone, children, title }: { tone: Tone; children: ComponentChildren; title?: string }) {
  return (
    <span class={`badge badge-${tone}`} title={title}>
      {children}
    </span>
  );
}
