import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { PoolAccess, PoolDetailsFragment as Pool, StaffSearchQuery } from '../gql/graphql';
import { setPoolMemberMutation, staffSearchQuery } from './operations';
import { SEARCH_PAUSE_MS, useDebounced } from '../lib/timing';
import { Button } from '../ui/Button';
import { ComboBox } from '../ui/ComboBox';
import { Form } from '../ui/FormParts';
import { Notice } from '../ui/Notice';
import type { useOutcome } from '../ui/Outcome';
import { Select } from '../ui/Select';
import { ACCESSES, useAccessWords } from './accessWords';
import styles from './PoolsScreen.module.css';

type StaffEntry = StaffSearchQuery['searchStaff'][number];
type Run = ReturnType<typeof useOutcome>['run'];

/** A staff member found by name or email, with the access to give them. */
export function AddMemberForm({ pool, run }: { pool: Pool; run: Run }) {
  const intl = useIntl();
  const accessWord = useAccessWords();
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<StaffEntry | null>(null);
  const [access, setAccess] = useState<PoolAccess>('ROLE');
  // A new combo box after each addition, empty.
  const [round, setRound] = useState(0);
  const [setMember, { loading }] = useMutation(setPoolMemberMutation);
  const settled = useDebounced(text.trim(), SEARCH_PAUSE_MS);
  // Nothing to look for while empty, or once someone is chosen (the field then holds their name).
  const staff = useQuery(staffSearchQuery, {
    variables: { text: settled },
    skip: settled.length === 0 || settled === chosen?.name,
  });
  const found = settled.length === 0 ? [] : (staff.data ?? staff.previousData)?.searchStaff ?? [];
  return (
    <Form
      className={styles.form}
      onSubmit={(event) => {
        event.preventDefault();
        if (!chosen) {
          return;
        }
        void run(
          () => setMember({ variables: { poolId: pool.id, staffUserId: chosen.staffUserId, access } }),
          intl.formatMessage({ id: 'pools.members.added' }, { name: chosen.name, access: accessWord(access) }),
        ).then((ok) => {
          if (ok) {
            setText('');
            setChosen(null);
            setAccess('ROLE');
            setRound((r) => r + 1);
          }
        });
      }}
    >
      <div className={styles.row}>
        <ComboBox
          key={round}
          label={<FormattedMessage id="pools.members.add" />}
          description={<FormattedMessage id="pools.members.addHint" />}
          options={found.map((s) => ({ id: s.staffUserId, name: s.name, detail: s.email ?? undefined }))}
          inputValue={text}
          onInputChange={setText}
          onSelect={(option) => setChosen(found.find((s) => s.staffUserId === option?.id) ?? null)}
          validate={(typed) =>
            chosen && chosen.name === typed ? null : intl.formatMessage({ id: 'pools.members.chooseFirst' })
          }
          buttonLabel={intl.formatMessage({ id: 'pools.members.showList' })}
          emptyText={
            <FormattedMessage
              id={staff.loading || settled !== text.trim() ? 'pools.members.searching' : 'pools.members.noMatch'}
            />
          }
          className={styles.grow}
        />
        <Select
          label={intl.formatMessage({ id: 'pools.members.addAccess' })}
          value={access}
          options={ACCESSES.map((a) => ({ id: a, name: accessWord(a) }))}
          onChange={(value) => setAccess(value as PoolAccess)}
        />
        <Button type="submit" variant="primary" isPending={loading}>
          <FormattedMessage id="pools.members.addButton" />
        </Button>
      </div>
      <Notice kind="error" id="pools.members.searchFailed" error={staff.error} />
    </Form>
  );
}
