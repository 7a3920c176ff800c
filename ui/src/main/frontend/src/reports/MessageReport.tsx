import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { MessageReportFilter, ReportMessagesQuery } from '../gql/graphql';
import { Button } from '../ui/Button';
import { Form } from '../ui/FormParts';
import { Select } from '../ui/Select';
import { TextField } from '../ui/TextField';
import { DateFields, StaffField } from './FilterFields';
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
  errorCodeProblem,
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
  const [staffForbidden, setStaffForbidden] = useState(false);
  const showSentBy = maySearchStaff && !staffForbidden;
  const [query, setQuery] = useState<{ filter: MessageReportFilter; offset: number }>({ filter: {}, offset: 0 });
  const report = useQuery(reportMessagesQuery, {
    variables: { filter: query.filter, limit: PAGE, offset: query.offset },
    fetchPolicy: 'network-only',
  });

  const change = <K extends keyof MessageDraft>(key: K, value: MessageDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
  };

  // Called once every field is valid: React Aria's form stops a submit with an invalid field and focuses it.
  const apply = () => {
    const filter = messageFilter(draft, showSentBy);
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
        onSubmit={(event) => {
          event.preventDefault();
          apply();
        }}
      >
        <Select label={t('reports.field.pool')} value={draft.pool} onChange={(v) => change('pool', v)} options={poolOptions} />
        {showSentBy && (
          <StaffField
            selected={draft.sentBy}
            text={draft.sentByText}
            onSelect={(entry) => {
              setDraft((d) => ({ ...d, sentBy: entry, sentByText: entry ? entry.name : d.sentByText }));
            }}
            onText={(text) => {
              // Typing over a chosen person un-chooses them: what is shown is what is filtered by.
              setDraft((d) => ({ ...d, sentByText: text, sentBy: d.sentBy && d.sentBy.name === text ? d.sentBy : null }));
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
          label={t('reports.field.errorCode')}
          description={t('reports.errorCode.hint')}
          value={draft.errorCode}
          onChange={(v) => change('errorCode', v)}
          validate={(v) => {
            const problem = errorCodeProblem(v);
            return problem ? t(problem) : null;
          }}
          inputMode="numeric"
          autoComplete="off"
        />
        <DateFields draft={draft} onChange={(key, value) => change(key, value)} />
        <div className={styles.actions}>
          <Button type="submit" variant="primary">
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
