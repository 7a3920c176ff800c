import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Notice } from '../ui/Notice';
import { Pager } from './Pager';
import styles from './ReportsScreen.module.css';

/** The count, the table in a scrollable region, the pages, and the download. */
export function Results(props: {
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
  return (
    <div className={styles.results}>
      <div className={styles.resultsBar}>
        <Notice kind="status" className={styles.summary}>
          {summary}
        </Notice>
        {props.download}
      </div>
      {props.error !== undefined && <Notice kind="error" id="reports.failed" error={props.error} />}
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
      <Pager total={total} offset={offset} loading={loading} onPage={props.onPage} />
    </div>
  );
}
