import { useMutation } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { PoolDetailsFragment as Pool } from '../gql/graphql';
import { setPoolAssignOnAnswerMutation } from './operations';
import { Button } from '../ui/Button';
import { OutcomeView, useOutcome } from '../ui/Outcome';
import styles from './PoolsScreen.module.css';

/** Whether a member's text to an unassigned conversation gives it to them; the pool's admins turn it on or off. */
export function AssignmentSection({ pool, canEdit }: { pool: Pool; canEdit: boolean }) {
  const intl = useIntl();
  const [save, { loading }] = useMutation(setPoolAssignOnAnswerMutation);
  const { outcome, run } = useOutcome();
  const assign = !pool.assignOnAnswer;
  return (
    <section className={styles.section}>
      <h3 id="pool-assign" className={styles.sectionHeading}>
        <FormattedMessage id="pools.assign" />
      </h3>
      <p>
        <FormattedMessage id={pool.assignOnAnswer ? 'pools.assign.on' : 'pools.assign.off'} />
      </p>
      {canEdit && (
        <div className={styles.form}>
          <Button
            isPending={loading}
            onPress={() =>
              void run(
                () => save({ variables: { poolId: pool.id, assign } }),
                intl.formatMessage({ id: assign ? 'pools.assign.savedOn' : 'pools.assign.savedOff' }),
              )
            }
          >
            <FormattedMessage id={pool.assignOnAnswer ? 'pools.assign.turnOff' : 'pools.assign.turnOn'} />
          </Button>
          <OutcomeView outcome={outcome} />
        </div>
      )}
    </section>
  );
}
