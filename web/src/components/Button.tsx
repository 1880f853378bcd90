import type { ButtonHTMLAttributes } from 'preact';

/** The button looks styles/base.css defines (`.button.primary`, `.button.danger`, …): no other variant exists. */
export type ButtonVariant = 'primary' | 'danger' | 'danger-outline' | 'link';

export interface ButtonLook {
  variant?: ButtonVariant;
  small?: boolean;
  /** Full width (`.button.block`). */
  block?: boolean;
  /** A class of the component's own (e.g. "copy-button"), added after the look's. */
  class?: string;
}

/** The class list for a look: "button", then "small", the variant, "block" and the extra class. */
export const buttonClass = ({ variant, small, block, class: extra }: ButtonLook = {}) =>
  ['button', small && 'small', variant, block && 'block', extra].filter(Boolean).join(' ');

type ButtonProps = ButtonLook & Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'class' | 'className' | 'type'> & { type?: 'button' | 'submit' };

/** A `<button>` with one of the defined looks; `type` is "button" unless it submits its form. */
export function Button({ variant, small, block, class: extra, type = 'button', ...rest }: ButtonProps) {
  return <button type={type} class={buttonClass({ variant, small, block, class: extra })} {...rest} />;
}
