import { useEffect, useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import {
  Button,
  ComboBox,
  FieldError,
  Form,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
  Tab,
  TabList,
  TabPanel,
  Tabs,
  Text,
  TextField,
  type Key,
} from 'react-aria-components';
import { graphql } from '../gql';
import type {
  ConsentChoice,
  ConsentReportFilter,
  ConsentScopeKind,
  ConsentSource,
  MessageReportFilter,
  MessageStatus,
  ReportMessagesQuery,
  ReportOptOutsQuery,
} from '../gql/graphql';
import { errorSentence } from '../app/errors';
import styles from './ReportsScreen.module.css';

/** Rows a page. */
const PAGE = 50;

export const reportOptionsQuery = graphql(`
  query ReportOptions {
    me {
      id
      roles
    }
    pools {
      id
      name
      myAccess
    }
  }
`);

export const reportMessagesQuery = graphql(`
  query ReportMessages($filter: MessageReportFilter, $limit: Int!, $offset: Int!) {
    messageReport(filter: $filter, limit: $limit, offset: $offset) {
      total
      rows {
        id
        createdAt
        to
        personName
        personal
        poolName
        sentByName
        status
        errorCode
        errorMessage
        body
      }
    }
  }
`);

export const reportOptOutsQuery = graphql(`
  query ReportOptOuts($filter: ConsentReportFilter, $limit: Int!, $offset: Int!) {
    optOutReport(filter: $filter, limit: $limit, offset: $offset) {
      total
      rows {
        id
        occurredAt
        personName
        phone
        action
        scope
        source
        poolName
        actorStaffUserId
        actorName
        detail
      }
    }
  }
`);

export const reportStaffSearchQuery = graphql(`
  query ReportStaffSearch($text: String!) {
    searchStaff(text: $text, limit: 20) {
      staffUserId
      name
      email
    }
  }
`);

export const reportDownloadTicketMutation = graphql(`
  mutation ReportDownloadTicket {
    downloadTicket
  }
`);

/** The key of a Select's "any" option: no filter. */
const ANY = 'any';
/** The key of the pool Select's option for texts from personal numbers. */
const PERSONAL = 'personal';

const STATUSES: MessageStatus[] = [
  'QUEUED',
  'SENDING',
  'SENT',
  'DELIVERED',
  'UNDELIVERED',
  'FAILED',
  'FELL_BACK_TO_EMAIL',
];
const ACTIONS: ConsentChoice[] = ['OPT_OUT', 'OPT_IN'];
const SOURCES: ConsentSource[] = ['KEYWORD', 'STAFF', 'FORM', 'IMPORT', 'CARRIER_OPT_OUT_TYPE', 'CARRIER_ERROR'];
const SCOPES: ConsentScopeKind[] = ['ALL', 'POOL', 'PERSONAL_NUMBER'];

type PoolOption = { id: string; name: string };

/** Reports: the texts sent and the opt-outs and opt-ins, each filtered, paged, and downloadable as CSV. */
export default function ReportsScreen() {
  const intl = useIntl();
  const [tab, setTab] = useState<Key>('messages');
  // A tab once opened stays mounted (hidden), so its filters and page survive switching back and forth.
  const [visited, setVisited] = useState<ReadonlySet<Key>>(() => new Set(['messages']));
  const options = useQuery(reportOptionsQuery);
  const pools = options.data?.pools ?? [];
  const roles = options.data?.me.roles ?? [];
  // searchStaff answers pool admins and institution admins only.
  const maySearchStaff = roles.includes('admin') || pools.some((p) => p.myAccess === 'ADMIN');
  return (
    <div className={styles.screen}>
      <h1 id="reports-heading" className={styles.heading}>
        <FormattedMessage id="reports.title" />
      </h1>
      {options.error && (
        <p role="alert" className={styles.error}>
          <FormattedMessage id="reports.failed" values={{ reason: errorSentence(options.error, intl) }} />
        </p>
      )}
      <Tabs
        selectedKey={tab}
        onSelectionChange={(key) => {
          setTab(key);
          setVisited((seen) => new Set(seen).add(key));
        }}
      >
        <TabList aria-labelledby="reports-heading" className={styles.tabs}>
          <Tab id="messages" className={styles.tab}>
            <FormattedMessage id="reports.tab.messages" />
          </Tab>
          <Tab id="opt-outs" className={styles.tab}>
            <FormattedMessage id="reports.tab.optOuts" />
          </Tab>
        </TabList>
        <TabPanel
          id="messages"
          shouldForceMount={visited.has('messages')}
          hidden={tab !== 'messages'}
          className={styles.panel}
        >
          <MessageReport pools={pools} maySearchStaff={maySearchStaff} />
        </TabPanel>
        <TabPanel
          id="opt-outs"
          shouldForceMount={visited.has('opt-outs')}
          hidden={tab !== 'opt-outs'}
          className={styles.panel}
        >
          <OptOutReport pools={pools} />
        </TabPanel>
      </Tabs>
    </div>
  );
}

/* ---------------------------------------------------------------------------------------------------------------- */
/* Messages                                                                                                         */

interface MessageDraft {
  pool: Key;
  sentBy: { id: string; name: string } | null;
  sentByText: string;
  status: Key;
  errorCode: string;
  from: string;
  until: string;
}

const NO_MESSAGE_FILTERS: MessageDraft = {
  pool: ANY,
  sentBy: null,
  sentByText: '',
  status: ANY,
  errorCode: '',
  from: '',
  until: '',
};

/** A field's problem: the id of its message. */
type Problems = Partial<Record<'sentBy' | 'errorCode' | 'from' | 'until', string>>;

function MessageReport({ pools, maySearchStaff }: { pools: PoolOption[]; maySearchStaff: boolean }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const [draft, setDraft] = useState(NO_MESSAGE_FILTERS);
  const [problems, setProblems] = useState<Problems>({});
  const [staffForbidden, setStaffForbidden] = useState(false);
  const showSentBy = maySearchStaff && !staffForbidden;
  const [query, setQuery] = useState<{ filter: MessageReportFilter; offset: number }>({ filter: {}, offset: 0 });
  const report = useQuery(reportMessagesQuery, {
    variables: { filter: query.filter, limit: PAGE, offset: query.offset },
    fetchPolicy: 'network-only',
  });
  const refs = {
    sentBy: useRef<HTMLInputElement>(null),
    errorCode: useRef<HTMLInputElement>(null),
    from: useRef<HTMLInputElement>(null),
    until: useRef<HTMLInputElement>(null),
  };

  const change = <K extends keyof MessageDraft>(key: K, value: MessageDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setProblems((p) => ({ ...p, [key === 'sentByText' ? 'sentBy' : key]: undefined }));
  };

  const apply = () => {
    const found: Problems = {};
    const filter: MessageReportFilter = {};
    if (draft.pool === PERSONAL) {
      filter.personal = true;
    } else if (draft.pool !== ANY) {
      filter.poolId = String(draft.pool);
    }
    if (showSentBy) {
      if (draft.sentBy) {
        filter.sentByStaffUserId = draft.sentBy.id;
      } else if (draft.sentByText.trim()) {
        found.sentBy = 'reports.sentBy.invalid';
      }
    }
    if (draft.status !== ANY) {
      filter.status = draft.status as MessageStatus;
    }
    const code = draft.errorCode.trim();
    if (code) {
      if (/^\d{1,9}$/.test(code)) {
        filter.errorCode = Number(code);
      } else {
        found.errorCode = 'reports.errorCode.invalid';
      }
    }
    Object.assign(filter, dateRange(draft.from, draft.until, refs.from, refs.until, found));
    setProblems(found);
    const firstBad = (['sentBy', 'errorCode', 'from', 'until'] as const).find((key) => found[key]);
    if (firstBad) {
      refs[firstBad].current?.focus();
      return;
    }
    if (sameFilter(filter, query.filter) && query.offset === 0) {
      void report.refetch().catch(() => undefined);
    } else {
      setQuery({ filter, offset: 0 });
    }
  };

  const poolOptions = [
    { id: ANY, name: t('reports.pool.all') },
    ...pools.map((p) => ({ id: p.id, name: p.name })),
    { id: PERSONAL, name: t('reports.pool.personal') },
  ];
  const statusOptions = [
    { id: ANY, name: t('reports.status.any') },
    ...STATUSES.map((s) => ({ id: s, name: t(`status.${s}`) })),
  ];
  const page = report.error ? undefined : (report.data ?? report.previousData)?.messageReport;

  return (
    <>
      <Form
        aria-label={t('reports.filters.messages')}
        className={styles.filters}
        validationBehavior="aria"
        onSubmit={(event) => {
          event.preventDefault();
          apply();
        }}
      >
        <FilterSelect label={t('reports.field.pool')} value={draft.pool} onChange={(v) => change('pool', v)} options={poolOptions} />
        {showSentBy && (
          <StaffField
            inputRef={refs.sentBy}
            selected={draft.sentBy}
            text={draft.sentByText}
            problem={problems.sentBy}
            onSelect={(entry) => {
              setDraft((d) => ({ ...d, sentBy: entry, sentByText: entry ? entry.name : d.sentByText }));
              setProblems((p) => ({ ...p, sentBy: undefined }));
            }}
            onText={(text) => {
              // Typing over a chosen person un-chooses them: what is shown is what is filtered by.
              setDraft((d) => ({ ...d, sentByText: text, sentBy: d.sentBy && d.sentBy.name === text ? d.sentBy : null }));
              setProblems((p) => ({ ...p, sentBy: undefined }));
            }}
            onForbidden={() => setStaffForbidden(true)}
          />
        )}
        <FilterSelect
          label={t('reports.field.status')}
          value={draft.status}
          onChange={(v) => change('status', v)}
          options={statusOptions}
        />
        <TextField
          value={draft.errorCode}
          onChange={(v) => change('errorCode', v)}
          isInvalid={Boolean(problems.errorCode)}
          className={styles.field}
        >
          <Label className={styles.label}>{t('reports.field.errorCode')}</Label>
          <Input ref={refs.errorCode} inputMode="numeric" autoComplete="off" className={styles.input} />
          <Text slot="description" className={styles.hint}>
            {t('reports.errorCode.hint')}
          </Text>
          <FieldError className={styles.fieldError}>{problems.errorCode && t(problems.errorCode)}</FieldError>
        </TextField>
        <DateFields draft={draft} problems={problems} refs={refs} onChange={(key, value) => change(key, value)} />
        <div className={styles.actions}>
          <Button type="submit" className={styles.primary}>
            {t('reports.apply')}
          </Button>
        </div>
      </Form>
      <Results
        kind="messages"
        total={page?.total}
        shown={page?.rows.length ?? 0}
        offset={query.offset}
        loading={report.loading}
        error={report.error}
        onPage={(offset) => setQuery((q) => ({ ...q, offset }))}
        download={<DownloadCsv path="messages.csv" filter={query.filter} />}
        head={
          <tr>
            <th scope="col">{t('reports.col.time')}</th>
            <th scope="col">{t('reports.col.to')}</th>
            <th scope="col">{t('reports.col.pool')}</th>
            <th scope="col">{t('reports.col.sentBy')}</th>
            <th scope="col">{t('reports.col.status')}</th>
            <th scope="col">{t('reports.col.text')}</th>
          </tr>
        }
      >
        {page?.rows.map((row) => <MessageRow key={row.id} row={row} />)}
      </Results>
    </>
  );
}

type MessageRowData = ReportMessagesQuery['messageReport']['rows'][number];

function MessageRow({ row }: { row: MessageRowData }) {
  const hasError = row.errorCode != null || Boolean(row.errorMessage);
  return (
    <tr>
      <td className={styles.nowrap}>
        <Time value={row.createdAt} />
      </td>
      <td>
        <span className={styles.block}>
          {row.personName ?? <FormattedMessage id="reports.notInDirectory" />}
        </span>
        <span className={`${styles.block} ${styles.secondary} ${styles.nowrap}`}>{row.to}</span>
      </td>
      <td>{row.personal ? <FormattedMessage id="reports.personal" /> : (row.poolName ?? '')}</td>
      <td>{row.sentByName ?? <FormattedMessage id="reports.unknownSender" />}</td>
      <td>
        <span className={styles.block}>
          <FormattedMessage id={`status.${row.status}`} />
        </span>
        {hasError && (
          <span className={`${styles.block} ${styles.secondary}`}>
            {row.errorCode != null ? (
              row.errorMessage ? (
                <FormattedMessage id="reports.error.full" values={{ code: row.errorCode, message: row.errorMessage }} />
              ) : (
                <FormattedMessage id="reports.error.code" values={{ code: row.errorCode }} />
              )
            ) : (
              row.errorMessage
            )}
          </span>
        )}
      </td>
      <td className={styles.body}>{row.body}</td>
    </tr>
  );
}

/* ---------------------------------------------------------------------------------------------------------------- */
/* Opt-outs                                                                                                         */

interface OptOutDraft {
  pool: Key;
  action: Key;
  source: Key;
  scope: Key;
  from: string;
  until: string;
}

const NO_OPT_OUT_FILTERS: OptOutDraft = { pool: ANY, action: ANY, source: ANY, scope: ANY, from: '', until: '' };

function OptOutReport({ pools }: { pools: PoolOption[] }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const [draft, setDraft] = useState(NO_OPT_OUT_FILTERS);
  const [problems, setProblems] = useState<Problems>({});
  const [query, setQuery] = useState<{ filter: ConsentReportFilter; offset: number }>({ filter: {}, offset: 0 });
  const report = useQuery(reportOptOutsQuery, {
    variables: { filter: query.filter, limit: PAGE, offset: query.offset },
    fetchPolicy: 'network-only',
  });
  const refs = { from: useRef<HTMLInputElement>(null), until: useRef<HTMLInputElement>(null) };

  const change = <K extends keyof OptOutDraft>(key: K, value: OptOutDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setProblems((p) => ({ ...p, [key]: undefined }));
  };

  const apply = () => {
    const found: Problems = {};
    const filter: ConsentReportFilter = {};
    if (draft.pool !== ANY) {
      filter.poolId = String(draft.pool);
    }
    if (draft.action !== ANY) {
      filter.action = draft.action as ConsentChoice;
    }
    if (draft.source !== ANY) {
      filter.source = draft.source as ConsentSource;
    }
    if (draft.scope !== ANY) {
      filter.scope = draft.scope as ConsentScopeKind;
    }
    Object.assign(filter, dateRange(draft.from, draft.until, refs.from, refs.until, found));
    setProblems(found);
    const firstBad = (['from', 'until'] as const).find((key) => found[key]);
    if (firstBad) {
      refs[firstBad].current?.focus();
      return;
    }
    if (sameFilter(filter, query.filter) && query.offset === 0) {
      void report.refetch().catch(() => undefined);
    } else {
      setQuery({ filter, offset: 0 });
    }
  };

  const page = report.error ? undefined : (report.data ?? report.previousData)?.optOutReport;
  return (
    <>
      <Form
        aria-label={t('reports.filters.optOuts')}
        className={styles.filters}
        validationBehavior="aria"
        onSubmit={(event) => {
          event.preventDefault();
          apply();
        }}
      >
        <FilterSelect
          label={t('reports.field.pool')}
          value={draft.pool}
          onChange={(v) => change('pool', v)}
          options={[{ id: ANY, name: t('reports.pool.all') }, ...pools.map((p) => ({ id: p.id, name: p.name }))]}
        />
        <FilterSelect
          label={t('reports.field.action')}
          value={draft.action}
          onChange={(v) => change('action', v)}
          options={[
            { id: ANY, name: t('reports.action.any') },
            ...ACTIONS.map((a) => ({ id: a, name: t(`reports.action.${a}`) })),
          ]}
        />
        <FilterSelect
          label={t('reports.field.source')}
          value={draft.source}
          onChange={(v) => change('source', v)}
          options={[
            { id: ANY, name: t('reports.source.any') },
            ...SOURCES.map((s) => ({ id: s, name: t(`reports.source.${s}`) })),
          ]}
        />
        <FilterSelect
          label={t('reports.field.scope')}
          value={draft.scope}
          onChange={(v) => change('scope', v)}
          options={[
            { id: ANY, name: t('reports.scope.any') },
            ...SCOPES.map((s) => ({ id: s, name: t(`reports.scope.${s}`) })),
          ]}
        />
        <DateFields draft={draft} problems={problems} refs={refs} onChange={(key, value) => change(key, value)} />
        <div className={styles.actions}>
          <Button type="submit" className={styles.primary}>
            {t('reports.apply')}
          </Button>
        </div>
      </Form>
      <Results
        kind="optOuts"
        total={page?.total}
        shown={page?.rows.length ?? 0}
        offset={query.offset}
        loading={report.loading}
        error={report.error}
        onPage={(offset) => setQuery((q) => ({ ...q, offset }))}
        download={<DownloadCsv path="opt-outs.csv" filter={query.filter} />}
        head={
          <tr>
            <th scope="col">{t('reports.col.time')}</th>
            <th scope="col">{t('reports.col.person')}</th>
            <th scope="col">{t('reports.col.action')}</th>
            <th scope="col">{t('reports.col.scope')}</th>
            <th scope="col">{t('reports.col.source')}</th>
            <th scope="col">{t('reports.col.pool')}</th>
            <th scope="col">{t('reports.col.recordedBy')}</th>
            <th scope="col">{t('reports.col.detail')}</th>
          </tr>
        }
      >
        {page?.rows.map((row) => <OptOutRow key={row.id} row={row} />)}
      </Results>
    </>
  );
}

type OptOutRowData = ReportOptOutsQuery['optOutReport']['rows'][number];

function OptOutRow({ row }: { row: OptOutRowData }) {
  return (
    <tr>
      <td className={styles.nowrap}>
        <Time value={row.occurredAt} />
      </td>
      <td>
        <span className={styles.block}>
          {row.personName ?? <FormattedMessage id="reports.notInDirectory" />}
        </span>
        <span className={`${styles.block} ${styles.secondary} ${styles.nowrap}`}>{row.phone}</span>
      </td>
      <td>
        <FormattedMessage id={`reports.action.${row.action}`} />
      </td>
      <td>
        <FormattedMessage id={`reports.scope.${row.scope}`} />
      </td>
      <td>
        <FormattedMessage id={`reports.source.${row.source}`} />
      </td>
      <td>
        {row.poolName ??
          (row.scope === 'PERSONAL_NUMBER' ? (
            <FormattedMessage id="reports.personal" />
          ) : (
            <FormattedMessage id="reports.noPool" />
          ))}
      </td>
      <td>
        {row.actorName ??
          (row.actorStaffUserId ? (
            <FormattedMessage id="reports.unknownSender" />
          ) : (
            <FormattedMessage id="reports.automatic" />
          ))}
      </td>
      <td className={styles.body}>{row.detail ?? ''}</td>
    </tr>
  );
}

/* ---------------------------------------------------------------------------------------------------------------- */
/* Shared parts                                                                                                     */

function Time({ value }: { value: string }) {
  return (
    <time dateTime={value}>
      <FormattedDate value={value} dateStyle="medium" timeStyle="short" />
    </time>
  );
}

/** A Select of filter values; the first option is "any". */
function FilterSelect(props: {
  label: string;
  value: Key;
  onChange: (value: Key) => void;
  options: { id: Key; name: string }[];
}) {
  return (
    <Select
      value={props.value}
      onChange={(value) => {
        if (value !== null) {
          props.onChange(value);
        }
      }}
      className={styles.field}
    >
      <Label className={styles.label}>{props.label}</Label>
      <Button className={styles.selectButton}>
        <SelectValue className={styles.selectValue} />
        <span aria-hidden="true" className={styles.chevron}>
          ▾
        </span>
      </Button>
      <Popover className={styles.popover}>
        <ListBox items={props.options} className={styles.listBox}>
          {(option) => (
            <ListBoxItem id={option.id} className={styles.option}>
              {option.name}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}

/** Sent by: staff found as the user types (after a pause), one of them chosen. */
function StaffField(props: {
  inputRef: RefObject<HTMLInputElement | null>;
  selected: { id: string; name: string } | null;
  text: string;
  problem?: string;
  onSelect: (entry: { id: string; name: string } | null) => void;
  onText: (text: string) => void;
  onForbidden: () => void;
}) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const [settled, setSettled] = useState(props.text.trim());
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(props.text.trim()), 300);
    return () => window.clearTimeout(timer);
  }, [props.text]);
  const search = useQuery(reportStaffSearchQuery, settled ? { variables: { text: settled } } : skipToken);
  const forbidden =
    CombinedGraphQLErrors.is(search.error) &&
    search.error.errors.some((e) => e.extensions?.code === 'FORBIDDEN');
  const { onForbidden } = props;
  useEffect(() => {
    if (forbidden) {
      onForbidden();
    }
  }, [forbidden, onForbidden]);
  const found = (search.data ?? search.previousData)?.searchStaff ?? [];
  // The chosen person stays an option, so the field can show them whatever the last search found.
  const items = [
    ...(props.selected && !found.some((s) => s.staffUserId === props.selected!.id)
      ? [{ staffUserId: props.selected.id, name: props.selected.name, email: null }]
      : []),
    ...found,
  ];
  return (
    <ComboBox
      items={items}
      value={props.selected?.id ?? null}
      onChange={(key) => {
        const entry = items.find((s) => s.staffUserId === key);
        props.onSelect(entry ? { id: entry.staffUserId, name: entry.name } : null);
      }}
      inputValue={props.text}
      onInputChange={props.onText}
      isInvalid={Boolean(props.problem)}
      allowsEmptyCollection
      className={styles.field}
    >
      <Label className={styles.label}>{t('reports.field.sentBy')}</Label>
      <div className={styles.comboRow}>
        <Input ref={props.inputRef} placeholder={t('reports.sentBy.anyone')} className={styles.input} />
        <Button aria-label={t('reports.sentBy.showList')} className={styles.comboButton}>
          <span aria-hidden="true">▾</span>
        </Button>
      </div>
      <Text slot="description" className={styles.hint}>
        {t('reports.sentBy.hint')}
      </Text>
      <FieldError className={styles.fieldError}>{props.problem && t(props.problem)}</FieldError>
      {search.error && !forbidden && (
        <p role="alert" className={styles.fieldError}>
          <FormattedMessage id="reports.sentBy.failed" values={{ reason: errorSentence(search.error, intl) }} />
        </p>
      )}
      <Popover className={styles.popover}>
        <ListBox
          className={styles.listBox}
          renderEmptyState={() => (
            <p className={styles.emptyList}>
              {t(search.loading ? 'reports.sentBy.searching' : 'reports.sentBy.noMatch')}
            </p>
          )}
        >
          {(entry: (typeof items)[number]) => (
            <ListBoxItem id={entry.staffUserId} textValue={entry.name} className={styles.option}>
              <span className={styles.block}>{entry.name}</span>
              {entry.email && <span className={`${styles.block} ${styles.optionDetail}`}>{entry.email}</span>}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}

/** From and Until, as native date inputs; Until counts the whole day. */
function DateFields(props: {
  draft: { from: string; until: string };
  problems: Problems;
  refs: { from: RefObject<HTMLInputElement | null>; until: RefObject<HTMLInputElement | null> };
  onChange: (key: 'from' | 'until', value: string) => void;
}) {
  return (
    <>
      <DateField
        label="reports.field.from"
        value={props.draft.from}
        problem={props.problems.from}
        inputRef={props.refs.from}
        onChange={(value) => props.onChange('from', value)}
      />
      <DateField
        label="reports.field.until"
        hint="reports.until.hint"
        value={props.draft.until}
        problem={props.problems.until}
        inputRef={props.refs.until}
        onChange={(value) => props.onChange('until', value)}
      />
    </>
  );
}

function DateField(props: {
  label: string;
  hint?: string;
  value: string;
  problem?: string;
  inputRef: RefObject<HTMLInputElement | null>;
  onChange: (value: string) => void;
}) {
  const intl = useIntl();
  const id = useId();
  const describedBy = [props.hint && `${id}-hint`, props.problem && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {intl.formatMessage({ id: props.label })}
      </label>
      <input
        id={id}
        ref={props.inputRef}
        type="date"
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
        aria-invalid={props.problem ? true : undefined}
        aria-describedby={describedBy || undefined}
        className={styles.input}
      />
      {props.hint && (
        <span id={`${id}-hint`} className={styles.hint}>
          {intl.formatMessage({ id: props.hint })}
        </span>
      )}
      {props.problem && (
        <span id={`${id}-error`} className={styles.fieldError}>
          {intl.formatMessage({ id: props.problem })}
        </span>
      )}
    </div>
  );
}

/** The count, the table in a scrollable region, the pages, and the download. */
function Results(props: {
  kind: 'messages' | 'optOuts';
  total?: number;
  shown: number;
  offset: number;
  loading: boolean;
  error?: unknown;
  onPage: (offset: number) => void;
  download: ReactNode;
  head: ReactNode;
  children: ReactNode;
}) {
  const intl = useIntl();
  const { kind, shown, offset, loading } = props;
  const total = props.total === undefined ? undefined : Number(props.total);
  const summary = loading
    ? intl.formatMessage({ id: `reports.${kind}.loading` })
    : total === undefined
      ? ''
      : shown === 0
        ? intl.formatMessage({ id: `reports.${kind}.empty` })
        : intl.formatMessage({ id: 'reports.rows' }, { first: offset + 1, last: offset + shown, total });
  // Paging to the first or last page disables the button pressed: focus goes to the other one, not to the page.
  const previousDisabled = offset === 0;
  const nextDisabled = total === undefined || offset + PAGE >= total;
  const previous = useRef<HTMLButtonElement>(null);
  const next = useRef<HTMLButtonElement>(null);
  const pressed = useRef<'previous' | 'next' | null>(null);
  useEffect(() => {
    if (pressed.current === 'next' && nextDisabled) {
      previous.current?.focus();
    } else if (pressed.current === 'previous' && previousDisabled) {
      next.current?.focus();
    }
    pressed.current = null;
  }, [previousDisabled, nextDisabled]);
  return (
    <div className={styles.results}>
      <div className={styles.resultsBar}>
        <p role="status" className={styles.summary}>
          {summary}
        </p>
        {props.download}
      </div>
      {props.error !== undefined && (
        <p role="alert" className={styles.error}>
          <FormattedMessage id="reports.failed" values={{ reason: errorSentence(props.error, intl) }} />
        </p>
      )}
      <div aria-busy={loading} className={loading ? styles.busy : undefined}>
        {total !== undefined && shown > 0 && (
          <div
            role="region"
            aria-label={intl.formatMessage({ id: `reports.${kind}.table` })}
            tabIndex={0}
            className={styles.scroll}
          >
            <table className={styles.table}>
              <caption className={styles.caption}>
                <FormattedMessage id={`reports.${kind}.count`} values={{ count: total }} />
              </caption>
              <thead>{props.head}</thead>
              <tbody>{props.children}</tbody>
            </table>
          </div>
        )}
      </div>
      {total !== undefined && (total > 0 || offset > 0) && (
        <nav aria-label={intl.formatMessage({ id: 'reports.pages' })} className={styles.pager}>
          <Button
            ref={previous}
            className={styles.secondaryButton}
            isDisabled={previousDisabled}
            onPress={() => {
              if (!loading) {
                pressed.current = 'previous';
                props.onPage(Math.max(0, offset - PAGE));
              }
            }}
          >
            {intl.formatMessage({ id: 'reports.previous' })}
          </Button>
          <Button
            ref={next}
            className={styles.secondaryButton}
            isDisabled={nextDisabled}
            onPress={() => {
              if (!loading) {
                pressed.current = 'next';
                props.onPage(offset + PAGE);
              }
            }}
          >
            {intl.formatMessage({ id: 'reports.next' })}
          </Button>
        </nav>
      )}
    </div>
  );
}

/** Asks for a single-use ticket, then has the browser download the CSV of the filters as applied. */
function DownloadCsv({ path, filter }: { path: string; filter: MessageReportFilter | ConsentReportFilter }) {
  const intl = useIntl();
  const [getTicket, { loading, error }] = useMutation(reportDownloadTicketMutation);
  const [started, setStarted] = useState(false);
  const download = async () => {
    setStarted(false);
    const result = await getTicket();
    const ticket = result.data?.downloadTicket;
    if (!ticket) {
      return;
    }
    const params = new URLSearchParams({ ticket });
    for (const [name, value] of Object.entries(filter)) {
      if (value !== undefined && value !== null && value !== '') {
        params.append(name, String(value));
      }
    }
    const link = document.createElement('a');
    link.href = `/downloads/${path}?${params.toString()}`;
    link.download = '';
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    setStarted(true);
  };
  return (
    <div className={styles.download}>
      <Button
        className={styles.secondaryButton}
        isPending={loading}
        onPress={() => void download().catch(() => undefined)}
      >
        {intl.formatMessage({ id: 'reports.download' })}
      </Button>
      <span role="status" className={styles.hint}>
        {loading
          ? intl.formatMessage({ id: 'reports.downloading' })
          : started
            ? intl.formatMessage({ id: 'reports.downloadStarted' })
            : ''}
      </span>
      {error && (
        <p role="alert" className={styles.fieldError}>
          <FormattedMessage id="reports.downloadFailed" values={{ reason: errorSentence(error, intl) }} />
        </p>
      )}
    </div>
  );
}

/* ---------------------------------------------------------------------------------------------------------------- */
/* Filters' values                                                                                                  */

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * From and Until as instants in the user's time zone: From's day from its start, Until's day to its end (the start
 * of the next day, since the API's until is exclusive). Problems go to `found`.
 */
function dateRange(
  from: string,
  until: string,
  fromInput: RefObject<HTMLInputElement | null>,
  untilInput: RefObject<HTMLInputElement | null>,
  found: Problems,
): { from?: string; until?: string } {
  const range: { from?: string; until?: string } = {};
  if (fromInput.current?.validity.badInput || (from && !DATE.test(from))) {
    found.from = 'reports.date.invalid';
  } else if (from) {
    range.from = startOfDay(from, 0);
  }
  if (untilInput.current?.validity.badInput || (until && !DATE.test(until))) {
    found.until = 'reports.date.invalid';
  } else if (until) {
    if (range.from && until < from) {
      found.until = 'reports.until.beforeFrom';
    } else {
      range.until = startOfDay(until, 1);
    }
  }
  return range;
}

/** The start of the day `days` after a yyyy-mm-dd date, in the browser's time zone, as an ISO instant. */
function startOfDay(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(year, month - 1, day + days).toISOString().replace('.000Z', 'Z');
}

function sameFilter(a: object, b: object): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
