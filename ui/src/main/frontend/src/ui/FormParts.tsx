import type { ReactNode } from 'react';
import {
  FieldError as AriaFieldError,
  Form as AriaForm,
  Label as AriaLabel,
  Text,
  type FieldErrorProps,
  type FormProps,
  type LabelProps,
  type ValidationResult,
} from 'react-aria-components';
import styles from './FormParts.module.css';

/** Joins the kit's own class with the screen's layout class. */
export function classes(own: string, extra?: string): string {
  return extra ? `${own} ${extra}` : own;
}

/**
 * A form validated by React Aria: fields say what is wrong through `validate`/`isRequired`, and a refusal from the
 * server through `validationErrors` (field name to message); on submit, React Aria focuses the first invalid field.
 * Errors show on submit (`validationBehavior="native"`, React Aria's default in forms).
 */
export function Form({ className, ...props }: Omit<FormProps, 'className'> & { className?: string }) {
  // A screen's class lays the form out instead of the default column.
  return <AriaForm {...props} className={className ?? styles.form} />;
}

export function Label({ className, ...props }: LabelProps) {
  return <AriaLabel {...props} className={classes(styles.label, className)} />;
}

/** Help under a field, read with it (aria-describedby). */
export function Description({ className, children }: { className?: string; children: ReactNode }) {
  return (
    <Text slot="description" className={classes(styles.description, className)}>
      {children}
    </Text>
  );
}

/** What is wrong with a field, shown while it is invalid and read with it. */
export function FieldError({ className, ...props }: Omit<FieldErrorProps, 'className'> & { className?: string }) {
  return <AriaFieldError {...props} className={classes(styles.fieldError, className)} />;
}

/** The parts every field takes: its label, help and the message for when it is invalid. */
export interface FieldParts {
  label?: ReactNode;
  description?: ReactNode;
  errorMessage?: ReactNode | ((validation: ValidationResult) => ReactNode);
  /** Layout from the screen (width, grid placement). */
  className?: string;
}

/** The label, help and error of a field, in the order React Aria's starters use. */
export function FieldFrame(props: { parts: FieldParts; children: ReactNode }) {
  return (
    <>
      {props.parts.label !== undefined && <Label>{props.parts.label}</Label>}
      {props.children}
      {props.parts.description !== undefined && <Description>{props.parts.description}</Description>}
      <FieldError>{props.parts.errorMessage}</FieldError>
    </>
  );
}

export { styles as fieldStyles };
