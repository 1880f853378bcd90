import type { ComponentChildren } from 'preact';

/** The centred card used by the signed-out pages. */
export function AuthFrame({ title, intro, children }: { title: string; intro?: ComponentChildren; children: ComponentChildren }) {
  return (
    <main class="auth" id="main">
      <div class="auth-card">
        <div class="brand brand-large">
          <span class="brand-mark" aria-hidden="true">
            K
          </span>
          <span>Keyward</span>
        </div>
        <h1 tabIndex={-1}>{title}</h1>
        {intro && <p class="muted">{intro}</p>}
        {children}
      </div>
    </main>
  );
}
