import { forwardRef } from 'react';
import { Button as AriaButton, type ButtonProps as AriaButtonProps } from 'react-aria-components';
import { classes } from './FormParts';
import styles from './Button.module.css';

export type ButtonVariant = 'primary' | 'secondary' | 'quiet' | 'danger' | 'onBrand';

export type ButtonProps = Omit<AriaButtonProps, 'className'> & {
  /**
   * primary: the one action of a form; secondary: the others; quiet: a small action in a line; danger: cannot be
   * undone; onBrand: an action on the brand-coloured header.
   */
  variant?: ButtonVariant;
  /** small: an offer beside the content (e.g. "turn on notifications") rather than a form's action. */
  size?: 'regular' | 'small';
  /** Layout from the screen (margins, alignment): the look is the variant's. */
  className?: string;
};

/** React Aria's button with the app's look: keyboard, press and pending behaviour are React Aria's. */
export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { variant = 'secondary', size = 'regular', className, ...props },
  ref,
) {
  return (
    <AriaButton
      {...props}
      ref={ref}
      data-variant={variant}
      data-size={size}
      className={classes(styles.button, className)}
    />
  );
});
