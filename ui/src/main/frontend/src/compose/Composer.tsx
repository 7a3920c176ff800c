import { useEffect, useId, useRef, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Checkbox } from 'react-aria-components';
import { Button } from '../ui/Button';
import { Form } from '../ui/FormParts';
import { TextArea } from '../ui/TextArea';
import { graphql } from '../gql';
import { previewQuery } from '../api/preview';
import type { RecordType } from '../gql/graphql';
import { Notice } from '../ui/Notice';
import { countSegments } from './segments';
import { enterSends, keepDraft, readDraft, setEnterSends } from './drafts';
import styles from './Composer.module.css';
import { PREVIEW_PAUSE_MS, useDebounced } from '../lib/timing';


export const sendMutation = graphql(`
  mutation Send($poolId: ID, $personId: ID!, $personal: Boolean, $recordType: RecordType, $body: String!) {
    sendMessage(poolId: $poolId, personId: $personId, personal: $personal, recordType: $recordType, body: $body) {
      id
      status
      conversationId
    }
  }
`);

export const savedRepliesQuery = graphql(`
  query SavedRepliesForComposer($poolId: ID) {
    savedReplies(poolId: $poolId) {
      id
      title
      body
    }
  }
`);

export interface ComposerProps {
  personId: string;
  /** The pool it is sent from; null for the user's personal number. */
  poolId: string | null;
  recordType?: RecordType | null;
  /** Where the draft is kept: the conversation's id, or the person's for a new conversation. */
  draftKey: string;
  onSent: (sent: { id: string; conversationId: string }) => void;
}

/**
 * Writes a text. Ctrl+Enter (or ⌘+Enter) sends unless the user chose Enter; "/" at the start offers the saved
 * replies. What was typed is kept as a draft until sent, so a failed send or leaving the conversation loses nothing.
 */
export function Composer(props: ComposerProps) {
  const intl = useIntl();
  const [body, setBodyState] = useState(() => readDraft(props.draftKey));
  const [byEmail, setByEmail] = useState(false);
  const [enterToSend, setEnterToSend] = useState(enterSends);
  const [send, { loading, error }] = useMutation(sendMutation);
  const field = useRef<HTMLTextAreaElement>(null);
  const setBody = (text: string) => {
    setBodyState(text);
    keepDraft(props.draftKey, text);
  };
  const suggestions = useSavedReplySuggestions(props.poolId, body, (chosen) => {
    setBody(chosen);
    field.current?.focus();
  });

  const submit = async () => {
    if (!body.trim() || loading) {
      return;
    }
    const result = await send({
      variables: {
        poolId: props.poolId,
        personId: props.personId,
        personal: props.poolId === null,
        recordType: props.recordType ?? null,
        body,
      },
    });
    setBody('');
    if (result.data) {
      props.onSent(result.data.sendMessage);
    }
    field.current?.focus();
  };
  return (
    <Form
      className={styles.composer}
      onSubmit={(event) => {
        event.preventDefault();
        void submit().catch(() => undefined);
      }}
    >
      <TextArea
        label={<FormattedMessage id={enterToSend ? 'composer.labelEnter' : 'composer.label'} />}
        value={body}
        onChange={setBody}
        inputRef={field}
        rows={3}
        inputProps={{
          ...suggestions.fieldProps,
          onKeyDown: (event) => {
            if (suggestions.handleKey(event)) {
              return;
            }
            const sends = enterToSend
              ? event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing
              : event.key === 'Enter' && (event.ctrlKey || event.metaKey);
            if (sends) {
              event.preventDefault();
              void submit().catch(() => undefined);
            }
          },
        }}
      />
      {suggestions.list}
      {!byEmail && <SegmentCounter body={body} />}
      <ServerPreview
        body={body}
        personId={props.personId}
        poolId={props.poolId}
        recordType={props.recordType ?? null}
        onChannel={setByEmail}
      />
      <Notice kind="error" id="composer.failed" error={error} />
      <div className={styles.actions}>
        <Checkbox
          className={styles.checkbox}
          isSelected={enterToSend}
          onChange={(value) => {
            setEnterToSend(value);
            setEnterSends(value);
          }}
        >
          <span className={styles.box} aria-hidden="true">
            {enterToSend ? '✓' : ''}
          </span>
          <FormattedMessage id="composer.enterSends" />
        </Checkbox>
        <Button type="submit" variant="primary" className={styles.send} isDisabled={loading}>
          {intl.formatMessage({ id: loading ? 'composer.sending' : byEmail ? 'composer.sendByEmail' : 'composer.send' })}
        </Button>
      </div>
    </Form>
  );
}

/**
 * The saved replies whose title or text matches what follows a leading "/", as a list the arrow keys move through
 * while the focus stays in the text (aria-activedescendant); Enter or Tab puts the chosen reply in, Escape closes.
 */
function useSavedReplySuggestions(poolId: string | null, body: string, choose: (text: string) => void) {
  const intl = useIntl();
  const listId = useId();
  const asking = body.startsWith('/') && !body.includes('\n');
  const replies = useQuery(savedRepliesQuery, { variables: { poolId }, skip: !asking });
  const [active, setActive] = useState(0);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const wanted = body.slice(1).trim().toLowerCase();
  const matches = asking
    ? (replies.data?.savedReplies ?? []).filter(
        (r) => r.title.toLowerCase().includes(wanted) || r.body.toLowerCase().includes(wanted),
      )
    : [];
  const open = asking && dismissed !== body && matches.length > 0;
  useEffect(() => setActive(0), [wanted]);
  const optionId = (index: number) => `${listId}-${index}`;

  return {
    fieldProps: open
      ? {
          'aria-autocomplete': 'list' as const,
          'aria-controls': listId,
          'aria-activedescendant': optionId(Math.min(active, matches.length - 1)),
        }
      : {},
    handleKey(event: React.KeyboardEvent): boolean {
      if (!open) {
        return false;
      }
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((current) => (current + step + matches.length) % matches.length);
        return true;
      }
      if (event.key === 'Enter' || event.key === 'Tab') {
        event.preventDefault();
        choose(matches[Math.min(active, matches.length - 1)].body);
        return true;
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        setDismissed(body);
        return true;
      }
      return false;
    },
    list: (
      <>
        {asking && replies.data && matches.length === 0 && (
          <Notice kind="status" id="composer.noSavedReplies" size="small" />
        )}
        {open && (
          <ul
            id={listId}
            role="listbox"
            aria-label={intl.formatMessage({ id: 'composer.savedReplies' })}
            className={styles.suggestions}
          >
            {matches.map((reply, index) => (
              <li
                key={reply.id}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                className={index === active ? styles.activeSuggestion : undefined}
                onMouseDown={(event) => {
                  event.preventDefault();
                  choose(reply.body);
                }}
              >
                <strong>{reply.title}</strong> {reply.body}
              </li>
            ))}
          </ul>
        )}
      </>
    ),
  };
}

/** Segments and encoding as the user types, announced only when they change (a segment boundary, an accent). */
function SegmentCounter({ body }: { body: string }) {
  const count = countSegments(body);
  if (count.segments === 0) {
    return null;
  }
  return (
    <p className={styles.counter} aria-live="polite">
      {count.encoding === 'GSM7' ? (
        <FormattedMessage id="composer.segmentsGsm" values={{ segments: count.segments }} />
      ) : (
        <FormattedMessage
          id="composer.segmentsUcs"
          values={{ segments: count.segments, characters: count.notGsm7.join(' ') }}
        />
      )}
    </p>
  );
}

/** What the server would do with the text (footer, channel), asked once typing pauses: typing never waits. */
function ServerPreview(props: {
  body: string;
  personId: string;
  poolId: string | null;
  recordType: RecordType | null;
  /** Told whether the text would go by email (true) or as a text. */
  onChannel: (byEmail: boolean) => void;
}) {
  const settled = useDebounced(props.body, PREVIEW_PAUSE_MS);
  const preview = useQuery(previewQuery, {
    skip: !settled.trim(),
    variables: {
      poolId: props.poolId,
      personId: props.personId,
      personal: props.poolId === null,
      recordType: props.recordType,
      body: settled,
    },
  });
  const result = preview.data?.previewMessage;
  const byEmail = Boolean(settled.trim()) && result?.channel === 'EMAIL';
  const { onChannel } = props;
  useEffect(() => onChannel(byEmail), [byEmail, onChannel]);
  if (!settled.trim() || !result) {
    return null;
  }
  if (result.channel === 'EMAIL') {
    return (
      <Notice
        kind="status"
        id={result.emailTo ? 'composer.willEmail' : 'composer.cannotReach'}
        values={{ address: result.emailTo ?? '', reason: result.reason ?? '' }}
        tone="warning"
        size="small"
      />
    );
  }
  if (!result.footerAppended) {
    return null;
  }
  return (
    <p className={styles.preview}>
      <FormattedMessage id="composer.sentAs" values={{ text: result.sentText }} />
    </p>
  );
}
