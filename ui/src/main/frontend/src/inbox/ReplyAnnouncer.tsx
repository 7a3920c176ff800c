import { useEffect, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import type { InboxRowFragment } from '../gql/graphql';
import { rowTitle } from './rowTitle';

/** A reply the live feed told of: its conversation, and when it came. */
export interface ArrivedReply {
  conversationId: string;
  at: string;
}

/**
 * Tells screen reader users politely of a reply that arrived in another conversation than the open one (whose
 * timeline announces its own): who from and what it says, once the list has been read again; a reply to a
 * conversation outside the view shown, without them.
 */
export function ReplyAnnouncer(props: { reply: ArrivedReply | null; rows: InboxRowFragment[]; counts: unknown }) {
  const { reply, rows, counts } = props;
  const intl = useIntl();
  const [said, setSaid] = useState('');
  // The reply waits for the list or the counts to be read again after it: the rows it arrived with are older.
  const waiting = useRef<{ reply: ArrivedReply; rows: InboxRowFragment[]; counts: unknown } | null>(null);
  const seen = useRef({ rows, counts });
  seen.current = { rows, counts };

  useEffect(() => {
    if (reply) {
      waiting.current = { reply, ...seen.current };
    }
  }, [reply]);

  useEffect(() => {
    const pending = waiting.current;
    if (!pending) {
      return;
    }
    const row = rows.find((r) => r.id === pending.reply.conversationId);
    // Its row, once read again; with no row in this view, whichever of the list or the counts comes back first.
    if (row ? rows === pending.rows : rows === pending.rows && counts === pending.counts) {
      return;
    }
    waiting.current = null;
    setSaid(
      !row
        ? intl.formatMessage({ id: 'inbox.announce.replyElsewhere' })
        : row.lastDirection === 'INBOUND'
          ? intl.formatMessage({ id: 'inbox.announce.reply' }, { who: rowTitle(row, intl), text: row.lastMessage })
          : intl.formatMessage({ id: 'inbox.announce.replyFrom' }, { who: rowTitle(row, intl) }),
    );
  }, [rows, counts, intl]);

  return (
    <p className="visually-hidden" aria-live="polite">
      {said}
    </p>
  );
}
