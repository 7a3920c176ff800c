import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { ConsentReportFilter, ReportOptOutsQuery } from '../gql/graphql';
import { Button } from '../ui/Button';
import { Form } from '../ui/FormParts';
import { Select } from '../ui/Select';
import { DateFields } from './FilterFields';
import { DownloadCsv } from './DownloadCsv';
import {
  ACTIONS,
  ANY,
  NO_OPT_OUT_FILTERS,
  SCOPES,
  SOURCES,
  optOutFilter,
  sameFilter,
  type OptOutDraft,
  type PoolOption,
} from './filters';
import { reportOptOutsQuery } from './operations';
import { PAGE } from './Pager';
import { Results } from './Results';
import { Time } from './Time';
import styles from './ReportsScreen.module.css';
import type { MessageId } from '../i18n/messages';

/** The opt-outs and opt-ins: filtered by pool, action, source, scope and dates. */
export function OptOutReport({ pools }: { pools: PoolOption[] }) {
  const intl = useIntl();
  const t = (id: MessageId) => intl.formatMessage({ id });
  const [draft, setDraft] = useState(NO_OPT_OUT_FILTERS);
  const [query, setQuery] = useState<{ filter: ConsentReportFilter; offset: number }>({ filter: {}, offset: 0 });
  const report = useQuery(reportOptOutsQuery, {
    variables: { filter: query.filter, limit: PAGE, offset: query.offset },
    fetchPolicy: 'network-only',
  });

  const change = <K extends keyof OptOutDraft>(key: K, value: OptOutDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
  };

  // Called once every field is valid: React Aria's form stops a submit with an invalid field and focuses it.
  const apply = () => {
    const filter = optOutFilter(draft);
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
        onSubmit={(event) => {
          event.preventDefault();
          apply();
        }}
      >
        <Select
          label={t('reports.field.pool')}
          value={draft.pool}
          onChange={(v) => change('pool', v)}
          options={[{ id: ANY, name: t('reports.pool.all') }, ...pools.map((p) => ({ id: p.id, name: p.name }))]}
        />
        <Select
          label={t('reports.field.action')}
          value={draft.action}
          onChange={(v) => change('action', v)}
          options={[
            { id: ANY, name: t('reports.action.any') },
            ...ACTIONS.map((a) => ({ id: a, name: t(`reports.action.${a}`) })),
          ]}
        />
        <Select
          label={t('reports.field.source')}
          value={draft.source}
          onChange={(v) => change('source', v)}
          options={[
            { id: ANY, name: t('reports.source.any') },
            ...SOURCES.map((s) => ({ id: s, name: t(`reports.source.${s}`) })),
          ]}
        />
        <Select
          label={t('reports.field.scope')}
          value={draft.scope}
          onChange={(v) => change('scope', v)}
          options={[
            { id: ANY, name: t('reports.scope.any') },
            ...SCOPES.map((s) => ({ id: s, name: t(`reports.scope.${s}`) })),
          ]}
        />
        <DateFields draft={draft} onChange={(key, value) => change(key, value)} />
        <div className={styles.actions}>
          <Button type="submit" variant="primary">
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
