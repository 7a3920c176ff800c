import { useIntl } from 'react-intl';
import type { ConsentReportFilter, MessageReportFilter } from '../gql/graphql';
import { Button } from '../ui/Button';
import { Notice } from '../ui/Notice';
import { useCsvDownload } from './download';
import styles from './ReportsScreen.module.css';

/** The download button for the filters as applied, with what became of the last press. */
export function DownloadCsv({ path, filter }: { path: string; filter: MessageReportFilter | ConsentReportFilter }) {
  const intl = useIntl();
  const { download, loading, error, started } = useCsvDownload(path, filter);
  return (
    <div className={styles.download}>
      <Button
        variant="secondary"
        isPending={loading}
        onPress={() => void download().catch(() => undefined)}
      >
        {intl.formatMessage({ id: 'reports.download' })}
      </Button>
      <Notice kind="status" as="span" className={styles.hint}>
        {loading
          ? intl.formatMessage({ id: 'reports.downloading' })
          : started
            ? intl.formatMessage({ id: 'reports.downloadStarted' })
            : ''}
      </Notice>
      <Notice kind="error" size="small" id="reports.downloadFailed" error={error} />
    </div>
  );
}
