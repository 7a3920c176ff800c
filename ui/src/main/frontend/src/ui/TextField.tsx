import type { Ref } from 'react';
import { Input, TextField as AriaTextField, type TextFieldProps as AriaTextFieldProps } from 'react-aria-components';
import { classes, FieldFrame, fieldStyles, type FieldParts } from './FormParts';

export type TextFieldProps = Omit<AriaTextFieldProps, 'className' | 'children'> &
  FieldParts & {
    placeholder?: string;
    inputRef?: Ref<HTMLInputElement>;
    /** Width of the box from the screen, e.g. a short one for a code. */
    inputClassName?: string;
  };

/** A labelled one-line text field with its help and error (React Aria's TextField). */
export function TextField(
  { label, description, errorMessage, className, placeholder, inputRef, inputClassName, ...props }: TextFieldProps,
) {
  return (
    <AriaTextField {...props} className={classes(fieldStyles.field, className)}>
      <FieldFrame parts={{ label, description, errorMessage }}>
        <Input ref={inputRef} placeholder={placeholder} className={classes(fieldStyles.control, inputClassName)} />
      </FieldFrame>
    </AriaTextField>
  );
}
