import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { PoolDetailsFragment as Pool, SenderKind } from '../gql/graphql';
import { addPoolNumberMutation } from './operations';
import { Button } from '../ui/Button';
import { Form } from '../ui/FormParts';
import { NumberField, wholeOrNull } from '../ui/NumberField';
import { OutcomeView, useOutcome } from '../ui/Outcome';
import { Select } from '../ui/Select';
import { TextField } from '../ui/TextField';
import styles from './PoolsScreen.module.css';

const KINDS: SenderKind[] = ['LONG_CODE', 'SHORT_CODE', 'TEN_DLC', 'TOLL_FREE'];

/** The numbers the pool sends from, with their kind and rate; institution admins add more. */
export function NumbersSection({ pool, canAdd }: { pool: Pool; canAdd: boolean }) {
  const intl = useIntl();
  const label = intl.formatMessage({ id: 'pools.numbers' });
  return (
    <section className={styles.section}>
      <h3 id="pool-numbers" className={styles.sectionHeading}>
        {label}
      </h3>
      {pool.numbers.length === 0 ? (
        <p>
          <FormattedMessage id="pools.numbers.none" />
        </p>
      ) : (
        <div role="region" aria-label={label} tabIndex={0} className={styles.tableWrap}>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">
                  <FormattedMessage id="pools.numbers.number" />
                </th>
                <th scope="col">
                  <FormattedMessage id="pools.numbers.kind" />
                </th>
                <th scope="col" className={styles.numeric}>
                  <FormattedMessage id="pools.numbers.rate" />
                </th>
              </tr>
            </thead>
            <tbody>
              {pool.numbers.map((n) => (
                <tr key={n.number}>
                  <th scope="row" className={styles.phone}>
                    {n.number}
                  </th>
                  <td>
                    <FormattedMessage id={`pools.kind.${n.kind}`} />
                  </td>
                  <td className={styles.numeric}>{n.segmentsPerSecond}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canAdd && <AddNumber pool={pool} />}
    </section>
  );
}

/** Institution admins: a number, its kind and, optionally, its rate. What was typed stays when it is refused. */
function AddNumber({ pool }: { pool: Pool }) {
  const intl = useIntl();
  const [number, setNumber] = useState('');
  const [kind, setKind] = useState<SenderKind>('LONG_CODE');
  const [rate, setRate] = useState(NaN);
  const [add, { loading }] = useMutation(addPoolNumberMutation);
  const { outcome, run } = useOutcome();
  return (
    <Form
      className={styles.form}
      aria-labelledby="pool-numbers-add"
      onSubmit={(event) => {
        event.preventDefault();
        const typed = number.trim();
        void run(
          () =>
            add({
              variables: { poolId: pool.id, number: typed, kind, segmentsPerSecond: wholeOrNull(rate) },
            }),
          intl.formatMessage({ id: 'pools.numbers.added' }, { number: typed }),
        ).then((ok) => {
          if (ok) {
            setNumber('');
            setRate(NaN);
          }
        });
      }}
    >
      <h4 id="pool-numbers-add" className={styles.formHeading}>
        <FormattedMessage id="pools.numbers.add" />
      </h4>
      <div className={styles.row}>
        <TextField
          label={<FormattedMessage id="pools.numbers.phone" />}
          description={<FormattedMessage id="pools.numbers.phoneHint" />}
          value={number}
          onChange={setNumber}
          validate={(value) => (value.trim() ? null : intl.formatMessage({ id: 'pools.numbers.needNumber' }))}
          type="tel"
          autoComplete="off"
          className={styles.field}
        />
        <Select
          label={intl.formatMessage({ id: 'pools.numbers.kind' })}
          value={kind}
          options={KINDS.map((k) => ({ id: k, name: intl.formatMessage({ id: `pools.kind.${k}` }) }))}
          onChange={(value) => setKind(value as SenderKind)}
        />
        <NumberField
          label={<FormattedMessage id="pools.numbers.rate" />}
          description={<FormattedMessage id="pools.numbers.rateHint" />}
          value={rate}
          onChange={setRate}
          minValue={1}
          className={styles.field}
        />
      </div>
      <Button type="submit" variant="primary" isPending={loading}>
        <FormattedMessage id="pools.numbers.addButton" />
      </Button>
      <OutcomeView outcome={outcome} />
    </Form>
  );
}
