import { renderWithProviders } from '../test/render';
import type { InboxRowFragment } from '../gql/graphql';
import { ReplyAnnouncer, type ArrivedReply } from './ReplyAnnouncer';

function row(id: string, lastMessage: string, lastDirection = 'INBOUND'): InboxRowFragment {
  return {
    __typename: 'InboxConversation',
    id,
    contactNumber: '+12015550100',
    candidates: 1,
    personal: false,
    poolName: 'Advising',
    lastMessage,
    lastDirection,
    lastStatus: null,
    lastActivityAt: '2026-12-03T08:00:00Z',
    unreadCount: 1,
    assignee: null,
    contact: { __typename: 'Contact', id: 'p1', firstName: 'Ana', lastName: 'Ruiz', kind: 'STUDENT' },
  } as InboxRowFragment;
}

function announcer() {
  const view = (reply: ArrivedReply | null, rows: InboxRowFragment[], counts: unknown) => (
    <ReplyAnnouncer reply={reply} rows={rows} counts={counts} />
  );
  const { container, rerender } = renderWithProviders(view(null, [], {}));
  const spoken = () => container.querySelector('[aria-live="polite"]')?.textContent;
  const show = (reply: ArrivedReply | null, rows: InboxRowFragment[], counts: unknown) =>
    rerender(view(reply, rows, counts));
  return { spoken, show };
}

describe('ReplyAnnouncer', () => {
  it('says who replied and what, once the list shows the reply', () => {
    const { spoken, show } = announcer();
    const before = [row('1', 'See you at 4')];
    const counts = { unread: 0 };
    show(null, before, counts);
    const reply = { conversationId: '1', at: '2026-12-03T08:01:00Z' };
    show(reply, before, counts);
    expect(spoken()).toBe('');

    show(reply, [row('1', 'Can I come at 5?')], counts);
    expect(spoken()).toBe('New reply from Ana Ruiz: Can I come at 5?');
  });

  it('says a reply came elsewhere when its conversation is not in the view', () => {
    const { spoken, show } = announcer();
    const rows = [row('1', 'See you at 4')];
    show(null, rows, { unread: 0 });
    const reply = { conversationId: '9', at: '2026-12-03T08:01:00Z' };
    show(reply, rows, { unread: 0 });
    expect(spoken()).toBe('');

    show(reply, rows, { unread: 1 });
    expect(spoken()).toBe('A new reply arrived in another view.');
  });
});
