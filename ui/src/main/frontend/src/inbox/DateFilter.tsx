import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Button } from '../ui/Button';
import { Form } from '../ui/FormParts';
import { TextField } from '../ui/TextField';
import { startOfLocalDay } from '../app/days';
import styles from './InboxScreen.module.css';

/** A date range on last activity, as the API takes it: since the start of the first day, until the end of the last. */
export interface ActivityDates {
  since?: string;
  until?: string;
}

/** The days a user chose (yyyy-mm-dd, either may be open), as the address keeps them. */
export interface Days {
  from?: string;
  until?: string;
}

/** The instants the API takes for a range of whole days in the user's time zone. */
export function activityDates(days: Days): ActivityDates {
  return {
    since: days.from ? startOfLocalDay(days.from) : undefined,
    until: days.until ? startOfLocalDay(days.until, 1) : undefined,
  };
}

/**
 * Narrows the view to conversations last active between two days (either may be left open). Applied on submit, so
 * a half-typed date never asks the server.
 */
export function DateFilter({ days, onChange }: { days: Days; onChange: (days: Days) => void }) {
  const intl = useIntl();
  const [from, setFrom] = useState(days.from ?? '');
  const [until, setUntil] = useState(days.until ?? '');
  // Back or a bookmark may change the days applied: the fields show them (state adjusted while rendering).
  const [shown, setShown] = useState(days);
  if (shown.from !== days.from || shown.until !== days.until) {
    setShown(days);
    setFrom(days.from ?? '');
    setUntil(days.until ?? '');
  }
  return (
    <details className={styles.dates}>
      <summary>
        <FormattedMessage id="inbox.dates" />
      </summary>
      <Form
        className={styles.datesForm}
        onSubmit={(event) => {
          event.preventDefault();
          onChange({ from: from || undefined, until: until || undefined });
        }}
      >
        <TextField label={<FormattedMessage id="inbox.dates.from" />} type="date" value={from} onChange={setFrom} />
        <TextField
          label={<FormattedMessage id="inbox.dates.until" />}
          type="date"
          value={until}
          onChange={setUntil}
          validate={(value) =>
            from && value && value < from ? intl.formatMessage({ id: 'inbox.dates.backwards' }) : null
          }
        />
        <div className={styles.datesActions}>
          <Button type="submit" variant="secondary">
            <FormattedMessage id="inbox.dates.apply" />
          </Button>
          <Button
            variant="secondary"
            onPress={() => {
              setFrom('');
              setUntil('');
              onChange({});
            }}
          >
            <FormattedMessage id="inbox.dates.clear" />
          </Button>
        </div>
      </Form>
    </details>
  );
}
