import { useEffect, useRef, useState, type RefObject } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { go, useRoute } from '../app/routes';
import type { BulkPlanMutation, BulkProgressFieldsFragment } from '../gql/graphql';
import { bulkPlanMutation, bulkPoolsQuery, bulkStartMutation } from './operations';
import { ComposeForm, EMPTY_DRAFT, type Draft } from './ComposeForm';
import { PlanStep } from './PlanStep';
import { ProgressStep } from './ProgressStep';
import styles from './BulkSendScreen.module.css';

export type Plan = BulkPlanMutation['planBulkSend'];
type Step = 'audience' | 'message' | 'plan' | 'progress';

/**
 * Bulk send, as a wizard: who gets it and from which pool (1) and the message (2) on one form; the server's plan
 * (3), which the user starts or goes back from; then the send's live progress (4), at bulk/<id> so a reload or
 * the Back button keeps it. Focus goes to each new step's heading; what was typed stays until a new send begins.
 */
export default function BulkSendScreen() {
  const intl = useIntl();
  const route = useRoute();
  const runningId = (route.name === 'bulk' && route.id) || null;
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [plan, setPlan] = useState<Plan | null>(null);
  const [started, setStarted] = useState<BulkProgressFieldsFragment | null>(null);
  const [focusOn, setFocusOn] = useState<Step | null>(null);
  const headings: Record<Step, RefObject<HTMLHeadingElement | null>> = {
    audience: useRef<HTMLHeadingElement>(null),
    message: useRef<HTMLHeadingElement>(null),
    plan: useRef<HTMLHeadingElement>(null),
    progress: useRef<HTMLHeadingElement>(null),
  };

  const poolsResult = useQuery(bulkPoolsQuery);
  const pools = (poolsResult.data?.pools ?? []).filter((pool) => pool.myAccess != null);
  // With one pool to send from, it is the one.
  const poolId = draft.poolId ?? (pools.length === 1 ? pools[0].id : null);

  const [planBulkSend, planning] = useMutation(bulkPlanMutation);
  const [startBulkSend, starting] = useMutation(bulkStartMutation);

  const step: 'compose' | 'plan' | 'progress' = runningId ? 'progress' : plan ? 'plan' : 'compose';

  useEffect(() => {
    document.title = `${intl.formatMessage({ id: 'bulk.title' })} · Campus SMS`;
  }, [intl]);

  // The heading of the step just reached takes focus once it is on the page.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- runs after every render until that heading is there
  useEffect(() => {
    const heading = focusOn ? headings[focusOn].current : null;
    if (heading) {
      heading.focus();
      setFocusOn(null);
    }
  });

  const review = async () => {
    if (!poolId) {
      return;
    }
    const audience =
      draft.audience === 'caseload'
        ? { caseload: true }
        : draft.audience === 'search'
          ? { search: draft.searchText.trim() }
          : { personIds: draft.picked.map((person) => person.id) };
    const result = await planBulkSend({
      variables: {
        audience,
        body: draft.body,
        poolId,
        recordType: draft.record === 'ANY' ? null : draft.record,
      },
    });
    if (result.data) {
      setPlan(result.data.planBulkSend);
      setFocusOn('plan');
    }
  };

  const start = async () => {
    if (!plan) {
      return;
    }
    const result = await startBulkSend({ variables: { planId: plan.id } });
    if (result.data) {
      setStarted(result.data.startBulkSend);
      // A plan is started once; Back from the progress comes to the form, what was typed still there.
      setPlan(null);
      go({ name: 'bulk', id: result.data.startBulkSend.id });
      setFocusOn('progress');
    }
  };

  const startAnother = () => {
    setDraft({ ...EMPTY_DRAFT, poolId: draft.poolId, record: draft.record });
    setStarted(null);
    planning.reset();
    starting.reset();
    go({ name: 'bulk' });
    setFocusOn('audience');
  };

  return (
    <div className={styles.screen}>
      <h1 className={styles.title}>
        <FormattedMessage id="bulk.title" />
      </h1>
      {step === 'compose' && (
        <>
          <p className={styles.intro}>
            <FormattedMessage id="bulk.intro" />
          </p>
          <ComposeForm
            draft={draft}
            onChange={(patch) => setDraft((previous) => ({ ...previous, ...patch }))}
            pools={pools}
            poolId={poolId}
            poolsLoading={poolsResult.loading}
            poolsError={poolsResult.error}
            planning={planning.loading}
            planError={planning.error}
            onReview={() => void review().catch(() => undefined)}
            audienceHeading={headings.audience}
            messageHeading={headings.message}
          />
        </>
      )}
      {step === 'plan' && plan && (
        <PlanStep
          plan={plan}
          draft={draft}
          poolName={pools.find((pool) => pool.id === plan.poolId)?.name ?? ''}
          starting={starting.loading}
          startError={starting.error}
          onStart={() => void start().catch(() => undefined)}
          onChangeMessage={() => {
            starting.reset();
            setPlan(null);
            setFocusOn('message');
          }}
          heading={headings.plan}
        />
      )}
      {step === 'progress' && runningId && (
        <ProgressStep
          key={runningId}
          id={runningId}
          initial={started?.id === runningId ? started : null}
          onStartAnother={startAnother}
          heading={headings.progress}
        />
      )}
    </div>
  );
}
