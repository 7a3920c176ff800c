import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { GraphQLError } from 'graphql';
import { InboxScreen, inboxCountsQuery, inboxPageQuery } from './InboxScreen';
import { inboxLiveSubscription } from './live';
import { MeQuery } from '../api/me';
import { axeViolations, renderWithProviders } from '../test/render';

const counts = {
  request: { query: inboxCountsQuery },
  result: {
    data: {
      inboxCounts: {
        __typename: 'InboxCounts',
        needsReply: 1,
        unread: 2,
        personalNeedsReply: 0,
        personalUnread: 0,
        mineUnread: 1,
        unassignedNeedsReply: 3,
        pools: [{ __typename: 'PoolCounts', poolId: '3', poolName: 'Advising', needsReply: 1, unread: 2 }],
      },
    },
  },
  maxUsageCount: 10,
};

function row(
  id: string,
  firstName: string,
  lastMessage: string,
  unreadCount: number,
  assignee: { staffUserId: string; name: string } | null = null,
) {
  return {
    __typename: 'InboxConversation',
    id,
    contactNumber: '+12015550123',
    candidates: 1,
    personal: false,
    poolName: 'Advising',
    lastMessage,
    lastDirection: 'INBOUND',
    lastStatus: null,
    lastActivityAt: new Date(Date.now() - 5 * 60_000).toISOString(),
    unreadCount,
    assignee: assignee && { __typename: 'StaffName', ...assignee },
    contact: { __typename: 'Contact', id: `p${id}`, firstName, lastName: 'Lopez', kind: 'STUDENT' },
  };
}

function page(filter: object, rows: ReturnType<typeof row>[]) {
  return {
    request: { query: inboxPageQuery, variables: { filter } },
    result: { data: { inbox: { __typename: 'InboxPage', nextCursor: null, rows } } },
    maxUsageCount: 10,
  };
}

// The live connection stays quiet for these tests.
const quiet = { request: { query: inboxLiveSubscription }, result: { data: { inboxEvents: null } }, delay: 600_000 };

function renderInbox(mocks: MockLink.MockedResponse[]) {
  renderWithProviders(<InboxScreen renderThread={(id) => <p>Thread {id} is open</p>} />, {
    mocks: [counts, quiet, ...mocks],
  });
}

describe('InboxScreen', () => {
  beforeEach(() => window.history.replaceState({}, '', import.meta.env.BASE_URL));

  it('lists the conversations of the view, with who, what and how many unread', async () => {
    renderInbox([page({ needsReply: true }, [row('1', 'Ana', 'Where is my transcript?', 2)])]);

    const list = await screen.findByRole('grid', { name: 'Needs reply' });
    const ana = await within(list).findByRole('row', { name: /Ana Lopez/ });
    expect(ana).toHaveTextContent('Student');
    expect(ana).toHaveTextContent('Where is my transcript?');
    expect(ana).toHaveTextContent('2 unread');
    expect(ana).toHaveTextContent('Advising');
    expect(screen.getByRole('tab', { name: /Unread/ })).toHaveTextContent('(2)');
    expect(await axeViolations()).toEqual([]);
  });

  it('switches views from the keyboard and keeps the view in the address', async () => {
    const user = userEvent.setup();
    renderInbox([
      page({ needsReply: true }, [row('1', 'Ana', 'Where is my transcript?', 2)]),
      page({ mine: true }, []),
      page({ unassigned: true }, []),
      page({ unread: true }, [row('2', 'Ben', 'Thanks!', 1)]),
    ]);
    await screen.findByRole('row', { name: /Ana Lopez/ });

    // Past Mine and Unassigned.
    await user.click(screen.getByRole('tab', { name: /Needs reply/ }));
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('tab', { name: /Unread/ })).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByRole('row', { name: /Ben Lopez/ })).toBeInTheDocument();
    expect(window.location.search).toBe('?view=unread');

    window.history.go(-3);
    expect(await screen.findByRole('row', { name: /Ana Lopez/ })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: /Needs reply/ })).toHaveAttribute('aria-selected', 'true');
  });

  it('opens a conversation with Enter, beside the list', async () => {
    const user = userEvent.setup();
    renderInbox([page({ needsReply: true }, [row('1', 'Ana', 'Where is my transcript?', 2)])]);
    await screen.findByRole('row', { name: /Ana Lopez/ });

    // From the views, Tab goes past the date filter into the list.
    await user.click(screen.getByRole('tab', { name: /Needs reply/ }));
    // (jsdom lets Tab into the closed date filter too, which a browser skips.)
    const isAna = () =>
      document.activeElement?.getAttribute('role') === 'row' && /Ana Lopez/.test(document.activeElement.textContent ?? '');
    for (let i = 0; i < 8 && !isAna(); i++) {
      await user.tab();
    }
    expect(isAna()).toBe(true);
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Thread 1 is open')).toBeInTheDocument();
    expect(window.location.pathname).toBe(`${import.meta.env.BASE_URL}conversations/1`);
  });

  it('has views of the conversations the user has and of those nobody has, with who has each', async () => {
    const user = userEvent.setup();
    renderInbox([
      page({ needsReply: true }, [row('1', 'Ana', 'Where is my transcript?', 2, { staffUserId: '8', name: 'Sam Lee' })]),
      page({ mine: true }, [row('2', 'Ben', 'Thanks!', 1, { staffUserId: '7', name: 'Dana Advisor' })]),
      page({ unassigned: true }, [row('3', 'Cy', 'Hello?', 1)]),
    ]);

    const ana = await screen.findByRole('row', { name: /Ana Lopez/ });
    expect(ana).toHaveTextContent(/Assigned to → Sam Lee/);
    expect(screen.getByRole('tab', { name: /Mine/ })).toHaveTextContent('(1)');
    expect(screen.getByRole('tab', { name: /Unassigned/ })).toHaveTextContent('(3)');

    await user.click(screen.getByRole('tab', { name: /Mine/ }));
    const ben = await screen.findByRole('row', { name: /Ben Lopez/ });
    expect(ben).toHaveTextContent(/Assigned to → Dana Advisor/);
    expect(window.location.search).toBe('?view=mine');

    await user.keyboard('{ArrowDown}');
    const cy = await screen.findByRole('row', { name: /Cy Lopez/ });
    expect(cy).not.toHaveTextContent('Assigned to');
    expect(window.location.search).toBe('?view=unassigned');
    expect(await axeViolations()).toEqual([]);
  });

  it('tells the user a note named them, with the way to the conversation', async () => {
    const user = userEvent.setup();
    const me = {
      request: { query: MeQuery },
      result: {
        data: {
          me: { __typename: 'Me', id: '7', name: 'Dana Advisor', email: null, roles: ['staff'], personalNumber: null },
        },
      },
    };
    const mention = {
      request: { query: inboxLiveSubscription },
      result: {
        data: {
          inboxEvents: {
            __typename: 'InboxEvent',
            kind: 'MENTION',
            conversationId: '9',
            at: new Date().toISOString(),
            mentionedStaffUserId: '7',
          },
        },
      },
      delay: 50,
    };
    renderWithProviders(<InboxScreen renderThread={(id) => <p>Thread {id} is open</p>} />, {
      mocks: [counts, me, mention, page({ needsReply: true }, [row('1', 'Ana', 'Where is my transcript?', 2)])],
    });

    expect(await screen.findByText('A colleague mentioned you in a note.')).toHaveAttribute('role', 'status');
    await user.click(screen.getByRole('button', { name: 'Open the conversation' }));
    expect(await screen.findByText('Thread 9 is open')).toBeInTheDocument();
  });

  it('says when the conversations cannot be loaded', async () => {
    renderInbox([
      {
        request: { query: inboxPageQuery, variables: { filter: { needsReply: true } } },
        result: { errors: [new GraphQLError('No access', { extensions: { code: 'FORBIDDEN' } })] },
      },
    ]);
    expect(await screen.findByRole('alert')).toHaveTextContent('The conversations could not be loaded');
  });
});
