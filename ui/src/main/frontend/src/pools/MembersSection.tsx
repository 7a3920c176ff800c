import { useRef, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { PoolAccess, PoolDetailsFragment as Pool } from '../gql/graphql';
import { removePoolMemberMutation, setPoolMemberMutation } from './operations';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { OutcomeView, useOutcome } from '../ui/Outcome';
import { Select } from '../ui/Select';
import { ACCESSES, useAccessWords } from './accessWords';
import { AddMemberForm } from './AddMemberForm';
import styles from './PoolsScreen.module.css';

type Member = Pool['members'][number];

/** Who is in the pool and with what access; its admins change the access, remove members and add them. */
export function MembersSection({ pool, canEdit }: { pool: Pool; canEdit: boolean }) {
  const intl = useIntl();
  const accessWord = useAccessWords();
  const { outcome, run } = useOutcome();
  const [setMember] = useMutation(setPoolMemberMutation);
  const [removeMember] = useMutation(removePoolMemberMutation);
  const [toRemove, setToRemove] = useState<Member | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const options = ACCESSES.map((a) => ({ id: a, name: accessWord(a) }));
  const label = intl.formatMessage({ id: 'pools.members' });
  return (
    <section className={styles.section}>
      <h3 id="pool-members" ref={heading} tabIndex={-1} className={styles.sectionHeading}>
        {label}
      </h3>
      {pool.members.length === 0 ? (
        <p>
          <FormattedMessage id="pools.members.none" />
        </p>
      ) : (
        <div role="region" aria-label={label} tabIndex={0} className={styles.tableWrap}>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">
                  <FormattedMessage id="pools.members.name" />
                </th>
                <th scope="col">
                  <FormattedMessage id="pools.members.email" />
                </th>
                <th scope="col">
                  <FormattedMessage id="pools.members.access" />
                </th>
                {canEdit && (
                  <th scope="col">
                    <FormattedMessage id="pools.members.actions" />
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {pool.members.map((member) => (
                <tr key={member.staffUserId}>
                  <th scope="row">{member.name}</th>
                  <td>{member.email ?? <FormattedMessage id="pools.members.noEmail" />}</td>
                  <td>
                    {canEdit ? (
                      <Select
                        ariaLabel={intl.formatMessage({ id: 'pools.members.accessOf' }, { name: member.name })}
                        value={member.access}
                        options={options}
                        onChange={(access) =>
                          void run(
                            () =>
                              setMember({
                                variables: {
                                  poolId: pool.id,
                                  staffUserId: member.staffUserId,
                                  access: access as PoolAccess,
                                },
                              }),
                            intl.formatMessage(
                              { id: 'pools.members.changed' },
                              { name: member.name, access: accessWord(access as PoolAccess) },
                            ),
                          )
                        }
                      />
                    ) : (
                      accessWord(member.access)
                    )}
                  </td>
                  {canEdit && (
                    <td>
                      <Button
                        variant="secondary"
                        aria-label={intl.formatMessage({ id: 'pools.members.removeNamed' }, { name: member.name })}
                        onPress={() => setToRemove(member)}
                      >
                        <FormattedMessage id="pools.members.remove" />
                      </Button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <OutcomeView outcome={outcome} />
      {canEdit && <AddMemberForm pool={pool} run={run} />}
      <ConfirmDialog
        isOpen={toRemove !== null}
        title={intl.formatMessage({ id: 'pools.members.removeTitle' }, { name: toRemove?.name ?? '' })}
        text={intl.formatMessage({ id: 'pools.members.removeText' }, { name: toRemove?.name ?? '', pool: pool.name })}
        confirmLabel={intl.formatMessage({ id: 'pools.members.removeConfirm' })}
        cancelLabel={intl.formatMessage({ id: 'pools.cancel' })}
        onCancel={() => setToRemove(null)}
        onConfirm={() => {
          const member = toRemove;
          setToRemove(null);
          if (!member) {
            return;
          }
          void run(
            () => removeMember({ variables: { poolId: pool.id, staffUserId: member.staffUserId } }),
            intl.formatMessage({ id: 'pools.members.removed' }, { name: member.name }),
          ).then(() => heading.current?.focus());
        }}
      />
    </section>
  );
}
