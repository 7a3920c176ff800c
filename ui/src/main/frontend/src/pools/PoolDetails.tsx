import { useQuery } from '@apollo/client/react';
import { FormattedMessage } from 'react-intl';
import { poolQuery } from './operations';
import { Notice } from '../ui/Notice';
import { AssignmentSection } from './AssignmentSection';
import { FooterSection } from './FooterSection';
import { MembersSection } from './MembersSection';
import { NumbersSection } from './NumbersSection';
import { SavedRepliesSection } from './SavedRepliesSection';
import { SendingWindowSection, UnansweredAlertSection } from './SendingSection';
import styles from './PoolsScreen.module.css';

/** One pool: its members, numbers, footer, sending window, unanswered-reply alert and saved replies. */
export function PoolDetails({ poolId, institutionAdmin }: { poolId: string; institutionAdmin: boolean }) {
  const detail = useQuery(poolQuery, { variables: { id: poolId } });
  const pool = detail.data?.pool;
  const canEdit = pool?.myAccess === 'ADMIN';
  return (
    <section className={styles.details} aria-labelledby="pool-heading" aria-busy={detail.loading}>
      {!pool && (
        <h2 id="pool-heading" className={styles.poolHeading}>
          <FormattedMessage id={detail.error ? 'pools.choose' : 'pools.detailLoading'} />
        </h2>
      )}
      <Notice kind="error" id="pools.detailFailed" error={detail.error} />
      {pool && (
        <>
          <h2 id="pool-heading" className={styles.poolHeading}>
            {pool.name}
          </h2>
          {pool.myAccess && (
            <p className={styles.hint}>
              <FormattedMessage
                id="pools.yourAccess"
                values={{ access: <FormattedMessage id={`pools.access.${pool.myAccess}`} /> }}
              />
            </p>
          )}
          {!canEdit && <Notice kind="note" id="pools.readOnly" className={styles.note} />}
          <MembersSection pool={pool} canEdit={canEdit} />
          <NumbersSection pool={pool} canAdd={institutionAdmin} />
          <FooterSection pool={pool} canEdit={canEdit} />
          <SendingWindowSection pool={pool} canEdit={canEdit} />
          <UnansweredAlertSection pool={pool} canEdit={canEdit} />
          <AssignmentSection pool={pool} canEdit={canEdit} />
          <SavedRepliesSection pool={pool} canEdit={canEdit} />
        </>
      )}
    </section>
  );
}
