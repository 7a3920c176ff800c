import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { FormattedMessage, FormattedRelativeTime, useIntl } from 'react-intl';
import {
  Collection,
  GridList,
  GridListItem,
  GridListLoadMoreItem,
  ListLayout,
  Tab,
  TabList,
  TabPanel,
  Tabs,
  Virtualizer,
} from 'react-aria-components';
import { graphql } from '../gql';
import type { InboxCountsQuery, InboxRowFragment } from '../gql/graphql';
import { ALL, MINE, NEEDS_REPLY, PERSONAL, UNASSIGNED, UNREAD, poolView, type InboxView } from './views';
import { FRESH } from '../app/apollo';
import { MeQuery } from '../api/me';
import { go, useRoute } from '../app/routes';
import { notificationsSupported } from './notifications';
import { useInboxLive } from './useInboxLive';
import { DateFilter, activityDates } from './DateFilter';
import { rowTitle } from './rowTitle';
import { Button } from '../ui/Button';
import { Notice } from '../ui/Notice';
import { ReplyAnnouncer } from './ReplyAnnouncer';
import styles from './InboxScreen.module.css';

export const inboxCountsQuery = graphql(`
  query InboxCounts {
    inboxCounts {
      needsReply
      unread
      personalNeedsReply
      personalUnread
      mineUnread
      unassignedNeedsReply
      pools {
        poolId
        poolName
        needsReply
        unread
      }
    }
  }
`);

export const inboxRowFragment = graphql(`
  fragment InboxRow on InboxConversation {
    id
    contactNumber
    candidates
    personal
    poolName
    lastMessage
    lastDirection
    lastStatus
    lastActivityAt
    unreadCount
    assignee {
      staffUserId
      name
    }
    contact {
      id
      firstName
      lastName
      kind
    }
  }
`);

export const inboxPageQuery = graphql(`
  query InboxPage($filter: InboxFilter, $after: String) {
    inbox(filter: $filter, first: 50, after: $after) {
      nextCursor
      rows {
        ...InboxRow
      }
    }
  }
`);

/** The inbox: views with their counts, and the conversations of the chosen view, newest activity first. */
export function InboxScreen({
  renderThread,
}: {
  /** The open conversation beside the list (the thread folder's pane, passed in by the app). */
  renderThread: (conversationId: string, title: string | undefined) => ReactNode;
}) {
  const intl = useIntl();
  const client = useApolloClient();
  // The view, the dates and the open conversation are in the address (/app/conversations/12?view=unread), so Back
  // and bookmarks restore them.
  const route = useRoute();
  const where = route.name === 'inbox' || route.name === 'conversation' ? route : { name: 'inbox' as const };
  const viewKey = where.view ?? NEEDS_REPLY.key;
  const openId = where.name === 'conversation' ? where.id : null;
  const inboxRoute = { view: where.view, from: where.from, until: where.until };
  // A new view or dates keep the open conversation open.
  const change = (params: { view?: string; from?: string; until?: string }) => {
    const next = { ...inboxRoute, ...params };
    go(openId ? { name: 'conversation', id: openId, ...next } : { name: 'inbox', ...next });
  };
  // The name shown on the row when it was opened: the row may leave the view (read, so no longer Unread).
  const [opened, setOpened] = useState<{ id: string; title?: string }>({ id: '' });
  const openTitle = opened.id === openId ? opened.title : undefined;
  const open = (id: string, title: string | undefined) => {
    setOpened({ id, title });
    go({ name: 'conversation', id, ...inboxRoute });
  };
  // Live events ask again while an earlier answer may be on its way: each asks anew rather than sharing an answer
  // read before the change (a conversation marked read would otherwise stay unread on screen).
  const counts = useQuery(inboxCountsQuery, { context: FRESH });
  const views = useMemo(() => {
    const pools = counts.data?.inboxCounts.pools ?? [];
    return [NEEDS_REPLY, MINE, UNASSIGNED, UNREAD, ALL, PERSONAL, ...pools.map((p) => poolView(p.poolId))];
  }, [counts.data]);
  const view = views.find((v) => v.key === viewKey) ?? NEEDS_REPLY;
  const { from, until } = where;
  const filter = useMemo(() => ({ ...view.filter, ...activityDates({ from, until }) }), [view, from, until]);
  const page = useQuery(inboxPageQuery, { variables: { filter }, context: FRESH });

  // Anything that changed what the user may see: the counts and the view's first page are asked for again, as they
  // are after a gap in the live connection, when events may have been missed.
  const { refetch: refetchCounts } = counts;
  const { refetch: refetchPage } = page;
  const askAgain = useCallback(() => {
    void refetchCounts();
    void refetchPage();
    void client.refetchQueries({ include: ['Thread', 'ContactPanel'] });
  }, [refetchCounts, refetchPage, client]);
  const meId = useQuery(MeQuery).data?.me.id;
  const { arrived, mentioned } = useInboxLive({ openId, askAgain, meId });
  const [permission, setPermission] = useState(() =>
    notificationsSupported() ? Notification.permission : 'denied',
  );

  const unread = Number(counts.data?.inboxCounts.unread ?? 0);
  useEffect(() => {
    document.title = unread > 0 ? `(${unread}) Campus SMS` : 'Campus SMS';
  }, [unread]);

  const rows = page.data?.inbox.rows ?? [];
  const nextCursor = page.data?.inbox.nextCursor;
  return (
    <>
      {permission === 'default' && (
        <Button
          size="small"
          className={styles.notify}
          onPress={() => void Notification.requestPermission().then(setPermission)}
        >
          <FormattedMessage id="inbox.notification.enable" />
        </Button>
      )}
      <ReplyAnnouncer reply={arrived} rows={rows} counts={counts.data} />
      {mentioned && mentioned.conversationId !== openId && (
        <Notice kind="status" className={styles.mentioned}>
          <FormattedMessage id="inbox.mentioned" />{' '}
          <Button size="small" onPress={() => open(mentioned.conversationId, undefined)}>
            <FormattedMessage id="inbox.mentioned.open" />
          </Button>
        </Notice>
      )}
      <Tabs
        orientation="vertical"
        selectedKey={view.key}
        onSelectionChange={(key) => {
          change({ view: String(key) === NEEDS_REPLY.key ? undefined : String(key) });
        }}
        className={`${styles.inbox} ${openId ? styles.withThread : ''}`}
      >
        <TabList aria-label={intl.formatMessage({ id: 'inbox.views' })} className={styles.views}>
          {views.map((v) => (
            <Tab key={v.key} id={v.key} className={styles.view}>
              <ViewLabel view={v} counts={counts.data?.inboxCounts} />
            </Tab>
          ))}
        </TabList>
        {views.map((v) => (
          <TabPanel key={v.key} id={v.key} className={styles.list}>
            {v.key === view.key && (
              <>
                <h2 id="inbox-list-heading" className={styles.listHeading}>
                  <ViewLabel view={view} counts={counts.data?.inboxCounts} withCount={false} />
                </h2>
                <DateFilter
                  days={{ from, until }}
                  onChange={(days) => change(days)}
                />
                <Notice kind="error" id="inbox.failed" error={page.error} className={styles.error} />
                <ConversationList
                  rows={rows}
                  loading={page.loading}
                  onOpen={(row) => open(row.id, rowTitle(row, intl))}
                  onLoadMore={() => {
                    if (nextCursor && !page.loading) {
                      // The cache's inbox policy (app/apollo.ts) adds the page to the end of the list.
                      void page.fetchMore({ variables: { after: nextCursor } });
                    }
                  }}
                />
              </>
            )}
          </TabPanel>
        ))}
        {openId && renderThread(openId, openTitle)}
      </Tabs>
    </>
  );
}

type Counts = InboxCountsQuery['inboxCounts'];

function ViewLabel({ view, counts, withCount = true }: { view: InboxView; counts?: Counts; withCount?: boolean }) {
  const pool = counts?.pools.find((p) => `pool-${p.poolId}` === view.key);
  const [label, count] =
    view.key === NEEDS_REPLY.key
      ? [<FormattedMessage id="inbox.view.needsReply" />, counts?.needsReply]
      : view.key === MINE.key
        ? [<FormattedMessage id="inbox.view.mine" />, counts?.mineUnread]
      : view.key === UNASSIGNED.key
        ? [<FormattedMessage id="inbox.view.unassigned" />, counts?.unassignedNeedsReply]
      : view.key === UNREAD.key
        ? [<FormattedMessage id="inbox.view.unread" />, counts?.unread]
        : view.key === PERSONAL.key
          ? [<FormattedMessage id="inbox.view.personal" />, counts?.personalUnread]
          : view.key === ALL.key
            ? [<FormattedMessage id="inbox.view.all" />, undefined]
            : [<>{pool?.poolName ?? view.key}</>, pool?.unread];
  return (
    <>
      {label}
      {withCount && count !== undefined && Number(count) > 0 && (
        <span className={styles.count}>
          {' '}
          <FormattedMessage id="inbox.count" values={{ count: Number(count) }} />
        </span>
      )}
    </>
  );
}

/** The view's conversations, virtualized (only the rows in sight are in the page), the next page read on scroll. */
function ConversationList(props: {
  rows: InboxRowFragment[];
  loading: boolean;
  onOpen: (row: InboxRowFragment) => void;
  onLoadMore: () => void;
}) {
  const { rows, loading, onOpen, onLoadMore } = props;
  return (
    <Virtualizer layout={ListLayout} layoutOptions={{ estimatedRowHeight: 72 }}>
      <GridList
        aria-labelledby="inbox-list-heading"
        className={styles.rows}
        selectionMode="none"
        renderEmptyState={() =>
          loading ? null : (
            <p className={styles.empty}>
              <FormattedMessage id="inbox.empty" />
            </p>
          )
        }
        onAction={(key) => {
          const row = rows.find((r) => r.id === String(key));
          if (row) {
            onOpen(row);
          }
        }}
      >
        <Collection items={rows}>{(row) => <ConversationRow row={row} />}</Collection>
        <GridListLoadMoreItem isLoading={loading} onLoadMore={onLoadMore} />
      </GridList>
    </Virtualizer>
  );
}

function ConversationRow({ row }: { row: InboxRowFragment }) {
  const intl = useIntl();
  const name = rowTitle(row, intl) ?? row.contactNumber;
  const seconds = Math.round((Date.parse(row.lastActivityAt) - Date.now()) / 1000);
  return (
    <GridListItem id={row.id} textValue={name} className={styles.row}>
      <div className={row.unreadCount > 0 ? styles.unread : undefined}>
        <div className={styles.rowTop}>
          <span className={styles.name}>{name}</span>
          {row.contact && (
            <span className={styles.kind}>
              <FormattedMessage id={`contact.kind.${row.contact.kind}`} />
            </span>
          )}
          {row.assignee && (
            <span className={styles.assignee}>
              <span className="visually-hidden">
                <FormattedMessage id="inbox.assignedTo" />{' '}
              </span>
              <span aria-hidden="true">→ </span>
              {row.assignee.name}
            </span>
          )}
          <span className={styles.time}>
            <FormattedRelativeTime value={seconds} numeric="auto" updateIntervalInSeconds={60} />
          </span>
        </div>
        <div className={styles.rowBottom}>
          <span className={styles.pool}>
            {row.personal ? <FormattedMessage id="inbox.personal" /> : row.poolName}
          </span>
          <span className={styles.preview}>
            {row.lastDirection === 'OUTBOUND' && <FormattedMessage id="inbox.you" />}
            {row.lastMessage}
          </span>
          {row.lastDirection === 'OUTBOUND' && row.lastStatus && (
            <span className={styles.status}>
              <FormattedMessage id={`status.${row.lastStatus}`} />
            </span>
          )}
          {row.unreadCount > 0 && (
            <span className={styles.badge}>
              <FormattedMessage id="inbox.unreadCount" values={{ count: row.unreadCount }} />
            </span>
          )}
        </div>
      </div>
    </GridListItem>
  );
}
