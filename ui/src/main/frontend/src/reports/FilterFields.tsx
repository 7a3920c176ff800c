import { useEffect } from 'react';
import { skipToken, useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useIntl } from 'react-intl';
import { SEARCH_PAUSE_MS, useDebounced } from '../lib/timing';
import { ComboBox } from '../ui/ComboBox';
import { Notice } from '../ui/Notice';
import { TextField } from '../ui/TextField';
import { dateProblem, sentByProblem } from './filters';
import { reportStaffSearchQuery } from './operations';
import type { MessageId } from '../i18n/messages';

/** Sent by: staff found as the user types (after a pause), one of them chosen; typed but not chosen is invalid. */
export function StaffField(props: {
  selected: { id: string; name: string } | null;
  text: string;
  onSelect: (entry: { id: string; name: string } | null) => void;
  onText: (text: string) => void;
  onForbidden: () => void;
}) {
  const intl = useIntl();
  const t = (id: MessageId) => intl.formatMessage({ id });
  const settled = useDebounced(props.text.trim(), SEARCH_PAUSE_MS);
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
  const options = [
    ...(props.selected && !found.some((s) => s.staffUserId === props.selected!.id)
      ? [{ id: props.selected.id, name: props.selected.name }]
      : []),
    ...found.map((s) => ({ id: s.staffUserId, name: s.name, detail: s.email ?? undefined })),
  ];
  const problem = (text: string) => {
    const id = sentByProblem(text, Boolean(props.selected));
    return id ? t(id) : null;
  };
  return (
    <ComboBox
      label={t('reports.field.sentBy')}
      description={t('reports.sentBy.hint')}
      options={options}
      value={props.selected?.id ?? null}
      onSelect={(option) => props.onSelect(option ? { id: option.id, name: option.name } : null)}
      inputValue={props.text}
      onInputChange={props.onText}
      validate={problem}
      placeholder={t('reports.sentBy.anyone')}
      buttonLabel={t('reports.sentBy.showList')}
      emptyText={t(search.loading ? 'reports.sentBy.searching' : 'reports.sentBy.noMatch')}
    >
      <Notice kind="error" size="small" id="reports.sentBy.failed" error={forbidden ? undefined : search.error} />
    </ComboBox>
  );
}

/** From and Until, as the browser's date inputs; Until counts the whole day and may not come before From. */
export function DateFields(props: {
  draft: { from: string; until: string };
  onChange: (key: 'from' | 'until', value: string) => void;
}) {
  return (
    <>
      <DateField
        label="reports.field.from"
        value={props.draft.from}
        onChange={(value) => props.onChange('from', value)}
      />
      <DateField
        label="reports.field.until"
        hint="reports.until.hint"
        value={props.draft.until}
        from={props.draft.from}
        onChange={(value) => props.onChange('until', value)}
      />
    </>
  );
}

function DateField(props: {
  label: MessageId;
  hint?: MessageId;
  value: string;
  /** For Until: the From it may not come before. */
  from?: string;
  onChange: (value: string) => void;
}) {
  const intl = useIntl();
  const t = (id: MessageId) => intl.formatMessage({ id });
  return (
    <TextField
      type="date"
      label={t(props.label)}
      description={props.hint && t(props.hint)}
      value={props.value}
      onChange={props.onChange}
      validate={(value) => {
        const id = dateProblem(value, props.from);
        return id ? t(id) : null;
      }}
      // Text the browser cannot read as a date leaves the value empty: only the input's validity tells.
      errorMessage={({ validationDetails, validationErrors }) =>
        validationDetails.badInput ? t('reports.date.invalid') : validationErrors.join(' ')
      }
    />
  );
}
