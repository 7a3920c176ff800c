import { useEffect, useId, useState, type RefObject } from 'react';
import { skipToken, useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { FormattedMessage, useIntl } from 'react-intl';
import {
  Button,
  ComboBox,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Text,
} from 'react-aria-components';
import { errorSentence } from '../app/errors';
import type { Problems } from './filters';
import { reportStaffSearchQuery } from './operations';
import styles from './ReportsScreen.module.css';
import popup from '../ui/ListPopup.module.css';
import type { MessageId } from '../i18n/messages';

/** Sent by: staff found as the user types (after a pause), one of them chosen. */
export function StaffField(props: {
  inputRef: RefObject<HTMLInputElement | null>;
  selected: { id: string; name: string } | null;
  text: string;
  problem?: MessageId;
  onSelect: (entry: { id: string; name: string } | null) => void;
  onText: (text: string) => void;
  onForbidden: () => void;
}) {
  const intl = useIntl();
  const t = (id: MessageId) => intl.formatMessage({ id });
  const [settled, setSettled] = useState(props.text.trim());
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(props.text.trim()), 300);
    return () => window.clearTimeout(timer);
  }, [props.text]);
  const search = useQuery(reportStaffSearchQuery, settled ? { variables: { text: settled } } : skipToken);
  const forbidden =
    CombinedGraphQLErrors.is(search.error) &&
    search.error.errors.some((e) => e.extensions?.code === 'FORBIDDEN');
  const { onForbidden } = props;
  useEffect(() => {
    if (forbidden) {
      onForbidden();
    }
  }, [forbidden, onForbidden]);
  const found = (search.data ?? search.previousData)?.searchStaff ?? [];
  // The chosen person stays an option, so the field can show them whatever the last search found.
  const items = [
    ...(props.selected && !found.some((s) => s.staffUserId === props.selected!.id)
      ? [{ staffUserId: props.selected.id, name: props.selected.name, email: null }]
      : []),
    ...found,
  ];
  return (
    <ComboBox
      items={items}
      value={props.selected?.id ?? null}
      onChange={(key) => {
        const entry = items.find((s) => s.staffUserId === key);
        props.onSelect(entry ? { id: entry.staffUserId, name: entry.name } : null);
      }}
      inputValue={props.text}
      onInputChange={props.onText}
      isInvalid={Boolean(props.problem)}
      allowsEmptyCollection
      className={styles.field}
    >
      <Label className={styles.label}>{t('reports.field.sentBy')}</Label>
      <div className={styles.comboRow}>
        <Input ref={props.inputRef} placeholder={t('reports.sentBy.anyone')} className={styles.input} />
        <Button aria-label={t('reports.sentBy.showList')} className={styles.comboButton}>
          <span aria-hidden="true">▾</span>
        </Button>
      </div>
      <Text slot="description" className={styles.hint}>
        {t('reports.sentBy.hint')}
      </Text>
      <FieldError className={styles.fieldError}>{props.problem && t(props.problem)}</FieldError>
      {search.error && !forbidden && (
        <p role="alert" className={styles.fieldError}>
          <FormattedMessage id="reports.sentBy.failed" values={{ reason: errorSentence(search.error, intl) }} />
        </p>
      )}
      <Popover className={popup.popover}>
        <ListBox
          className={popup.listBox}
          renderEmptyState={() => (
            <p className={popup.empty}>
              {t(search.loading ? 'reports.sentBy.searching' : 'reports.sentBy.noMatch')}
            </p>
          )}
        >
          {(entry: (typeof items)[number]) => (
            <ListBoxItem id={entry.staffUserId} textValue={entry.name} className={popup.option}>
              <span className={popup.optionName}>{entry.name}</span>
              {entry.email && <span className={popup.optionDetail}>{entry.email}</span>}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}

/** From and Until, as native date inputs; Until counts the whole day. */
export function DateFields(props: {
  draft: { from: string; until: string };
  problems: Problems;
  refs: { from: RefObject<HTMLInputElement | null>; until: RefObject<HTMLInputElement | null> };
  onChange: (key: 'from' | 'until', value: string) => void;
}) {
  return (
    <>
      <DateField
        label="reports.field.from"
        value={props.draft.from}
        problem={props.problems.from}
        inputRef={props.refs.from}
        onChange={(value) => props.onChange('from', value)}
      />
      <DateField
        label="reports.field.until"
        hint="reports.until.hint"
        value={props.draft.until}
        problem={props.problems.until}
        inputRef={props.refs.until}
        onChange={(value) => props.onChange('until', value)}
      />
    </>
  );
}

function DateField(props: {
  label: MessageId;
  hint?: MessageId;
  value: string;
  problem?: MessageId;
  inputRef: RefObject<HTMLInputElement | null>;
  onChange: (value: string) => void;
}) {
  const intl = useIntl();
  const id = useId();
  const describedBy = [props.hint && `${id}-hint`, props.problem && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {intl.formatMessage({ id: props.label })}
      </label>
      <input
        id={id}
        ref={props.inputRef}
        type="date"
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
        aria-invalid={props.problem ? true : undefined}
        aria-describedby={describedBy || undefined}
        className={styles.input}
      />
      {props.hint && (
        <span id={`${id}-hint`} className={styles.hint}>
          {intl.formatMessage({ id: props.hint })}
        </span>
      )}
      {props.problem && (
        <span id={`${id}-error`} className={styles.fieldError}>
          {intl.formatMessage({ id: props.problem })}
        </span>
      )}
    </div>
  );
}

/** Whether the date inputs hold text the browser could not read as a date. */
export function unreadableDates(refs: {
  from: RefObject<HTMLInputElement | null>;
  until: RefObject<HTMLInputElement | null>;
}) {
  return {
    from: Boolean(refs.from.current?.validity.badInput),
    until: Boolean(refs.until.current?.validity.badInput),
  };
}
