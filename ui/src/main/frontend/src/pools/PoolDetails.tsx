import { useEffect, useRef, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import {
  Button,
  ComboBox,
  Form,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  NumberField,
  Popover,
  Text,
  TextArea,
  TextField,
} from 'react-aria-components';
import type {
  PoolAccess,
  PoolDetailsFragment,
  PoolSavedRepliesQuery,
  SenderKind,
  StaffSearchQuery,
} from '../gql/graphql';
import {
  addPoolNumberMutation,
  deleteSavedReplyMutation,
  poolQuery,
  removePoolMemberMutation,
  saveReplyMutation,
  savedRepliesQuery,
  setPoolFooterMutation,
  setPoolMemberMutation,
  setPoolSendingWindowMutation,
  setPoolUnansweredAlertMutation,
  staffSearchQuery,
} from './operations';
import { Choice, Confirm, OutcomeView, useErrorSentence, useOutcome, wholeOrNull } from './parts';
import styles from './PoolsScreen.module.css';

type Pool = PoolDetailsFragment;
type Member = Pool['members'][number];
type StaffEntry = StaffSearchQuery['searchStaff'][number];
type SavedReply = PoolSavedRepliesQuery['savedReplies'][number];
type Run = ReturnType<typeof useOutcome>['run'];
type Fail = ReturnType<typeof useOutcome>['fail'];

const ACCESSES: PoolAccess[] = ['ROLE', 'ADMIN'];
const KINDS: SenderKind[] = ['LONG_CODE', 'SHORT_CODE', 'TEN_DLC', 'TOLL_FREE'];
/** HH:MM-HH:MM; the server checks the hours themselves. */
const WINDOW = /^\d{2}:\d{2}-\d{2}:\d{2}$/;
const WHOLE = { maximumFractionDigits: 0, useGrouping: false } as const;

/** One pool: its members, numbers, footer, sending window, unanswered-reply alert and saved replies. */
export function PoolDetails({ poolId, institutionAdmin }: { poolId: string; institutionAdmin: boolean }) {
  const sentence = useErrorSentence();
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
      {detail.error && (
        <p role="alert" className={styles.error}>
          <FormattedMessage id="pools.detailFailed" values={{ reason: sentence(detail.error) }} />
        </p>
      )}
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
          {!canEdit && (
            <p className={styles.note}>
              <FormattedMessage id="pools.readOnly" />
            </p>
          )}
          <Members pool={pool} canEdit={canEdit} />
          <Numbers pool={pool} canAdd={institutionAdmin} />
          <Footer pool={pool} canEdit={canEdit} />
          <SendingWindow pool={pool} canEdit={canEdit} />
          <UnansweredAlert pool={pool} canEdit={canEdit} />
          <SavedReplies pool={pool} canEdit={canEdit} />
        </>
      )}
    </section>
  );
}

function useAccessWords() {
  const intl = useIntl();
  return (access: PoolAccess) => intl.formatMessage({ id: `pools.access.${access}` });
}

function Members({ pool, canEdit }: { pool: Pool; canEdit: boolean }) {
  const intl = useIntl();
  const accessWord = useAccessWords();
  const { outcome, run, fail } = useOutcome();
  const [setMember] = useMutation(setPoolMemberMutation);
  const [removeMember] = useMutation(removePoolMemberMutation);
  const [toRemove, setToRemove] = useState<Member | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const options = ACCESSES.map((a) => ({ id: a, label: accessWord(a) }));
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
                      <Choice
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
                        className={styles.secondary}
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
      {canEdit && <AddMember pool={pool} run={run} fail={fail} />}
      <Confirm
        isOpen={toRemove !== null}
        title={intl.formatMessage({ id: 'pools.members.removeTitle' }, { name: toRemove?.name ?? '' })}
        text={intl.formatMessage({ id: 'pools.members.removeText' }, { name: toRemove?.name ?? '', pool: pool.name })}
        confirmLabel={intl.formatMessage({ id: 'pools.members.removeConfirm' })}
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
function AddMember({ pool, run, fail }: { pool: Pool; run: Run; fail: Fail }) {
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
          <Popover className={styles.popover}>
            <ListBox<StaffEntry>
              className={styles.listBox}
              renderEmptyState={() => (
                <p className={styles.empty}>
                  <FormattedMessage id={staff.loading || settled !== text.trim() ? 'pools.members.searching' : 'pools.members.noMatch'} />
                </p>
              )}
            >
              {(entry) => (
                <ListBoxItem id={entry.staffUserId} textValue={entry.name} className={styles.option}>
                  <span className={styles.optionName}>{entry.name}</span>
                  {entry.email && <span className={styles.optionDetail}>{entry.email}</span>}
                </ListBoxItem>
              )}
            </ListBox>
          </Popover>
        </ComboBox>
        <Choice
          label={intl.formatMessage({ id: 'pools.members.addAccess' })}
          value={access}
          options={ACCESSES.map((a) => ({ id: a, label: accessWord(a) }))}
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

function Numbers({ pool, canAdd }: { pool: Pool; canAdd: boolean }) {
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
  const { outcome, run, fail } = useOutcome();
  return (
    <Form
      className={styles.form}
      aria-labelledby="pool-numbers-add"
      onSubmit={(event) => {
        event.preventDefault();
        const typed = number.trim();
        if (!typed) {
          fail(intl.formatMessage({ id: 'pools.numbers.needNumber' }));
          return;
        }
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
        <TextField value={number} onChange={setNumber} type="tel" autoComplete="off" className={styles.field}>
          <Label className={styles.label}>
            <FormattedMessage id="pools.numbers.phone" />
          </Label>
          <Input className={styles.input} />
          <Text slot="description" className={styles.hint}>
            <FormattedMessage id="pools.numbers.phoneHint" />
          </Text>
        </TextField>
        <Choice
          label={intl.formatMessage({ id: 'pools.numbers.kind' })}
          value={kind}
          options={KINDS.map((k) => ({ id: k, label: intl.formatMessage({ id: `pools.kind.${k}` }) }))}
          onChange={(value) => setKind(value as SenderKind)}
        />
        <NumberField value={rate} onChange={setRate} minValue={1} formatOptions={WHOLE} className={styles.field}>
          <Label className={styles.label}>
            <FormattedMessage id="pools.numbers.rate" />
          </Label>
          <Input className={`${styles.input} ${styles.short}`} />
          <Text slot="description" className={styles.hint}>
            <FormattedMessage id="pools.numbers.rateHint" />
          </Text>
        </NumberField>
      </div>
      <Button type="submit" className={styles.primary} isPending={loading}>
        <FormattedMessage id="pools.numbers.addButton" />
      </Button>
      <OutcomeView outcome={outcome} />
    </Form>
  );
}

function Footer({ pool, canEdit }: { pool: Pool; canEdit: boolean }) {
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

function SendingWindow({ pool, canEdit }: { pool: Pool; canEdit: boolean }) {
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

function UnansweredAlert({ pool, canEdit }: { pool: Pool; canEdit: boolean }) {
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

const VARIABLES = {
  firstName: <code>{'{firstName}'}</code>,
  lastName: <code>{'{lastName}'}</code>,
  staffName: <code>{'{staffName}'}</code>,
  poolName: <code>{'{poolName}'}</code>,
};

interface Draft {
  id: string | null;
  title: string;
  body: string;
}

const NO_DRAFT: Draft = { id: null, title: '', body: '' };

/** The pool's saved replies (not the user's own, which the same query returns too); its admins edit them. */
function SavedReplies({ pool, canEdit }: { pool: Pool; canEdit: boolean }) {
  const intl = useIntl();
  const sentence = useErrorSentence();
  const replies = useQuery(savedRepliesQuery, { variables: { poolId: pool.id } });
  const list = (replies.data?.savedReplies ?? []).filter((r) => r.poolId === pool.id);
  const [draft, setDraft] = useState<Draft>(NO_DRAFT);
  const [toDelete, setToDelete] = useState<SavedReply | null>(null);
  const [save, { loading }] = useMutation(saveReplyMutation);
  const [remove] = useMutation(deleteSavedReplyMutation);
  const { outcome, run, fail } = useOutcome();
  const heading = useRef<HTMLHeadingElement>(null);
  const titleField = useRef<HTMLInputElement>(null);
  return (
    <section className={styles.section} aria-busy={replies.loading}>
      <h3 id="pool-replies" ref={heading} tabIndex={-1} className={styles.sectionHeading}>
        <FormattedMessage id="pools.replies" />
      </h3>
      {replies.loading && !replies.data && (
        <p>
          <FormattedMessage id="pools.replies.loading" />
        </p>
      )}
      {replies.error && (
        <p role="alert" className={styles.error}>
          <FormattedMessage id="pools.replies.failed" values={{ reason: sentence(replies.error) }} />
        </p>
      )}
      {replies.data && list.length === 0 && (
        <p>
          <FormattedMessage id="pools.replies.none" />
        </p>
      )}
      {list.length > 0 && (
        <ul className={styles.replies}>
          {list.map((reply) => (
            <li key={reply.id} className={styles.reply}>
              <h4 className={styles.replyTitle}>{reply.title}</h4>
              <p className={styles.replyBody}>{reply.body}</p>
              {canEdit && (
                <div className={styles.actions}>
                  <Button
                    className={styles.secondary}
                    aria-label={intl.formatMessage({ id: 'pools.replies.editNamed' }, { title: reply.title })}
                    onPress={() => {
                      setDraft({ id: reply.id, title: reply.title, body: reply.body });
                      titleField.current?.focus();
                    }}
                  >
                    <FormattedMessage id="pools.replies.edit" />
                  </Button>
                  <Button
                    className={styles.secondary}
                    aria-label={intl.formatMessage({ id: 'pools.replies.deleteNamed' }, { title: reply.title })}
                    onPress={() => setToDelete(reply)}
                  >
                    <FormattedMessage id="pools.replies.delete" />
                  </Button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <Form
          className={styles.form}
          aria-labelledby="pool-reply-form"
          onSubmit={(event) => {
            event.preventDefault();
            const title = draft.title.trim();
            if (!title || !draft.body.trim()) {
              fail(intl.formatMessage({ id: 'pools.replies.needBoth' }));
              return;
            }
            void run(
              async () => {
                await save({
                  variables: {
                    input: { ...(draft.id ? { id: draft.id } : {}), poolId: pool.id, title, body: draft.body },
                  },
                });
                await replies.refetch();
              },
              intl.formatMessage({ id: 'pools.replies.saved' }, { title }),
            ).then((ok) => {
              if (ok) {
                setDraft(NO_DRAFT);
              }
            });
          }}
        >
          <h4 id="pool-reply-form" className={styles.formHeading}>
            <FormattedMessage id={draft.id ? 'pools.replies.editing' : 'pools.replies.new'} />
          </h4>
          <TextField
            value={draft.title}
            onChange={(title) => setDraft((d) => ({ ...d, title }))}
            autoComplete="off"
            className={styles.field}
          >
            <Label className={styles.label}>
              <FormattedMessage id="pools.replies.title" />
            </Label>
            <Input ref={titleField} className={styles.input} />
          </TextField>
          <TextField
            value={draft.body}
            onChange={(body) => setDraft((d) => ({ ...d, body }))}
            className={styles.field}
          >
            <Label className={styles.label}>
              <FormattedMessage id="pools.replies.body" />
            </Label>
            <TextArea rows={4} className={styles.input} />
            <Text slot="description" className={styles.hint}>
              <FormattedMessage id="pools.replies.variables" values={VARIABLES} />
            </Text>
          </TextField>
          <div className={styles.actions}>
            <Button type="submit" className={styles.primary} isPending={loading}>
              <FormattedMessage id="pools.replies.save" />
            </Button>
            {draft.id && (
              <Button className={styles.secondary} onPress={() => setDraft(NO_DRAFT)}>
                <FormattedMessage id="pools.cancel" />
              </Button>
            )}
          </div>
          <OutcomeView outcome={outcome} />
        </Form>
      )}
      <Confirm
        isOpen={toDelete !== null}
        title={intl.formatMessage({ id: 'pools.replies.deleteTitle' }, { title: toDelete?.title ?? '' })}
        text={intl.formatMessage({ id: 'pools.replies.deleteText' })}
        confirmLabel={intl.formatMessage({ id: 'pools.replies.deleteConfirm' })}
        onCancel={() => setToDelete(null)}
        onConfirm={() => {
          const reply = toDelete;
          setToDelete(null);
          if (!reply) {
            return;
          }
          void run(
            async () => {
              await remove({ variables: { id: reply.id } });
              await replies.refetch();
            },
            intl.formatMessage({ id: 'pools.replies.deleted' }, { title: reply.title }),
          ).then(() => {
            setDraft((d) => (d.id === reply.id ? NO_DRAFT : d));
            heading.current?.focus();
          });
        }}
      />
    </section>
  );
}
