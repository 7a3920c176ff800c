import type { ReactNode } from 'react';
import { Radio, RadioGroup as AriaRadioGroup } from 'react-aria-components';
import { classes, Description, fieldStyles, Label } from './FormParts';
import styles from './RadioGroup.module.css';

/**
 * One choice among a few, all in sight (React Aria's RadioGroup: arrow keys move the choice, Tab leaves the group).
 * Horizontal groups wrap onto more lines on a narrow screen.
 */
export function RadioGroup<T extends string>(props: {
  label: ReactNode;
  description?: ReactNode;
  value: T;
  onChange: (value: T) => void;
  options: { id: T; name: ReactNode }[];
  orientation?: 'horizontal' | 'vertical';
  className?: string;
}) {
  const orientation = props.orientation ?? 'vertical';
  return (
    <AriaRadioGroup
      value={props.value}
      onChange={(value) => props.onChange(value as T)}
      orientation={orientation}
      className={classes(fieldStyles.field, props.className)}
    >
      <Label>{props.label}</Label>
      <div className={styles.options} data-orientation={orientation}>
        {props.options.map((option) => (
          <Radio key={option.id} value={option.id} className={styles.radio}>
            {option.name}
          </Radio>
        ))}
      </div>
      {props.description !== undefined && <Description>{props.description}</Description>}
    </AriaRadioGroup>
  );
}
