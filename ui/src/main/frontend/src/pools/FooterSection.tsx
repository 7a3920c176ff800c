import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Button, Form, Input, Label, NumberField, Text, TextArea, TextField } from 'react-aria-components';
import type { PoolDetailsFragment as Pool } from '../gql/graphql';
import { setPoolFooterMutation } from './operations';
import { OutcomeView, WHOLE, useOutcome, wholeOrNull } from './parts';
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
  const { outcome, run, fail } = useOutcome();
  return (
    <Form
      className={styles.form}
      onSubmit={(event) => {
        event.preventDefault();
        const intervalDays = wholeOrNull(days);
        if (intervalDays === null || intervalDays < 1) {
          fail(intl.formatMessage({ id: 'pools.footer.needInterval' }));
          return;
        }
        void run(
          () => save({ variables: { poolId: pool.id, text, intervalDays } }),
          intl.formatMessage({ id: 'pools.footer.saved' }),
        );
      }}
    >
      <TextField value={text} onChange={setText} className={styles.field}>
        <Label className={styles.label}>
          <FormattedMessage id="pools.footer.text" />
        </Label>
        <TextArea rows={2} className={styles.input} />
        <Text slot="description" className={styles.hint}>
          <FormattedMessage id="pools.footer.textHint" />
        </Text>
      </TextField>
      <NumberField value={days} onChange={setDays} minValue={1} formatOptions={WHOLE} className={styles.field}>
        <Label className={styles.label}>
          <FormattedMessage id="pools.footer.interval" />
        </Label>
        <Input className={`${styles.input} ${styles.short}`} />
        <Text slot="description" className={styles.hint}>
          <FormattedMessage id="pools.footer.intervalHint" />
        </Text>
      </NumberField>
      <Button type="submit" className={styles.primary} isPending={loading}>
        <FormattedMessage id="pools.footer.save" />
      </Button>
      <OutcomeView outcome={outcome} />
    </Form>
  );
}
