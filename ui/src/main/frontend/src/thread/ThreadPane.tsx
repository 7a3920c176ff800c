import { useEffect, useRef, type ReactNode } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { FormattedDate, FormattedMessage, FormattedRelativeTime, useIntl } from 'react-intl';
import { FRESH } from '../app/apollo';
import { MeQuery } from '../api/me';
import { contactPanelQuery } from '../api/contact';
import { Composer } from '../compose/Composer';
import { Assignment } from './Assignment';
import { NoteComposer } from './NoteComposer';
import { graphql } from '../gql';
import type { ThreadQuery } from '../gql/graphql';
import { Button } from '../ui/Button';
import { Notice } from '../ui/Notice';
import styles from './ThreadPane.module.css';

export const threadQuery = graphql(`
  query Thread($id: ID!) {
    conversation(id: $id) {
      id
      contactNumber
      personId
      poolId
      ourNumber
      assignee {
        staffUserId
        name
      }
    }
    conversationTimeline(id: $id, last: 50) {
      olderCursor
      items {
        kind
        at
        sentByName
        sentByStaffUserId
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
          routingReason
        }
        consent {
          id
          action
          scope
          source
        }
        note {
          id
          body
          author {
            staffUserId
            name
          }
          mentioned {
            staffUserId
            name
          }
        }
      }
    }
  }
`);

const markUnreadMutation = graphql(`
  mutation MarkUnread($id: ID!) {
    markConversationUnread(id: $id) {
      id
      unreadCount
    }
  }
`);

export const markReadMutation = graphql(`
  mutation MarkRead($id: ID!) {
    markConversationRead(id: $id) {
      id
      unreadCount
    }
  }
`);

type Item = ThreadQuery['conversationTimeline']['items'][number];

/** A colleague's text this recent is shown as a notice, so two people do not answer the same reply. */
const COLLEAGUE_WINDOW_MS = 10 * 60 * 1000;

/** One conversation: its timeline, oldest first, who the person is, and a composer below. */
export function ThreadPane({
  conversationId,
  title,
  contactPanel,
}: {
  conversationId: string;
  title?: string;
  /** Who the person is, shown above the timeline (the people folder's panel, passed in by the app). */
  contactPanel?: (personId: string) => ReactNode;
}) {
  const thread = useQuery(threadQuery, { variables: { id: conversationId }, context: FRESH });
  const me = useQuery(MeQuery).data?.me;
  const [markRead] = useMutation(markReadMutation);
  const [markUnread, unread] = useMutation(markUnreadMutation);
  const conversation = thread.data?.conversation;
  // Opened from an address rather than a row, the name comes from the contact panel's answer (one request).
  const contact = useQuery(contactPanelQuery, {
    variables: { personId: conversation?.personId ?? '' },
    skip: Boolean(title) || !conversation?.personId,
  }).data?.contact;
  const heading = title ?? (contact ? `${contact.firstName} ${contact.lastName}` : conversation?.contactNumber);
  const items = thread.data?.conversationTimeline.items ?? [];
  const log = useRef<HTMLDivElement>(null);
  // Open and in sight, the conversation is read, replies that arrive meanwhile included; the newest is shown.
  useEffect(() => {
    void markRead({ variables: { id: conversationId } });
    if (log.current) {
      log.current.scrollTop = log.current.scrollHeight;
    }
  }, [conversationId, markRead, items.length]);
  // Until the user is known, every text might be their own: no notice rather than a wrong one.
  const colleague = me
    ? [...items]
        .reverse()
        .find((item) => item.kind === 'TEXT' && item.sentByStaffUserId && item.sentByStaffUserId !== me.id)
    : undefined;
  const colleagueRecent = colleague && Date.now() - Date.parse(colleague.at) < COLLEAGUE_WINDOW_MS;
  return (
    <section className={styles.thread} aria-labelledby="thread-heading">
      <div className={styles.header}>
        <h2 id="thread-heading" className={styles.heading}>
          {heading ?? <FormattedMessage id="thread.title" />}
        </h2>
        <Button
          variant="secondary"
          onPress={() => void markUnread({ variables: { id: conversationId } })}
          isDisabled={unread.loading}
        >
          <FormattedMessage id="thread.markUnread" />
        </Button>
      </div>
      {conversation?.poolId && (
        <Assignment
          conversationId={conversationId}
          poolId={conversation.poolId}
          assignee={conversation.assignee ?? null}
          meId={me?.id}
        />
      )}
      <Notice kind="status" className={styles.note}>
        {unread.data && <FormattedMessage id="thread.markedUnread" />}
      </Notice>
      <Notice kind="error" id="thread.failed" error={thread.error} />
      {conversation?.personId && contactPanel?.(conversation.personId)}
      <div
        ref={log}
        className={styles.timeline}
        role="log"
        aria-live="polite"
        aria-labelledby="thread-heading"
        tabIndex={0}
      >
        <ol className={styles.entries}>
          {items.map((item, index) => (
            <TimelineEntry key={entryKey(item, index)} item={item} />
          ))}
        </ol>
      </div>
      {colleagueRecent && colleague?.sentByName && (
        <Notice kind="status" className={styles.notice}>
          <FormattedMessage
            id="thread.colleagueReplied"
            values={{
              name: colleague.sentByName,
              when: (
                <FormattedRelativeTime
                  value={Math.round((Date.parse(colleague.at) - Date.now()) / 60000)}
                  unit="minute"
                  numeric="auto"
                />
              ),
            }}
          />
        </Notice>
      )}
      {conversation &&
        (conversation.personId ? (
          <Composer
            key={conversationId}
            personId={conversation.personId}
            poolId={conversation.poolId ?? null}
            draftKey={conversationId}
            onSent={() => void thread.refetch()}
          />
        ) : (
          <p className={styles.note}>
            <FormattedMessage id="thread.unknownContact" />
          </p>
        ))}
      {conversation && (
        <details className={styles.noteDetails}>
          <summary>
            <FormattedMessage id="thread.note.open" />
          </summary>
          <NoteComposer
            conversationId={conversationId}
            poolId={conversation.poolId ?? null}
            onAdded={() => void thread.refetch()}
          />
        </details>
      )}
    </section>
  );
}

function entryKey(item: Item, index: number): string {
  return `${item.kind}-${item.text?.id ?? item.reply?.id ?? item.email?.id ?? item.consent?.id ?? item.note?.id ?? index}`;
}

function TimelineEntry({ item }: { item: Item }) {
  const intl = useIntl();
  const time = <FormattedDate value={item.at} dateStyle="medium" timeStyle="short" />;
  if (item.kind === 'REPLY' && item.reply) {
    return (
      <li className={`${styles.entry} ${styles.reply}`}>
        <p className={styles.body}>{item.reply.body}</p>
        <p className={styles.meta}>{time}</p>
        {item.reply.routingReason && (
          <details className={styles.why}>
            <summary>
              <FormattedMessage id="thread.whyHere" />
            </summary>
            {item.reply.routingReason}
          </details>
        )}
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
          {(item.text.status === 'FAILED' || item.text.status === 'UNDELIVERED') &&
            (item.text.errorCode || item.text.errorMessage) && (
              <>
                {': '}
                <CarrierError code={item.text.errorCode ?? null} message={item.text.errorMessage ?? null} />
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
  if (item.kind === 'NOTE' && item.note) {
    return (
      <li className={`${styles.entry} ${styles.staffNote}`}>
        <p className={styles.noteLabel}>
          <FormattedMessage id="thread.note.by" values={{ name: item.note.author.name }} />
        </p>
        <p className={styles.body}>{item.note.body}</p>
        <p className={styles.meta}>
          {time}
          {item.note.mentioned.length > 0 && (
            <>
              {' · '}
              <FormattedMessage
                id="thread.note.told"
                values={{ names: item.note.mentioned.map((m) => m.name).join(', ') }}
              />
            </>
          )}
        </p>
      </li>
    );
  }
  if (item.kind === 'CONSENT' && item.consent) {
    return (
      <li className={styles.event}>
        <FormattedMessage
          id={item.consent.action === 'OPT_OUT' ? 'thread.optedOut' : 'thread.optedIn'}
          values={{
            source: intl.formatMessage({ id: `consent.source.${item.consent.source}` }),
            scope: intl.formatMessage({ id: `consent.scope.${item.consent.scope}` }),
          }}
        />
        {' · '}
        {time}
      </li>
    );
  }
  return null;
}


/** The carrier's error codes a user meets most, explained; others show the carrier's own words and the code. */
const EXPLAINED_CODES = [21211, 21408, 21610, 21614, 30003, 30004, 30005, 30006, 30007, 30008, 30034] as const;

function isExplained(code: number | null): code is (typeof EXPLAINED_CODES)[number] {
  return (EXPLAINED_CODES as readonly (number | null)[]).includes(code);
}

function CarrierError({ code, message }: { code: number | null; message: string | null }) {
  if (isExplained(code)) {
    return <FormattedMessage id={`carrierError.${code}`} values={{ code }} />;
  }
  return (
    <>
      {message ?? ''}
      {code !== null ? ` (${code})` : ''}
    </>
  );
}
