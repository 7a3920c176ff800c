import type { Ref } from 'react';
import {
  Input,
  NumberField as AriaNumberField,
  type NumberFieldProps as AriaNumberFieldProps,
} from 'react-aria-components';
import { classes, FieldFrame, fieldStyles, type FieldParts } from './FormParts';
import styles from './NumberField.module.css';

/** A NumberField's format for whole numbers: no decimals, no grouping. */
export const WHOLE = { maximumFractionDigits: 0, useGrouping: false } as const;

/** A whole number typed in a NumberField (NaN when empty), or null. */
export function wholeOrNull(value: number): number | null {
  return Number.isFinite(value) ? Math.round(value) : null;
}

export type NumberFieldProps = Omit<AriaNumberFieldProps, 'className' | 'children'> &
  FieldParts & { inputRef?: Ref<HTMLInputElement> };

/**
 * A labelled number field (React Aria's NumberField: arrow keys step, the value is parsed in the user's locale),
 * short because the numbers are. Whole numbers unless formatOptions says otherwise.
 */
export function NumberField({ label, description, errorMessage, className, inputRef, formatOptions = WHOLE,
  ...props }: NumberFieldProps) {
  return (
    <AriaNumberField {...props} formatOptions={formatOptions} className={classes(fieldStyles.field, className)}>
      <FieldFrame parts={{ label, description, errorMessage }}>
        <Input ref={inputRef} className={`${fieldStyles.control} ${styles.input}`} />
      </FieldFrame>
    </AriaNumberField>
  );
}
