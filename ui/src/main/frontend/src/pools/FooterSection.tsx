import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { PoolDetailsFragment as Pool } from '../gql/graphql';
import { setPoolFooterMutation } from './operations';
import { Button } from '../ui/Button';
import { Form } from '../ui/FormParts';
import { NumberField, wholeOrNull } from '../ui/NumberField';
import { OutcomeView, useOutcome } from '../ui/Outcome';
import { TextArea } from '../ui/TextArea';
import styles from './PoolsScreen.module.css';

/** The footer added to a person's first text and again after some days; its admins change both. */
export function FooterSection({ pool, canEdit }: { pool: Pool; canEdit: boolean }) {
  return (
    <section className={styles.section}>
      <h3 id="pool-footer" className={styles.sectionHeading}>
        <FormattedMessage id="pools.footer" />
      </h3>
      <p>
        <FormattedMessage id="pools.footer.current" values={{ days: pool.footer.intervalDays }} />
      </p>
      <blockquote className={styles.quote}>{pool.footer.text}</blockquote>
      <p className={styles.hint}>
        <FormattedMessage id={pool.footer.custom ? 'pools.footer.custom' : 'pools.footer.standard'} />
      </p>
      {canEdit && <FooterForm pool={pool} />}
    </section>
  );
}

function FooterForm({ pool }: { pool: Pool }) {
  const intl = useIntl();
  // Empty while the standard footer applies: saving it empty keeps the standard one.
  const [text, setText] = useState(pool.footer.custom ? pool.footer.text : '');
  const [days, setDays] = useState(pool.footer.intervalDays);
  const [save, { loading }] = useMutation(setPoolFooterMutation);
  const { outcome, run } = useOutcome();
  return (
    <Form
      className={styles.form}
      onSubmit={(event) => {
        event.preventDefault();
        const intervalDays = wholeOrNull(days) ?? 1;
        void run(
          () => save({ variables: { poolId: pool.id, text, intervalDays } }),
          intl.formatMessage({ id: 'pools.footer.saved' }),
        );
      }}
    >
      <TextArea
        label={<FormattedMessage id="pools.footer.text" />}
        description={<FormattedMessage id="pools.footer.textHint" />}
        rows={2}
        value={text}
        onChange={setText}
        className={styles.field}
      />
      <NumberField
        label={<FormattedMessage id="pools.footer.interval" />}
        description={<FormattedMessage id="pools.footer.intervalHint" />}
        value={days}
        onChange={setDays}
        minValue={1}
        validate={(value) => {
          const whole = wholeOrNull(value);
          return whole === null || whole < 1 ? intl.formatMessage({ id: 'pools.footer.needInterval' }) : null;
        }}
        className={styles.field}
      />
      <Button type="submit" variant="primary" isPending={loading}>
        <FormattedMessage id="pools.footer.save" />
      </Button>
      <OutcomeView outcome={outcome} />
    </Form>
  );
}
