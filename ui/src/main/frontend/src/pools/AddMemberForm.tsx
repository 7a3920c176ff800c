import { useEffect, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Button, ComboBox, Form, Input, Label, ListBox, ListBoxItem, Popover, Text } from 'react-aria-components';
import type { PoolAccess, PoolDetailsFragment as Pool, StaffSearchQuery } from '../gql/graphql';
import { setPoolMemberMutation, staffSearchQuery } from './operations';
import { useErrorSentence, type useOutcome } from './parts';
import { Select } from '../ui/Select';
import { ACCESSES, useAccessWords } from './accessWords';
import styles from './PoolsScreen.module.css';
import popup from '../ui/ListPopup.module.css';

type StaffEntry = StaffSearchQuery['searchStaff'][number];
type Run = ReturnType<typeof useOutcome>['run'];
type Fail = ReturnType<typeof useOutcome>['fail'];

/** The value once typing has paused. */
function useSettled<T>(value: T, delay = 300): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), delay);
    return () => window.clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

/** A staff member found by name or email, with the access to give them. */
export function AddMemberForm({ pool, run, fail }: { pool: Pool; run: Run; fail: Fail }) {
  const intl = useIntl();
  const sentence = useErrorSentence();
  const accessWord = useAccessWords();
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<StaffEntry | null>(null);
  const [access, setAccess] = useState<PoolAccess>('ROLE');
  // A new combo box after each addition, empty.
  const [round, setRound] = useState(0);
  const [setMember, { loading }] = useMutation(setPoolMemberMutation);
  const settled = useSettled(text.trim());
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
        if (!chosen || chosen.name !== text) {
          fail(intl.formatMessage({ id: 'pools.members.chooseFirst' }));
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
          items={found}
          inputValue={text}
          onInputChange={setText}
          onChange={(key) => setChosen(found.find((s) => s.staffUserId === key) ?? null)}
          allowsEmptyCollection
          className={`${styles.field} ${styles.grow}`}
        >
          <Label className={styles.label}>
            <FormattedMessage id="pools.members.add" />
          </Label>
          <div className={styles.comboRow}>
            <Input className={styles.input} />
            <Button className={styles.comboButton} aria-label={intl.formatMessage({ id: 'pools.members.showList' })}>
              <span aria-hidden="true">▾</span>
            </Button>
          </div>
          <Text slot="description" className={styles.hint}>
            <FormattedMessage id="pools.members.addHint" />
          </Text>
          <Popover className={popup.popover}>
            <ListBox<StaffEntry>
              className={popup.listBox}
              renderEmptyState={() => (
                <p className={popup.empty}>
                  <FormattedMessage id={staff.loading || settled !== text.trim() ? 'pools.members.searching' : 'pools.members.noMatch'} />
                </p>
              )}
            >
              {(entry) => (
                <ListBoxItem id={entry.staffUserId} textValue={entry.name} className={popup.option}>
                  <span className={popup.optionName}>{entry.name}</span>
                  {entry.email && <span className={popup.optionDetail}>{entry.email}</span>}
                </ListBoxItem>
              )}
            </ListBox>
          </Popover>
        </ComboBox>
        <Select
          label={intl.formatMessage({ id: 'pools.members.addAccess' })}
          value={access}
          options={ACCESSES.map((a) => ({ id: a, name: accessWord(a) }))}
          onChange={(value) => setAccess(value as PoolAccess)}
        />
        <Button type="submit" className={styles.primary} isPending={loading}>
          <FormattedMessage id="pools.members.addButton" />
        </Button>
      </div>
      {staff.error && (
        <p role="alert" className={styles.error}>
          <FormattedMessage id="pools.members.searchFailed" values={{ reason: sentence(staff.error) }} />
        </p>
      )}
    </Form>
  );
}
