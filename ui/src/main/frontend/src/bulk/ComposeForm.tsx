import { useRef, useState, type RefObject } from 'react';
import { useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { BulkContactsQuery, BulkPoolsQuery, RecordType } from '../gql/graphql';
import { countSegments } from '../compose/segments';
import { bulkCaseloadQuery, bulkContactsQuery, bulkPreviewQuery } from './operations';
import { PersonPicker } from './PersonPicker';
import { PREVIEW_PAUSE_MS, SEARCH_PAUSE_MS, useDebounced } from '../lib/timing';
import { Button } from '../ui/Button';
import { Form } from '../ui/FormParts';
import { Notice } from '../ui/Notice';
import { RadioGroup } from '../ui/RadioGroup';
import { Select } from '../ui/Select';
import { TextArea } from '../ui/TextArea';
import { TextField } from '../ui/TextField';
import { windowText } from './format';
import styles from './BulkSendScreen.module.css';

export type Person = BulkContactsQuery['searchContacts']['contacts'][number];
export type Pool = BulkPoolsQuery['pools'][number];
export type AudienceKind = 'caseload' | 'search' | 'pick';
export type RecordChoice = 'ANY' | RecordType;

/** What the user has entered so far; kept whole while they move between the steps. */
export interface Draft {
  audience: AudienceKind;
  searchText: string;
  picked: Person[];
  /** Null: not chosen (the only pool is then taken). */
  poolId: string | null;
  record: RecordChoice;
  body: string;
}

export const EMPTY_DRAFT: Draft = {
  audience: 'caseload',
  searchText: '',
  picked: [],
  poolId: null,
  record: 'ANY',
  body: '',
};

export const RECORD_CHOICES: RecordChoice[] = ['ANY', 'STUDENT', 'EMPLOYEE', 'GUARDIAN'];

/** Steps 1 and 2 on one form: who gets it, from which pool and which of their mobiles; then the message. */
export function ComposeForm(props: {
  draft: Draft;
  onChange: (patch: Partial<Draft>) => void;
  pools: Pool[];
  poolId: string | null;
  poolsLoading: boolean;
  poolsError: unknown;
  planning: boolean;
  planError: unknown;
  onReview: () => void;
  audienceHeading: RefObject<HTMLHeadingElement | null>;
  messageHeading: RefObject<HTMLHeadingElement | null>;
}) {
  const { draft, onChange, pools, poolId } = props;
  const intl = useIntl();
  // What is missing shows once the user asks for the plan, through each field's own `validate`; in aria mode React
  // Aria re-checks as they type, so a message goes as soon as it is fixed (native mode would keep it until blur).
  const [showProblems, setShowProblems] = useState(false);
  const fields = {
    search: useRef<HTMLInputElement>(null),
    pick: useRef<HTMLInputElement>(null),
    pool: useRef<HTMLButtonElement>(null),
    body: useRef<HTMLTextAreaElement>(null),
  };
  type Problem = keyof typeof fields;
  const missing: Record<Problem, boolean> = {
    search: draft.audience === 'search' && !draft.searchText.trim(),
    pick: draft.audience === 'pick' && draft.picked.length === 0,
    pool: !poolId,
    body: !draft.body.trim(),
  };
  const firstProblem = (Object.keys(fields) as Problem[]).find((which) => missing[which]);
  const saying = (which: Problem) => (showProblems ? intl.formatMessage({ id: `bulk.invalid.${which}` }) : null);
  const required = (which: Problem) => (value: string) => (value.trim() ? null : saying(which));

  // Who the preview is for: the first person the audience names, when one is known.
  const caseload = useQuery(bulkCaseloadQuery, { skip: draft.audience !== 'caseload' });
  const settledSearch = useDebounced(draft.searchText.trim(), SEARCH_PAUSE_MS);
  const matches = useQuery(bulkContactsQuery, {
    skip: draft.audience !== 'search' || !settledSearch,
    variables: { text: settledSearch, limit: 1 },
  });
  const firstPerson =
    draft.audience === 'caseload'
      ? caseload.data?.myCaseload[0]
      : draft.audience === 'pick'
        ? draft.picked[0]
        : settledSearch
          ? matches.data?.searchContacts.contacts[0]
          : undefined;

  const pool = pools.find((p) => p.id === poolId);
  const poolWindow = pool ? windowText(pool.sendingWindow) : undefined;

  return (
    <Form
      className={styles.form}
      validationBehavior="aria"
      onSubmit={(event) => {
        event.preventDefault();
        if (props.planning) {
          return;
        }
        if (firstProblem) {
          setShowProblems(true);
          fields[firstProblem].current?.focus();
          return;
        }
        props.onReview();
      }}
    >
      <section className={styles.step} aria-labelledby="bulk-audience-heading">
        <h2 id="bulk-audience-heading" ref={props.audienceHeading} tabIndex={-1} className={styles.stepHeading}>
          <FormattedMessage id="bulk.step.audience" />
        </h2>
        <RadioGroup<AudienceKind>
          label={<FormattedMessage id="bulk.who" />}
          value={draft.audience}
          onChange={(audience) => onChange({ audience })}
          options={[
            { id: 'caseload', name: <FormattedMessage id="bulk.who.caseload" /> },
            { id: 'search', name: <FormattedMessage id="bulk.who.search" /> },
            { id: 'pick', name: <FormattedMessage id="bulk.who.pick" /> },
          ]}
        />

        {draft.audience === 'caseload' && (
          <p className={caseload.error ? styles.failed : styles.note} aria-live="polite">
            {caseload.error ? (
              <Notice kind="note" as="span" id="bulk.caseload.failed" error={caseload.error} />
            ) : caseload.data ? (
              <FormattedMessage id="bulk.caseload.count" values={{ count: caseload.data.myCaseload.length }} />
            ) : null}
          </p>
        )}

        {draft.audience === 'search' && (
          <div className={styles.subfield}>
            <TextField
              label={<FormattedMessage id="bulk.search.label" />}
              description={<FormattedMessage id="bulk.search.help" />}
              value={draft.searchText}
              onChange={(searchText) => onChange({ searchText })}
              validate={required('search')}
              inputRef={fields.search}
              inputClassName={styles.input}
            />
            <p className={matches.error ? styles.failed : styles.note} aria-live="polite">
              {!settledSearch || settledSearch !== draft.searchText.trim() ? null : matches.error ? (
                <Notice kind="note" as="span" id="bulk.search.failed" error={matches.error} />
              ) : matches.data ? (
                <FormattedMessage id="bulk.search.count" values={{ count: matches.data.searchContacts.total }} />
              ) : null}
            </p>
          </div>
        )}

        {draft.audience === 'pick' && (
          <div className={styles.subfield}>
            <PersonPicker
              picked={draft.picked}
              onPick={(person) => onChange({ picked: [...draft.picked, person] })}
              onRemove={(ids) => onChange({ picked: draft.picked.filter((person) => !ids.includes(person.id)) })}
              invalid={missing.pick ? saying('pick') : null}
              inputRef={fields.pick}
            />
          </div>
        )}

        {props.poolsError ? (
          <Notice kind="error" id="bulk.pool.failed" error={props.poolsError} />
        ) : !props.poolsLoading && pools.length === 0 ? (
          <Notice kind="error" id="bulk.pool.none" />
        ) : null}
        <Select
          label={intl.formatMessage({ id: 'bulk.pool.label' })}
          value={poolId}
          options={pools.map((item) => ({ id: item.id, name: item.name }))}
          onChange={(key) => onChange({ poolId: key })}
          placeholder={intl.formatMessage({ id: 'bulk.pool.placeholder' })}
          // React Aria validates no value it does not have, so "nothing chosen" is said as a controlled error.
          isInvalid={showProblems && missing.pool}
          errorMessage={saying('pool')}
          buttonRef={fields.pool}
          isDisabled={pools.length === 0}
          description={
            pool &&
            (poolWindow ? (
              <FormattedMessage id="bulk.pool.window" values={{ window: poolWindow }} />
            ) : (
              <FormattedMessage id="bulk.pool.always" />
            ))
          }
          className={styles.input}
        />

        <RadioGroup<RecordChoice>
          label={<FormattedMessage id="bulk.record.label" />}
          description={<FormattedMessage id="bulk.record.help" />}
          orientation="horizontal"
          value={draft.record}
          onChange={(record) => onChange({ record })}
          options={RECORD_CHOICES.map((choice) => ({
            id: choice,
            name: <FormattedMessage id={`bulk.record.${choice}`} />,
          }))}
        />
      </section>

      <section className={styles.step} aria-labelledby="bulk-message-heading">
        <h2 id="bulk-message-heading" ref={props.messageHeading} tabIndex={-1} className={styles.stepHeading}>
          <FormattedMessage id="bulk.step.message" />
        </h2>
        <TextArea
          label={<FormattedMessage id="bulk.message.label" />}
          description={<FormattedMessage id="bulk.message.help" />}
          rows={5}
          value={draft.body}
          onChange={(body) => onChange({ body })}
          validate={required('body')}
          inputRef={fields.body}
        />
        <SegmentCounter body={draft.body} />
        {firstPerson && poolId && (
          <ServerPreview
            body={draft.body}
            personId={firstPerson.id}
            name={`${firstPerson.firstName} ${firstPerson.lastName}`}
            poolId={poolId}
            record={draft.record}
          />
        )}
        <Notice kind="error" id="bulk.plan.failed" error={props.planError} />
        <div className={styles.actions}>
          {/* Not isPending: React Aria would announce the button by id after this step has replaced it. */}
          <Button type="submit" variant="primary" isDisabled={props.planning}>
            <FormattedMessage id="bulk.review" />
          </Button>
          {props.planning && <Notice kind="status" as="span" id="bulk.reviewing" className={styles.note} />}
        </div>
      </section>
    </Form>
  );
}

/** Segments and encoding of one text as it is typed, said again only when they change. */
function SegmentCounter({ body }: { body: string }) {
  const count = countSegments(body);
  if (count.segments === 0) {
    return null;
  }
  return (
    <p className={styles.note} aria-live="polite">
      {count.encoding === 'GSM7' ? (
        <FormattedMessage id="bulk.segments.gsm" values={{ segments: count.segments }} />
      ) : (
        <FormattedMessage
          id="bulk.segments.ucs"
          values={{ segments: count.segments, characters: count.notGsm7.join(' ') }}
        />
      )}
    </p>
  );
}

/** What the first recipient would get, footer included, asked once typing pauses; nothing when it cannot tell. */
function ServerPreview(props: { body: string; personId: string; name: string; poolId: string; record: RecordChoice }) {
  const body = useDebounced(props.body, PREVIEW_PAUSE_MS);
  const preview = useQuery(bulkPreviewQuery, {
    skip: !body.trim(),
    variables: {
      body,
      personId: props.personId,
      poolId: props.poolId,
      recordType: props.record === 'ANY' ? null : props.record,
    },
  });
  const result = preview.data?.previewMessage;
  if (!body.trim() || !result || preview.error) {
    return null;
  }
  return (
    <p className={styles.preview}>
      {result.channel === 'EMAIL' ? (
        <FormattedMessage id="bulk.preview.email" values={{ name: props.name, reason: result.reason ?? '' }} />
      ) : (
        <FormattedMessage
          id="bulk.preview.text"
          values={{ name: props.name, segments: result.segments, text: result.sentText }}
        />
      )}
    </p>
  );
}
