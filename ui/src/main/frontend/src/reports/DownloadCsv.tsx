import { FormattedMessage, useIntl } from 'react-intl';
import { Button } from 'react-aria-components';
import type { ConsentReportFilter, MessageReportFilter } from '../gql/graphql';
import { errorSentence } from '../app/errors';
import { useCsvDownload } from './download';
import styles from './ReportsScreen.module.css';

/** The download button for the filters as applied, with what became of the last press. */
export function DownloadCsv({ path, filter }: { path: string; filter: MessageReportFilter | ConsentReportFilter }) {
  const intl = useIntl();
  const { download, loading, error, started } = useCsvDownload(path, filter);
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
