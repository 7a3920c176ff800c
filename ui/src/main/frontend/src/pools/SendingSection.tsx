import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Button, Form, Input, Label, NumberField, Text, TextField } from 'react-aria-components';
import type { PoolDetailsFragment as Pool } from '../gql/graphql';
import { setPoolSendingWindowMutation, setPoolUnansweredAlertMutation } from './operations';
import { OutcomeView, WHOLE, useOutcome, wholeOrNull } from './parts';
import styles from './PoolsScreen.module.css';

/** HH:MM-HH:MM; the server checks the hours themselves. */
const WINDOW = /^\d{2}:\d{2}-\d{2}:\d{2}$/;

/** The hours, in each recipient's time zone, that the pool's bulk sends go out in; its admins change them. */
export function SendingWindowSection({ pool, canEdit }: { pool: Pool; canEdit: boolean }) {
  const intl = useIntl();
  const [windowText, setWindowText] = useState(pool.sendingWindow);
  const [save, { loading }] = useMutation(setPoolSendingWindowMutation);
  const { outcome, run, fail } = useOutcome();
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
            if (!WINDOW.test(typed)) {
              fail(intl.formatMessage({ id: 'pools.window.badFormat' }));
              return;
            }
            void run(
              () => save({ variables: { poolId: pool.id, window: typed } }),
              intl.formatMessage({ id: 'pools.window.saved' }),
            );
          }}
        >
          <TextField value={windowText} onChange={setWindowText} autoComplete="off" className={styles.field}>
            <Label className={styles.label}>
              <FormattedMessage id="pools.window.label" />
            </Label>
            <Input className={`${styles.input} ${styles.medium}`} />
            <Text slot="description" className={styles.hint}>
              <FormattedMessage id="pools.window.hint" />
            </Text>
          </TextField>
          <Button type="submit" className={styles.primary} isPending={loading}>
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
            value={hours}
            onChange={setHours}
            minValue={1}
            maxValue={90}
            formatOptions={WHOLE}
            className={styles.field}
          >
            <Label className={styles.label}>
              <FormattedMessage id="pools.alert.label" />
            </Label>
            <Input className={`${styles.input} ${styles.short}`} />
            <Text slot="description" className={styles.hint}>
              <FormattedMessage id="pools.alert.hint" />
            </Text>
          </NumberField>
          <Button type="submit" className={styles.primary} isPending={loading}>
            <FormattedMessage id="pools.alert.save" />
          </Button>
          <OutcomeView outcome={outcome} />
        </Form>
      )}
    </section>
  );
}
