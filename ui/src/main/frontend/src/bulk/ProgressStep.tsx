import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Label, ProgressBar } from 'react-aria-components';
import type { BulkProgressFieldsFragment } from '../gql/graphql';
import { useLiveSubscription, worthSubscribingAgain } from '../app/useLiveSubscription';
import { bulkSendLiveSubscription, bulkSendStatusQuery } from './operations';
import { progressOf } from './format';
import { useThrottled } from '../lib/timing';
import { Button } from '../ui/Button';
import { Notice } from '../ui/Notice';
import styles from './BulkSendScreen.module.css';

/** How often the counts are asked for when the server refused live progress for good. */
const POLL_MS = 5000;
/** How often, at most, the live summary is spoken while sending. */
const ANNOUNCE_MS = 10000;

type Progress = BulkProgressFieldsFragment;

const TEXT_COUNTS = [
  'notYetQueued',
  'queued',
  'sending',
  'sent',
  'delivered',
  'failed',
  'undelivered',
  'fellBackToEmail',
] as const;
const EMAIL_COUNTS = ['emailsSent', 'emailsPending', 'emailsFailed'] as const;

/**
 * Step 4: a started bulk send's progress, read once at once and then followed live until every text and email has
 * its final status. Only a short summary is spoken, at most every ten seconds, and the end at once.
 */
export function ProgressStep(props: {
  id: string;
  /** What startBulkSend answered, shown until the server's first reading. */
  initial: Progress | null;
  onStartAnother: () => void;
  heading: RefObject<HTMLHeadingElement | null>;
}) {
  const intl = useIntl();
  const status = useQuery(bulkSendStatusQuery, { variables: { id: props.id }, fetchPolicy: 'network-only' });
  const finishedSeen = useRef(false);
  // Opened again when the server ends it for a fresh ticket; after a gap in the connection the counts are read.
  const { refetch } = status;
  const catchUp = useCallback(() => void refetch().catch(() => undefined), [refetch]);
  const live = useLiveSubscription(bulkSendLiveSubscription, catchUp, {
    variables: { id: props.id },
    onData: ({ data }) => {
      finishedSeen.current ||= Boolean(data.data?.bulkSendProgress?.finished);
    },
    // A stream that ends before the send does (the sign-in renewed, the server restarted) leaves the last word
    // to a reading.
    onComplete: () => {
      if (!finishedSeen.current) {
        void status.refetch().catch(() => undefined);
      }
    },
  });
  const readings = [live.data?.bulkSendProgress, status.data?.bulkSend, props.initial];
  const progress = readings.find((p) => p?.finished) ?? readings.find((p) => p) ?? null;
  const finished = Boolean(progress?.finished);

  // Live progress refused for good (not a lost connection, which is opened again): the counts are read every few
  // seconds until the end.
  const { startPolling, stopPolling } = status;
  const refused = live.error ? !worthSubscribingAgain(live.error) : false;
  const polling = refused && !finished;
  useEffect(() => {
    if (polling) {
      startPolling(POLL_MS);
    } else {
      stopPolling();
    }
    return () => stopPolling();
  }, [polling, startPolling, stopPolling]);

  const { done, total } = progress ? progressOf(progress) : { done: 0, total: 0 };
  const summary = progress
    ? finished
      ? intl.formatMessage(
          { id: 'bulk.finished' },
          {
            delivered: progress.delivered,
            failed: progress.failed + progress.undelivered + progress.emailsFailed,
            email: progress.emailsSent,
            skipped: progress.skipped,
          },
        )
      : intl.formatMessage({ id: 'bulk.progress.summary' }, { done, total })
    : intl.formatMessage({ id: 'bulk.progress.loading' });
  const spoken = useThrottled(summary, ANNOUNCE_MS, finished);

  return (
    <section className={styles.step} aria-labelledby="bulk-progress-heading">
      <h2 id="bulk-progress-heading" ref={props.heading} tabIndex={-1} className={styles.stepHeading}>
        <FormattedMessage id="bulk.step.progress" />
      </h2>
      <Notice kind="status" className={finished ? styles.finished : styles.liveSummary}>
        {finished && (
          <span aria-hidden="true" className={styles.finishedMark}>
            ✓{' '}
          </span>
        )}
        {spoken}
      </Notice>
      {!progress && <Notice kind="error" id="bulk.progress.failed" error={status.error} />}
      {polling && <Notice kind="note" id="bulk.progress.liveFailed" error={live.error} className={styles.note} />}
      {progress && (
        <>
          <ProgressBar
            className={styles.progressBar}
            minValue={0}
            maxValue={Math.max(total, 1)}
            value={total === 0 ? (finished ? 1 : 0) : done}
            valueLabel={intl.formatMessage({ id: 'bulk.progress.value' }, { done, total })}
          >
            {({ percentage, valueText }) => (
              <>
                <div className={styles.progressLabels}>
                  <Label className={styles.label}>
                    <FormattedMessage id="bulk.progress.bar" />
                  </Label>
                  <span className={styles.progressValue}>{valueText}</span>
                </div>
                <div className={styles.track}>
                  <div className={styles.fill} style={{ width: `${percentage ?? 0}%` }} />
                </div>
              </>
            )}
          </ProgressBar>
          <p className={styles.note}>
            <FormattedMessage id="bulk.progress.status" values={{ status: progress.status }} />
          </p>
          <div className={styles.countGroups}>
            <div>
              <h3 className={styles.groupHeading}>
                <FormattedMessage id="bulk.progress.texts" values={{ count: progress.sms }} />
              </h3>
              <Counts progress={progress} names={TEXT_COUNTS} />
            </div>
            <div>
              <h3 className={styles.groupHeading}>
                <FormattedMessage id="bulk.progress.emails" />
              </h3>
              <Counts progress={progress} names={EMAIL_COUNTS} />
            </div>
          </div>
          <dl className={styles.counts}>
            <div>
              <dt>
                <FormattedMessage id="bulk.count.skipped" />
              </dt>
              <dd>{intl.formatNumber(progress.skipped)}</dd>
            </div>
          </dl>
        </>
      )}
      {finished && (
        <div className={styles.actions}>
          <Button variant="primary" onPress={props.onStartAnother}>
            <FormattedMessage id="bulk.another" />
          </Button>
        </div>
      )}
    </section>
  );
}

function Counts(props: { progress: Progress; names: typeof TEXT_COUNTS | typeof EMAIL_COUNTS }) {
  const { progress, names } = props;
  const intl = useIntl();
  return (
    <dl className={styles.counts}>
      {names.map((name) => (
        <div key={name}>
          <dt>
            <FormattedMessage id={`bulk.count.${name}`} />
          </dt>
          <dd>{intl.formatNumber(Number(progress[name]))}</dd>
        </div>
      ))}
    </dl>
  );
}
