import type { ReactNode, Ref } from 'react';
import {
  Button as AriaButton,
  ComboBox as AriaComboBox,
  Input,
  ListBox,
  ListBoxItem,
  Popover,
  Text,
  type Key,
  type ValidationResult,
} from 'react-aria-components';
import { classes, FieldFrame, fieldStyles } from './FormParts';
import styles from './ComboBox.module.css';
import popup from './ListPopup.module.css';

/** One thing the user can pick: its name, and what tells two of one name apart (an email, ids). */
export interface ComboOption {
  id: string;
  name: string;
  detail?: string;
}

/**
 * A field that finds someone (or something) as the user types and lets them pick one (React Aria's ComboBox). The
 * caller searches with the typed text and passes what it found as options; `emptyText` says why the list is empty
 * (searching, no match, type more). With `buttonLabel`, a ▾ button beside the box opens the list. `value` is the
 * picked option's id: undefined leaves it to the combo box, null shows none picked; `defaultValue` is the option
 * picked when it appears, the combo box keeping the choice from then on.
 */
export function ComboBox(props: {
  label: ReactNode;
  description?: ReactNode;
  errorMessage?: ReactNode | ((validation: ValidationResult) => ReactNode);
  options: ComboOption[];
  inputValue: string;
  onInputChange: (text: string) => void;
  value?: string | null;
  defaultValue?: string | null;
  onSelect: (option: ComboOption | null) => void;
  emptyText: ReactNode;
  buttonLabel?: string;
  menuTrigger?: 'input' | 'focus' | 'manual';
  allowsEmptyCollection?: boolean;
  isInvalid?: boolean;
  isRequired?: boolean;
  validate?: (text: string) => string | null | undefined;
  name?: string;
  placeholder?: string;
  inputRef?: Ref<HTMLInputElement>;
  className?: string;
  /** Shown under the field, e.g. a Notice that the search failed. */
  children?: ReactNode;
}) {
  const { validate } = props;
  return (
    <AriaComboBox
      items={props.options}
      inputValue={props.inputValue}
      onInputChange={props.onInputChange}
      {...(props.value !== undefined ? { value: props.value } : {})}
      {...(props.defaultValue !== undefined ? { defaultValue: props.defaultValue } : {})}
      onChange={(key: Key | null) => props.onSelect(props.options.find((o) => o.id === key) ?? null)}
      menuTrigger={props.menuTrigger}
      allowsEmptyCollection={props.allowsEmptyCollection ?? true}
      isInvalid={props.isInvalid}
      isRequired={props.isRequired}
      validate={validate ? (value) => validate(value.inputValue) : undefined}
      name={props.name}
      className={classes(fieldStyles.field, props.className)}
    >
      <FieldFrame parts={{ label: props.label, description: props.description, errorMessage: props.errorMessage }}>
        <div className={styles.row}>
          <Input ref={props.inputRef} placeholder={props.placeholder} className={fieldStyles.control} />
          {props.buttonLabel && (
            <AriaButton aria-label={props.buttonLabel} className={styles.button}>
              <span aria-hidden="true">▾</span>
            </AriaButton>
          )}
        </div>
      </FieldFrame>
      {props.children}
      <Popover className={popup.popover}>
        <ListBox<ComboOption>
          className={popup.listBox}
          renderEmptyState={() => <p className={popup.empty}>{props.emptyText}</p>}
        >
          {(option) => (
            <ListBoxItem id={option.id} textValue={option.name} className={popup.option}>
              <Text slot="label" className={popup.optionName}>
                {option.name}
              </Text>
              {option.detail && (
                <Text slot="description" className={popup.optionDetail}>
                  {option.detail}
                </Text>
              )}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </AriaComboBox>
  );
}
