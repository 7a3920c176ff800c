import type { ReactNode, Ref } from 'react';
import type { Key, ValidationResult } from 'react-aria-components';
import { ListBox, ListBoxItem, Popover, Select as AriaSelect, SelectValue } from 'react-aria-components';
import { Button as AriaButton } from 'react-aria-components';
import { classes, FieldFrame, fieldStyles } from './FormParts';
import styles from './Select.module.css';
import popup from './ListPopup.module.css';

/**
 * One choice from a short list, shown as a button that opens it (React Aria's Select): labelled on screen, or by
 * ariaLabel where a table's column says what it is. Choosing the option already chosen changes nothing. With
 * isRequired or validate it takes part in its form's validation; a placeholder shows while nothing is chosen.
 */
export function Select<T extends Key>(props: {
  label?: string;
  ariaLabel?: string;
  value: T | null;
  options: { id: T; name: string }[];
  onChange: (value: T) => void;
  isDisabled?: boolean;
  placeholder?: string;
  description?: ReactNode;
  errorMessage?: ReactNode | ((validation: ValidationResult) => ReactNode);
  isRequired?: boolean;
  isInvalid?: boolean;
  validate?: (value: T | null) => string | null | undefined;
  name?: string;
  buttonRef?: Ref<HTMLButtonElement>;
  className?: string;
}) {
  const { validate } = props;
  return (
    <AriaSelect
      value={props.value}
      onChange={(key) => {
        if (key !== null && key !== props.value) {
          props.onChange(key as T);
        }
      }}
      aria-label={props.label ? undefined : props.ariaLabel}
      isDisabled={props.isDisabled}
      placeholder={props.placeholder}
      isRequired={props.isRequired}
      isInvalid={props.isInvalid}
      validate={validate ? (key) => validate(key as T | null) : undefined}
      name={props.name}
      className={classes(fieldStyles.field, props.className)}
    >
      <FieldFrame parts={{ label: props.label, description: props.description, errorMessage: props.errorMessage }}>
        <AriaButton ref={props.buttonRef} className={`${fieldStyles.control} ${styles.button}`}>
          <SelectValue className={styles.value} />
          <span aria-hidden="true">▾</span>
        </AriaButton>
      </FieldFrame>
      <Popover className={popup.popover}>
        <ListBox items={props.options} className={popup.listBox}>
          {(option) => (
            <ListBoxItem id={option.id} textValue={option.name} className={popup.option}>
              {option.name}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </AriaSelect>
  );
}
