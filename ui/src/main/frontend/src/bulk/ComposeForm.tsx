import { useRef, useState, type RefObject } from 'react';
import { useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import {
  Button,
  FieldError,
  Form,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Radio,
  RadioGroup,
  Select,
  SelectValue,
  Text,
  TextArea,
  TextField,
} from 'react-aria-components';
import type { BulkContactsQuery, BulkPoolsQuery, RecordType } from '../gql/graphql';
import { errorSentence } from '../app/errors';
import { countSegments } from '../compose/segments';
import { bulkCaseloadQuery, bulkContactsQuery, bulkPreviewQuery } from './operations';
import { PersonPicker } from './PersonPicker';
import { useDebounced } from './hooks';
import { windowText } from './format';
import styles from './BulkSendScreen.module.css';
import popup from '../ui/ListPopup.module.css';

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

type Problem = 'search' | 'pick' | 'pool' | 'body';

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
  const [showProblems, setShowProblems] = useState(false);
  const fields: Record<Problem, RefObject<HTMLElement | null>> = {
    search: useRef<HTMLInputElement>(null),
    pick: useRef<HTMLInputElement>(null),
    pool: useRef<HTMLButtonElement>(null),
    body: useRef<HTMLTextAreaElement>(null),
  };

  const problems: Problem[] = [];
  if (draft.audience === 'search' && !draft.searchText.trim()) {
    problems.push('search');
  }
  if (draft.audience === 'pick' && draft.picked.length === 0) {
    problems.push('pick');
  }
  if (!poolId) {
    problems.push('pool');
  }
  if (!draft.body.trim()) {
    problems.push('body');
  }
  const problem = (which: Problem) =>
    showProblems && problems.includes(which) ? intl.formatMessage({ id: `bulk.invalid.${which}` }) : undefined;

  // Who the preview is for: the first person the audience names, when one is known.
  const caseload = useQuery(bulkCaseloadQuery, { skip: draft.audience !== 'caseload' });
  const settledSearch = useDebounced(draft.searchText.trim(), 300);
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
        if (problems.length > 0) {
          setShowProblems(true);
          fields[problems[0]].current?.focus();
          return;
        }
        props.onReview();
      }}
    >
      <section className={styles.step} aria-labelledby="bulk-audience-heading">
        <h2 id="bulk-audience-heading" ref={props.audienceHeading} tabIndex={-1} className={styles.stepHeading}>
          <FormattedMessage id="bulk.step.audience" />
        </h2>
        <RadioGroup
          className={styles.radioGroup}
          value={draft.audience}
          onChange={(value) => onChange({ audience: value as AudienceKind })}
        >
          <Label className={styles.label}>
            <FormattedMessage id="bulk.who" />
          </Label>
          <Radio value="caseload" className={styles.radio}>
            <FormattedMessage id="bulk.who.caseload" />
          </Radio>
          <Radio value="search" className={styles.radio}>
            <FormattedMessage id="bulk.who.search" />
          </Radio>
          <Radio value="pick" className={styles.radio}>
            <FormattedMessage id="bulk.who.pick" />
          </Radio>
        </RadioGroup>

        {draft.audience === 'caseload' && (
          <p className={caseload.error ? styles.error : styles.note} aria-live="polite">
            {caseload.error ? (
              <FormattedMessage id="bulk.caseload.failed" values={{ reason: errorSentence(caseload.error, intl) }} />
            ) : caseload.data ? (
              <FormattedMessage id="bulk.caseload.count" values={{ count: caseload.data.myCaseload.length }} />
            ) : null}
          </p>
        )}

        {draft.audience === 'search' && (
          <div className={styles.subfield}>
            <TextField
              className={styles.field}
              value={draft.searchText}
              onChange={(searchText) => onChange({ searchText })}
              isInvalid={Boolean(problem('search'))}
            >
              <Label className={styles.label}>
                <FormattedMessage id="bulk.search.label" />
              </Label>
              <Input ref={fields.search as RefObject<HTMLInputElement>} className={styles.input} />
              <Text slot="description" className={styles.help}>
                <FormattedMessage id="bulk.search.help" />
              </Text>
              <FieldError className={styles.fieldError}>{problem('search')}</FieldError>
            </TextField>
            <p className={matches.error ? styles.error : styles.note} aria-live="polite">
              {!settledSearch || settledSearch !== draft.searchText.trim() ? null : matches.error ? (
                <FormattedMessage id="bulk.search.failed" values={{ reason: errorSentence(matches.error, intl) }} />
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
              invalid={problem('pick')}
              inputRef={fields.pick as RefObject<HTMLInputElement>}
            />
          </div>
        )}

        {props.poolsError ? (
          <p role="alert" className={styles.error}>
            <FormattedMessage id="bulk.pool.failed" values={{ reason: errorSentence(props.poolsError, intl) }} />
          </p>
        ) : !props.poolsLoading && pools.length === 0 ? (
          <p role="alert" className={styles.error}>
            <FormattedMessage id="bulk.pool.none" />
          </p>
        ) : null}
        <Select
          className={styles.field}
          value={poolId}
          onChange={(key) => onChange({ poolId: key == null ? null : String(key) })}
          placeholder={intl.formatMessage({ id: 'bulk.pool.placeholder' })}
          isInvalid={Boolean(problem('pool'))}
          isDisabled={pools.length === 0}
        >
          <Label className={styles.label}>
            <FormattedMessage id="bulk.pool.label" />
          </Label>
          <Button ref={fields.pool as RefObject<HTMLButtonElement>} className={styles.selectButton}>
            <SelectValue className={styles.selectValue} />
            <span aria-hidden="true" className={styles.chevron}>
              ▾
            </span>
          </Button>
          {pool && (
            <Text slot="description" className={styles.help}>
              {poolWindow ? (
                <FormattedMessage id="bulk.pool.window" values={{ window: poolWindow }} />
              ) : (
                <FormattedMessage id="bulk.pool.always" />
              )}
            </Text>
          )}
          <FieldError className={styles.fieldError}>{problem('pool')}</FieldError>
          <Popover className={popup.popover}>
            <ListBox className={popup.listBox} items={pools}>
              {(item) => (
                <ListBoxItem id={item.id} textValue={item.name} className={popup.option}>
                  {item.name}
                </ListBoxItem>
              )}
            </ListBox>
          </Popover>
        </Select>

        <RadioGroup
          className={styles.radioGroup}
          orientation="horizontal"
          value={draft.record}
          onChange={(value) => onChange({ record: value as RecordChoice })}
        >
          <Label className={styles.label}>
            <FormattedMessage id="bulk.record.label" />
          </Label>
          <div className={styles.radioRow}>
            {RECORD_CHOICES.map((choice) => (
              <Radio key={choice} value={choice} className={styles.radio}>
                <FormattedMessage id={`bulk.record.${choice}`} />
              </Radio>
            ))}
          </div>
          <Text slot="description" className={styles.help}>
            <FormattedMessage id="bulk.record.help" />
          </Text>
        </RadioGroup>
      </section>

      <section className={styles.step} aria-labelledby="bulk-message-heading">
        <h2 id="bulk-message-heading" ref={props.messageHeading} tabIndex={-1} className={styles.stepHeading}>
          <FormattedMessage id="bulk.step.message" />
        </h2>
        <TextField
          className={styles.field}
          value={draft.body}
          onChange={(body) => onChange({ body })}
          isInvalid={Boolean(problem('body'))}
        >
          <Label className={styles.label}>
            <FormattedMessage id="bulk.message.label" />
          </Label>
          <TextArea ref={fields.body as RefObject<HTMLTextAreaElement>} rows={5} className={styles.textArea} />
          <Text slot="description" className={styles.help}>
            <FormattedMessage id="bulk.message.help" />
          </Text>
          <FieldError className={styles.fieldError}>{problem('body')}</FieldError>
        </TextField>
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
        {Boolean(props.planError) && (
          <p role="alert" className={styles.error}>
            <FormattedMessage id="bulk.plan.failed" values={{ reason: errorSentence(props.planError, intl) }} />
          </p>
        )}
        <div className={styles.actions}>
          {/* Not isPending: React Aria would announce the button by id after this step has replaced it. */}
          <Button type="submit" className={styles.primary} isDisabled={props.planning}>
            <FormattedMessage id="bulk.review" />
          </Button>
          {props.planning && (
            <span className={styles.note} role="status">
              <FormattedMessage id="bulk.reviewing" />
            </span>
          )}
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
  const body = useDebounced(props.body, 500);
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
