import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';
import styles from './people.module.css';

/** A labelled single choice (react-aria Select). */
export function Choice(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: { id: string; name: string }[];
}) {
  return (
    <Select
      className={styles.field}
      selectedKey={props.value || null}
      onSelectionChange={(key) => props.onChange(String(key))}
    >
      <Label>{props.label}</Label>
      <Button className={styles.select}>
        <SelectValue />
        <span aria-hidden="true"> ▾</span>
      </Button>
      <Popover className={styles.popover}>
        <ListBox items={props.options} className={styles.listbox}>
          {(option) => (
            <ListBoxItem id={option.id} className={styles.option}>
              {option.name}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}
