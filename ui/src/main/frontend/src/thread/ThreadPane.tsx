import { useEffect, useRef, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { countSegments } from './segments';
import { FRESH } from '../app/apollo';
import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import { Button, Form, Label, TextArea, TextField } from 'react-aria-components';
import { graphql } from '../gql';
import type { ThreadQuery } from '../gql/graphql';
import styles from './ThreadPane.module.css';

const threadQuery = graphql(`
  query Thread($id: ID!) {
    conversation(id: $id) {
      id
      contactNumber
      personId
      poolId
      ourNumber
    }
    conversationTimeline(id: $id, last: 50) {
      olderCursor
      items {
        kind
        at
        sentByName
        text {
          id
          body
          status
          errorCode
          errorMessage
        }
        email {
          id
          body
          status
          emailAddress
        }
        reply {
          id
          body
        }
        consent {
          id
          action
          scope
          source
        }
      }
    }
  }
`);

const markReadMutation = graphql(`
  mutation MarkRead($id: ID!) {
    markConversationRead(id: $id) {
      id
      unreadCount
    }
  }
`);

const previewQuery = graphql(`
  query Preview($poolId: ID, $personId: ID!, $personal: Boolean, $body: String!) {
    previewMessage(poolId: $poolId, personId: $personId, personal: $personal, body: $body) {
      channel
      sentText
      footerAppended
      segments
      encoding
      reason
      emailTo
    }
  }
`);

const sendMutation = graphql(`
  mutation Send($poolId: ID, $personId: ID!, $personal: Boolean, $body: String!) {
    sendMessage(poolId: $poolId, personId: $personId, personal: $personal, body: $body) {
      id
      status
    }
  }
`);

type Item = ThreadQuery['conversationTimeline']['items'][number];

/** One conversation: its timeline, oldest first, and a composer below it. */
export function ThreadPane({ conversationId, title }: { conversationId: string; title?: string }) {
  const thread = useQuery(threadQuery, { variables: { id: conversationId }, context: FRESH });
  const [markRead] = useMutation(markReadMutation);
  const conversation = thread.data?.conversation;
  const items = thread.data?.conversationTimeline.items ?? [];
  const log = useRef<HTMLDivElement>(null);
  // Open and in sight, the conversation is read, replies that arrive meanwhile included; the newest is shown.
  useEffect(() => {
    void markRead({ variables: { id: conversationId } });
    log.current?.scrollTo({ top: log.current.scrollHeight });
  }, [conversationId, markRead, items.length]);
  return (
    <section className={styles.thread} aria-labelledby="thread-heading">
      <h2 id="thread-heading" className={styles.heading}>
        {title ?? conversation?.contactNumber ?? <FormattedMessage id="thread.title" />}
      </h2>
      {thread.error && (
        <p role="alert" className={styles.error}>
          <FormattedMessage id="thread.failed" values={{ reason: thread.error.message }} />
        </p>
      )}
      <div ref={log} className={styles.timeline} role="log" aria-live="polite" aria-labelledby="thread-heading">
        <ol className={styles.entries}>
          {items.map((item, index) => (
            <TimelineEntry key={entryKey(item, index)} item={item} />
          ))}
        </ol>
      </div>
      {conversation && (
        <Composer
          key={conversationId}
          personId={conversation.personId ?? null}
          poolId={conversation.poolId ?? null}
          onSent={() => void thread.refetch()}
        />
      )}
    </section>
  );
}

function entryKey(item: Item, index: number): string {
  return `${item.kind}-${item.text?.id ?? item.reply?.id ?? item.email?.id ?? item.consent?.id ?? index}`;
}

function TimelineEntry({ item }: { item: Item }) {
  const time = <FormattedDate value={item.at} dateStyle="medium" timeStyle="short" />;
  if (item.kind === 'REPLY' && item.reply) {
    return (
      <li className={`${styles.entry} ${styles.reply}`}>
        <p className={styles.body}>{item.reply.body}</p>
        <p className={styles.meta}>{time}</p>
      </li>
    );
  }
  if (item.kind === 'TEXT' && item.text) {
    return (
      <li className={`${styles.entry} ${styles.text}`}>
        <p className={styles.body}>{item.text.body}</p>
        <p className={styles.meta}>
          {item.sentByName && (
            <>
              <FormattedMessage id="thread.sentBy" values={{ name: item.sentByName }} />
              {' · '}
            </>
          )}
          {time}
          {' · '}
          <FormattedMessage id={`status.${item.text.status}`} />
          {item.text.status === 'FAILED' && item.text.errorMessage && (
            <>
              {': '}
              {item.text.errorMessage}
              {item.text.errorCode ? ` (${item.text.errorCode})` : ''}
            </>
          )}
        </p>
      </li>
    );
  }
  if (item.kind === 'EMAIL' && item.email) {
    return (
      <li className={`${styles.entry} ${styles.text}`}>
        <p className={styles.body}>{item.email.body}</p>
        <p className={styles.meta}>
          <FormattedMessage id="thread.emailed" values={{ address: item.email.emailAddress ?? '' }} />
          {' · '}
          {time}
        </p>
      </li>
    );
  }
  if (item.kind === 'CONSENT' && item.consent) {
    return (
      <li className={styles.event}>
        <FormattedMessage
          id={item.consent.action === 'OPT_OUT' ? 'thread.optedOut' : 'thread.optedIn'}
          values={{ source: item.consent.source, scope: item.consent.scope }}
        />
        {' · '}
        {time}
      </li>
    );
  }
  return null;
}

/** Writes a text; Ctrl+Enter (or ⌘+Enter) sends, Enter makes a new line. What was typed stays if the send fails. */
function Composer(props: { personId: string | null; poolId: string | null; onSent: () => void }) {
  const intl = useIntl();
  const [body, setBody] = useState('');
  const [byEmail, setByEmail] = useState(false);
  const [send, { loading, error }] = useMutation(sendMutation);
  const field = useRef<HTMLTextAreaElement>(null);
  if (!props.personId) {
    return (
      <p className={styles.note}>
        <FormattedMessage id="thread.unknownContact" />
      </p>
    );
  }
  const submit = async () => {
    if (!body.trim() || loading) {
      return;
    }
    await send({
      variables: { poolId: props.poolId, personId: props.personId!, personal: props.poolId === null, body },
    });
    setBody('');
    props.onSent();
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
      <TextField value={body} onChange={setBody} className={styles.field}>
        <Label>
          <FormattedMessage id="composer.label" />
        </Label>
        <TextArea
          ref={field}
          rows={3}
          className={styles.input}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              void submit().catch(() => undefined);
            }
          }}
        />
      </TextField>
      {!byEmail && <SegmentCounter body={body} />}
      <ServerPreview body={body} personId={props.personId} poolId={props.poolId} onChannel={setByEmail} />
      {error && (
        <p role="alert" className={styles.error}>
          <FormattedMessage id="composer.failed" values={{ reason: error.message }} />
        </p>
      )}
      <Button type="submit" className={styles.send} isDisabled={loading}>
        {intl.formatMessage({ id: loading ? 'composer.sending' : byEmail ? 'composer.sendByEmail' : 'composer.send' })}
      </Button>
    </Form>
  );
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
  /** Told whether the text would go by email (true) or as a text. */
  onChannel: (byEmail: boolean) => void;
}) {
  const [settled, setSettled] = useState(props.body);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(props.body), 500);
    return () => window.clearTimeout(timer);
  }, [props.body]);
  const preview = useQuery(previewQuery, {
    skip: !settled.trim(),
    variables: { poolId: props.poolId, personId: props.personId, personal: props.poolId === null, body: settled },
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
      <p className={styles.notice} role="status">
        <FormattedMessage
          id={result.emailTo ? 'composer.willEmail' : 'composer.cannotReach'}
          values={{ address: result.emailTo ?? '', reason: result.reason ?? '' }}
        />
      </p>
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
