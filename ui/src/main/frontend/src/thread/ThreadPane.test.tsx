import { screen, waitFor, within } from '@testing-library/react';
import type { MockedResponse } from '@apollo/client/testing';
import { MeQuery } from '../api/me';
import userEvent from '@testing-library/user-event';
import { ThreadPane, markReadMutation, threadQuery } from './ThreadPane';
import { assignMutation, poolMembersQuery } from './Assignment';
import { addNoteMutation } from './NoteComposer';
import { renderWithProviders } from '../test/render';

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

const me: MockedResponse = {
  request: { query: MeQuery },
  result: {
    data: {
      me: {
        __typename: 'Me',
        id: '7',
        name: 'Dana Advisor',
        email: 'dana@example.edu',
        roles: ['staff'],
        personalNumber: null,
      },
    },
  },
};

function text(id: string, at: string, by: { id: string; name: string }, status: string, errorCode: number | null) {
  return {
    __typename: 'TimelineItem',
    kind: 'TEXT',
    at,
    sentByName: by.name,
    sentByStaffUserId: by.id,
    text: {
      __typename: 'OutboundMessage',
      id,
      body: `Text ${id}`,
      status,
      errorCode,
      errorMessage: errorCode ? 'Carrier words' : null,
    },
    email: null,
    reply: null,
    consent: null,
    note: null,
  };
}

const thread: MockedResponse = {
  request: { query: threadQuery, variables: { id: '41' } },
  result: {
    data: {
      conversation: {
        __typename: 'Conversation',
        id: '41',
        contactNumber: '+12025550100',
        personId: null,
        poolId: '3',
        ourNumber: '+12025550199',
        assignee: null,
      },
      conversationTimeline: {
        __typename: 'TimelinePage',
        olderCursor: null,
        items: [
          text('1', minutesAgo(30), { id: '7', name: 'Dana Advisor' }, 'UNDELIVERED', 30007),
          {
            __typename: 'TimelineItem',
            kind: 'REPLY',
            at: minutesAgo(20),
            sentByName: null,
            sentByStaffUserId: null,
            text: null,
            email: null,
            consent: null,
            note: null,
            reply: {
              __typename: 'InboundMessage',
              id: '9',
              body: 'Is the office open?',
              routingReason: 'To +12025550199, the number of pool Advising; from a number on file for one person.',
            },
          },
          text('2', minutesAgo(2), { id: '8', name: 'Sam Lee' }, 'DELIVERED', null),
        ],
      },
    },
  },
};

const read: MockedResponse = {
  request: { query: markReadMutation, variables: { id: '41' } },
  result: { data: { markConversationRead: { __typename: 'Conversation', id: '41', unreadCount: 0 } } },
  maxUsageCount: 5,
};

const members: MockedResponse = {
  request: { query: poolMembersQuery, variables: { id: '3' } },
  result: {
    data: {
      pool: {
        __typename: 'Pool',
        id: '3',
        members: [
          { __typename: 'PoolMember', staffUserId: '7', name: 'Dana Advisor', email: 'dana@example.edu' },
          { __typename: 'PoolMember', staffUserId: '8', name: 'Sam Lee', email: 'sam@example.edu' },
        ],
      },
    },
  },
};

function assigned(staffUserId: string | null, name: string): MockedResponse {
  return {
    request: { query: assignMutation, variables: { id: '41', staffUserId } },
    result: {
      data: {
        assignConversation: {
          __typename: 'Conversation',
          id: '41',
          assignee: staffUserId && { __typename: 'StaffName', staffUserId, name },
        },
      },
    },
  };
}

function renderThread(mocks: MockedResponse[]) {
  renderWithProviders(<ThreadPane conversationId="41" title="Riley Chen" />, { mocks });
}

describe('ThreadPane', () => {
  it('explains a carrier error, why a reply is here, and that a colleague just answered', async () => {
    renderThread([thread, me, read, members]);
    const log = await screen.findByRole('log', { name: 'Riley Chen' });
    expect(await within(log).findByText(/the carrier filtered it as possible spam \(error 30007\)/)).toBeVisible();
    expect(within(log).getByText('Why is this reply here?')).toBeVisible();
    expect(within(log).getByText(/from a number on file for one person/)).toBeInTheDocument();
    expect(await screen.findByText(/Sam Lee answered this conversation 2 minutes ago/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Mark unread' })).toBeEnabled();
  });

  it('assigns the conversation to the user, to a member found by name, and to nobody', async () => {
    const user = userEvent.setup();
    renderThread([thread, me, read, members, assigned('7', 'Dana Advisor'), assigned('8', 'Sam Lee'),
      assigned(null, '')]);
    // The box starts again on each assignee: found afresh each time.
    const box = () => screen.getByRole('combobox', { name: 'Assigned to' });
    await waitFor(() => expect(box()).toHaveAttribute('placeholder', 'Nobody'));
    expect(box()).toHaveValue('');

    await user.click(await screen.findByRole('button', { name: 'Assign to me' }));
    await waitFor(() => expect(box()).toHaveValue('Dana Advisor'));
    expect(screen.queryByRole('button', { name: 'Assign to me' })).not.toBeInTheDocument();

    await user.clear(box());
    await user.type(box(), 'sa');
    await user.click(await screen.findByRole('option', { name: /Sam Lee/ }));
    await waitFor(() => expect(box()).toHaveValue('Sam Lee'));
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Unassign' }));
    await waitFor(() => expect(box()).toHaveValue(''));
    expect(screen.queryByRole('button', { name: 'Unassign' })).not.toBeInTheDocument();
  });

  it('shows a note apart from the texts, and writes one that names a member', async () => {
    const user = userEvent.setup();
    const withNote = structuredClone(thread.result) as { data: { conversationTimeline: { items: unknown[] } } };
    withNote.data.conversationTimeline.items.push({
      __typename: 'TimelineItem',
      kind: 'NOTE',
      at: minutesAgo(1),
      sentByName: null,
      sentByStaffUserId: null,
      text: null,
      email: null,
      reply: null,
      consent: null,
      note: {
        __typename: 'Note',
        id: '5',
        body: 'She asked about fees before. @Dana Advisor',
        author: { __typename: 'StaffName', staffUserId: '8', name: 'Sam Lee' },
        mentioned: [{ __typename: 'StaffName', staffUserId: '7', name: 'Dana Advisor' }],
      },
    });
    const sent = vi.fn();
    const added: MockedResponse = {
      request: {
        query: addNoteMutation,
        variables: { conversationId: '41', body: 'Can you call her? @Sam Lee', mentions: ['8'] },
      },
      result: (variables: Record<string, unknown>) => {
        sent(variables);
        return { data: { addNote: { __typename: 'Note', id: '6' } } };
      },
    };
    renderThread([{ ...thread, result: withNote, maxUsageCount: 3 }, me, read, members, added]);

    const note = (await screen.findByText('Note by Sam Lee · staff only')).closest('li');
    expect(note).toHaveTextContent('She asked about fees before. @Dana Advisor');
    expect(note).toHaveTextContent('told Dana Advisor');

    await user.click(screen.getByText('Write a note for the team'));
    await user.type(screen.getByRole('textbox', { name: /Note \(staff only/ }), 'Can you call her?');
    await user.type(screen.getByRole('combobox', { name: 'Name a member (@)' }), 'sam');
    await user.click(await screen.findByRole('option', { name: /Sam Lee/ }));
    expect(screen.getByRole('textbox', { name: /Note \(staff only/ })).toHaveValue('Can you call her? @Sam Lee ');
    await user.click(screen.getByRole('button', { name: 'Add note' }));

    await waitFor(() => expect(sent).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.getByRole('textbox', { name: /Note \(staff only/ })).toHaveValue(''));
  });

  it('does not point at the user’s own recent text', async () => {
    const own = structuredClone(thread.result) as { data: { conversationTimeline: { items: unknown[] } } };
    own.data.conversationTimeline.items = [text('3', minutesAgo(1), { id: '7', name: 'Dana Advisor' }, 'SENT', null)];
    // The user's own query answers later than the thread's: the text must not pass for a colleague's meanwhile.
    renderThread([{ ...thread, result: own }, { ...me, delay: 300 }, read, members]);
    expect(await screen.findByText('Text 3')).toBeVisible();
    expect(screen.queryByText(/answered this conversation/)).not.toBeInTheDocument();
  });
});
