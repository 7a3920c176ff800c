import type { Ref } from 'react';
import {
  Input,
  SearchField as AriaSearchField,
  type SearchFieldProps as AriaSearchFieldProps,
} from 'react-aria-components';
import { classes, FieldFrame, fieldStyles, type FieldParts } from './FormParts';

export type SearchFieldProps = Omit<AriaSearchFieldProps, 'className' | 'children'> &
  FieldParts & { placeholder?: string; inputRef?: Ref<HTMLInputElement> };

/** A labelled search box (React Aria's SearchField: Escape clears it, Enter submits it). */
export function SearchField({ label, description, errorMessage, className, placeholder, inputRef, ...props }:
  SearchFieldProps) {
  return (
    <AriaSearchField {...props} className={classes(fieldStyles.field, className)}>
      <FieldFrame parts={{ label, description, errorMessage }}>
        <Input ref={inputRef} placeholder={placeholder} className={fieldStyles.control} />
      </FieldFrame>
    </AriaSearchField>
  );
}
