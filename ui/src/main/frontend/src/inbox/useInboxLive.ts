import { useEffect, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { useLiveSubscription } from '../app/useLiveSubscription';
import { go } from '../app/routes';
import { coalesce } from '../lib/timing';
import { inboxLiveSubscription } from './live';
import { notifyReply } from './notifications';
import type { ArrivedReply } from './ReplyAnnouncer';

/** The shortest time between two reads of the inbox that live events ask for. */
const EVENT_READS_MS = 1000;

/**
 * The inbox's live events. Each asks again for what the screen shows (`askAgain`), at most once a second while
 * they keep coming and always after the last one, as does a gap in the connection. A reply notifies (when the
 * user allowed it), and a reply to another conversation than the open one is returned to be announced (the open
 * one's timeline speaks for itself).
 */
export function useInboxLive({
  openId,
  askAgain,
  meId,
}: {
  openId: string | null;
  askAgain: () => void;
  /** The signed-in user: a note naming them is theirs to be told of. */
  meId?: string;
}): {
  arrived: ArrivedReply | null;
  mentioned: { conversationId: string } | null;
} {
  const intl = useIntl();
  const [arrived, setArrived] = useState<ArrivedReply | null>(null);
  const [mentioned, setMentioned] = useState<{ conversationId: string } | null>(null);
  // The event handler outlives renders: it reads the latest of these.
  const latest = useRef({ openId, askAgain, intl, meId });
  useEffect(() => {
    latest.current = { openId, askAgain, intl, meId };
  });
  const [eventReads] = useState(() => coalesce(() => latest.current.askAgain(), EVENT_READS_MS));
  useEffect(() => () => eventReads.cancel(), [eventReads]);

  useLiveSubscription(inboxLiveSubscription, askAgain, {
    onData: ({ data }) => {
      const event = data.data?.inboxEvents;
      if (!event) {
        return;
      }
      eventReads.call();
      if (event.kind === 'MENTION' && event.conversationId && event.mentionedStaffUserId === latest.current.meId) {
        setMentioned({ conversationId: event.conversationId });
      }
      if (event.kind === 'REPLY' && event.conversationId) {
        const id = event.conversationId;
        const { openId: open, intl: words } = latest.current;
        if (id !== open) {
          setArrived({ conversationId: id, at: event.at });
        }
        notifyReply(
          words.formatMessage({ id: 'inbox.notification.title' }),
          words.formatMessage({ id: 'inbox.notification.body' }),
          () => go({ name: 'conversation', id }),
        );
      }
    },
  });
  return { arrived, mentioned };
}
