import { useId, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { Button, Form } from 'react-aria-components';
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
  const id = useId();
  const [from, setFrom] = useState(days.from ?? '');
  const [until, setUntil] = useState(days.until ?? '');
  const [problem, setProblem] = useState(false);
  // Back or a bookmark may change the days applied: the fields show them (state adjusted while rendering).
  const [shown, setShown] = useState(days);
  if (shown.from !== days.from || shown.until !== days.until) {
    setShown(days);
    setFrom(days.from ?? '');
    setUntil(days.until ?? '');
    setProblem(false);
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
          if (from && until && until < from) {
            setProblem(true);
            return;
          }
          setProblem(false);
          onChange({ from: from || undefined, until: until || undefined });
        }}
      >
        <label htmlFor={`${id}-from`}>
          <FormattedMessage id="inbox.dates.from" />
        </label>
        <input id={`${id}-from`} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        <label htmlFor={`${id}-until`}>
          <FormattedMessage id="inbox.dates.until" />
        </label>
        <input
          id={`${id}-until`}
          type="date"
          value={until}
          onChange={(e) => setUntil(e.target.value)}
          aria-invalid={problem || undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
        />
        {problem && (
          <p id={`${id}-problem`} role="alert" className={styles.error}>
            <FormattedMessage id="inbox.dates.backwards" />
          </p>
        )}
        <div className={styles.datesActions}>
          <Button type="submit" className={styles.notify}>
            <FormattedMessage id="inbox.dates.apply" />
          </Button>
          <Button
            className={styles.notify}
            onPress={() => {
              setFrom('');
              setUntil('');
              setProblem(false);
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
