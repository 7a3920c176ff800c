import type { Ref, TextareaHTMLAttributes } from 'react';
import {
  TextArea as AriaTextArea,
  TextField as AriaTextField,
  type TextFieldProps as AriaTextFieldProps,
} from 'react-aria-components';
import { classes, FieldFrame, fieldStyles, type FieldParts } from './FormParts';
import styles from './TextArea.module.css';

export type TextAreaProps = Omit<AriaTextFieldProps, 'className' | 'children'> &
  FieldParts & {
    rows?: number;
    placeholder?: string;
    inputRef?: Ref<HTMLTextAreaElement>;
    inputClassName?: string;
    /** What the box itself takes: its own keys, and the ARIA of a suggestion list it drives. */
    inputProps?: Pick<
      TextareaHTMLAttributes<HTMLTextAreaElement>,
      'onKeyDown' | 'aria-autocomplete' | 'aria-controls' | 'aria-activedescendant'
    >;
  };

/** A labelled text box of several lines, which the user may make taller (React Aria's TextField with a TextArea). */
export function TextArea({ label, description, errorMessage, className, rows, placeholder, inputRef, inputClassName,
  inputProps, ...props }: TextAreaProps) {
  return (
    <AriaTextField {...props} className={classes(fieldStyles.field, className)}>
      <FieldFrame parts={{ label, description, errorMessage }}>
        <AriaTextArea
          {...inputProps}
          ref={inputRef}
          rows={rows}
          placeholder={placeholder}
          className={classes(`${fieldStyles.control} ${styles.textArea}`, inputClassName)}
        />
      </FieldFrame>
    </AriaTextField>
  );
}
