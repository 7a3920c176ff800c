import type { RefObject } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Button } from '../ui/Button';
import { Notice } from '../ui/Notice';
import type { Plan } from './BulkSendScreen';
import type { Draft } from './ComposeForm';
import { fullName } from './PersonPicker';
import { durationWords, heldTime, windowText } from './format';
import styles from './BulkSendScreen.module.css';

/** Step 3: what the send would do, as the server planned it, with a way on (start) and a way back (the message). */
export function PlanStep(props: {
  plan: Plan;
  draft: Draft;
  poolName: string;
  starting: boolean;
  startError: unknown;
  onStart: () => void;
  onChangeMessage: () => void;
  heading: RefObject<HTMLHeadingElement | null>;
}) {
  const { plan, draft } = props;
  const intl = useIntl();
  const hours = windowText(plan.sendingWindow);
  const nobody = plan.sms + plan.email === 0;
  const audience =
    draft.audience === 'caseload'
      ? intl.formatMessage({ id: 'bulk.audience.caseload' })
      : draft.audience === 'search'
        ? intl.formatMessage({ id: 'bulk.audience.search' }, { text: draft.searchText.trim() })
        : intl.formatMessage(
            { id: 'bulk.audience.pick' },
            { names: intl.formatList(draft.picked.map(fullName), { type: 'conjunction' }) },
          );

  return (
    <section className={styles.step} aria-labelledby="bulk-plan-heading">
      <h2 id="bulk-plan-heading" ref={props.heading} tabIndex={-1} className={styles.stepHeading}>
        <FormattedMessage id="bulk.step.plan" />
      </h2>
      <dl className={styles.summary}>
        <div>
          <dt>
            <FormattedMessage id="bulk.summary.who" />
          </dt>
          <dd>{audience}</dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="bulk.summary.pool" />
          </dt>
          <dd>{props.poolName}</dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="bulk.summary.record" />
          </dt>
          <dd>
            <FormattedMessage id={`bulk.record.${draft.record}`} />
          </dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="bulk.summary.message" />
          </dt>
          <dd className={styles.quoted}>{draft.body}</dd>
        </div>
      </dl>

      <ul className={styles.facts}>
        <li>
          <FormattedMessage id="bulk.plan.sms" values={{ count: plan.sms }} />
        </li>
        <li>
          <FormattedMessage id="bulk.plan.email" values={{ count: plan.email }} />
        </li>
        <li>
          <FormattedMessage id="bulk.plan.skipped" values={{ count: plan.skipped }} />
          {plan.skipReasons.length > 0 && (
            <ul className={styles.reasons}>
              {plan.skipReasons.map((skip) => (
                <li key={skip.reason}>
                  <FormattedMessage id="bulk.plan.skipReason" values={{ reason: skip.reason, count: skip.count }} />
                </li>
              ))}
            </ul>
          )}
        </li>
        <li>
          <FormattedMessage
            id="bulk.plan.segments"
            values={{ segments: plan.segments, rate: plan.segmentsPerSecond }}
          />
        </li>
        <li>
          <FormattedMessage id="bulk.plan.time" values={{ duration: durationWords(plan.estimatedSeconds, intl) }} />
        </li>
        <li>
          {hours ? (
            <FormattedMessage id="bulk.plan.window" values={{ window: hours }} />
          ) : (
            <FormattedMessage id="bulk.plan.always" />
          )}
        </li>
      </ul>
      {plan.heldForWindow > 0 && (
        <p className={styles.notice}>
          <FormattedMessage
            id="bulk.plan.held"
            values={{
              count: plan.heldForWindow,
              window: hours ?? plan.sendingWindow,
              time: plan.heldUntil ? heldTime(plan.heldUntil, intl) : '',
            }}
          />
        </p>
      )}
      {nobody && (
        <p className={styles.notice}>
          <FormattedMessage id="bulk.plan.nobody" />
        </p>
      )}
      <Notice kind="error" id="bulk.start.failed" error={props.startError} />
      <div className={styles.actions}>
        <Button variant="primary" onPress={props.onStart} isDisabled={nobody || props.starting}>
          <FormattedMessage id="bulk.start" />
        </Button>
        <Button variant="secondary" onPress={props.onChangeMessage}>
          <FormattedMessage id="bulk.change" />
        </Button>
      </div>
    </section>
  );
}
