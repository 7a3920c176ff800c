import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { PoolDetailsFragment as Pool } from '../gql/graphql';
import { setPoolSendingWindowMutation, setPoolUnansweredAlertMutation } from './operations';
import { Button } from '../ui/Button';
import { Form } from '../ui/FormParts';
import { NumberField, wholeOrNull } from '../ui/NumberField';
import { OutcomeView, useOutcome } from '../ui/Outcome';
import { TextField } from '../ui/TextField';
import styles from './PoolsScreen.module.css';

/** HH:MM-HH:MM; the server checks the hours themselves. */
const WINDOW = /^\d{2}:\d{2}-\d{2}:\d{2}$/;

/** The hours, in each recipient's time zone, that the pool's bulk sends go out in; its admins change them. */
export function SendingWindowSection({ pool, canEdit }: { pool: Pool; canEdit: boolean }) {
  const intl = useIntl();
  const [windowText, setWindowText] = useState(pool.sendingWindow);
  const [save, { loading }] = useMutation(setPoolSendingWindowMutation);
  const { outcome, run } = useOutcome();
  return (
    <section className={styles.section}>
      <h3 id="pool-window" className={styles.sectionHeading}>
        <FormattedMessage id="pools.window" />
      </h3>
      <p>
        <FormattedMessage id="pools.window.current" values={{ window: pool.sendingWindow }} />
      </p>
      {canEdit && (
        <Form
          className={styles.form}
          onSubmit={(event) => {
            event.preventDefault();
            const typed = windowText.trim();
            void run(
              () => save({ variables: { poolId: pool.id, window: typed } }),
              intl.formatMessage({ id: 'pools.window.saved' }),
            );
          }}
        >
          <TextField
            label={<FormattedMessage id="pools.window.label" />}
            description={<FormattedMessage id="pools.window.hint" />}
            value={windowText}
            onChange={setWindowText}
            validate={(value) =>
              WINDOW.test(value.trim()) ? null : intl.formatMessage({ id: 'pools.window.badFormat' })
            }
            autoComplete="off"
            className={styles.field}
            inputClassName={styles.medium}
          />
          <Button type="submit" variant="primary" isPending={loading}>
            <FormattedMessage id="pools.window.save" />
          </Button>
          <OutcomeView outcome={outcome} />
        </Form>
      )}
    </section>
  );
}

/** After how many working hours the members are emailed about an unanswered reply, if at all; its admins change it. */
export function UnansweredAlertSection({ pool, canEdit }: { pool: Pool; canEdit: boolean }) {
  const intl = useIntl();
  const [hours, setHours] = useState(pool.unansweredAlertHours ?? NaN);
  const [save, { loading }] = useMutation(setPoolUnansweredAlertMutation);
  const { outcome, run } = useOutcome();
  return (
    <section className={styles.section}>
      <h3 id="pool-alert" className={styles.sectionHeading}>
        <FormattedMessage id="pools.alert" />
      </h3>
      <p>
        {pool.unansweredAlertHours === null || pool.unansweredAlertHours === undefined ? (
          <FormattedMessage id="pools.alert.off" />
        ) : (
          <FormattedMessage id="pools.alert.current" values={{ hours: pool.unansweredAlertHours }} />
        )}
      </p>
      {canEdit && (
        <Form
          className={styles.form}
          onSubmit={(event) => {
            event.preventDefault();
            const workingHours = wholeOrNull(hours);
            void run(
              () => save({ variables: { poolId: pool.id, workingHours } }),
              intl.formatMessage({ id: workingHours === null ? 'pools.alert.savedOff' : 'pools.alert.saved' }),
            );
          }}
        >
          <NumberField
            label={<FormattedMessage id="pools.alert.label" />}
            description={<FormattedMessage id="pools.alert.hint" />}
            value={hours}
            onChange={setHours}
            minValue={1}
            maxValue={90}
            className={styles.field}
          />
          <Button type="submit" variant="primary" isPending={loading}>
            <FormattedMessage id="pools.alert.save" />
          </Button>
          <OutcomeView outcome={outcome} />
        </Form>
      )}
    </section>
  );
}
