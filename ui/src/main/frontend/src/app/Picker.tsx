import type { Key } from 'react-aria-components';
import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';
import styles from './Picker.module.css';
import popup from './ListPopup.module.css';

/**
 * One choice from a short list, shown as a button that opens it (React Aria's Select): labelled on screen, or by
 * ariaLabel where a table's column says what it is. Choosing the option already chosen changes nothing.
 */
export function Picker<T extends Key>(props: {
  label?: string;
  ariaLabel?: string;
  value: T;
  options: { id: T; name: string }[];
  onChange: (value: T) => void;
  isDisabled?: boolean;
}) {
  return (
    <Select
      value={props.value}
      onChange={(key) => {
        if (key !== null && key !== props.value) {
          props.onChange(key as T);
        }
      }}
      aria-label={props.label ? undefined : props.ariaLabel}
      isDisabled={props.isDisabled}
      className={styles.field}
    >
      {props.label && <Label className={styles.label}>{props.label}</Label>}
      <Button className={styles.button}>
        <SelectValue className={styles.value} />
        <span aria-hidden="true">▾</span>
      </Button>
      <Popover className={popup.popover}>
        <ListBox items={props.options} className={popup.listBox}>
          {(option) => (
            <ListBoxItem id={option.id} className={popup.option}>
              {option.name}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}
