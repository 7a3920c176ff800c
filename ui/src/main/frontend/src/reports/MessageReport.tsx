import { useRef, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Button, FieldError, Form, Input, Label, Text, TextField } from 'react-aria-components';
import type { MessageReportFilter, ReportMessagesQuery } from '../gql/graphql';
import { Select } from '../ui/Select';
import { DateFields, StaffField, unreadableDates } from './FilterFields';
import { DownloadCsv } from './DownloadCsv';
import {
  ANY,
  NO_MESSAGE_FILTERS,
  PERSONAL,
  STATUSES,
  messageFilter,
  sameFilter,
  type MessageDraft,
  type PoolOption,
  type Problems,
} from './filters';
import { reportMessagesQuery } from './operations';
import { PAGE } from './Pager';
import { Results } from './Results';
import { Time } from './Time';
import styles from './ReportsScreen.module.css';
import type { MessageId } from '../i18n/messages';

/** The texts sent: filtered by pool, sender, status, error code and dates. */
export function MessageReport({ pools, maySearchStaff }: { pools: PoolOption[]; maySearchStaff: boolean }) {
  const intl = useIntl();
  const t = (id: MessageId) => intl.formatMessage({ id });
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
    const { filter, problems: found } = messageFilter(draft, showSentBy, unreadableDates(refs));
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
        <Select label={t('reports.field.pool')} value={draft.pool} onChange={(v) => change('pool', v)} options={poolOptions} />
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
        <Select
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
