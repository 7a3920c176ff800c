import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { axeViolations, renderWithProviders } from '../test/render';
import PoolsScreen from './PoolsScreen';
import {
  addPoolNumberMutation,
  poolQuery,
  poolsListQuery,
  removePoolMemberMutation,
  saveReplyMutation,
  savedRepliesQuery,
  setPoolAssignOnAnswerMutation,
  setPoolFooterMutation,
  setPoolMemberMutation,
  staffSearchQuery,
} from './operations';

type Access = 'ADMIN' | 'ROLE';

function poolList(roles: string[]) {
  return {
    request: { query: poolsListQuery },
    result: {
      data: {
        me: { __typename: 'Me', id: '7', roles },
        pools: [
          { __typename: 'Pool', id: '1', name: 'Advising', myAccess: 'ADMIN' },
          { __typename: 'Pool', id: '2', name: 'Financial Aid', myAccess: 'ROLE' },
        ],
      },
    },
  };
}

function pool(id: string, name: string, myAccess: Access, footer = { custom: false, text: 'Reply STOP to opt out.' }) {
  return {
    __typename: 'Pool',
    id,
    name,
    myAccess,
    sendingWindow: '08:00-21:00',
    unansweredAlertHours: 8,
    assignOnAnswer: true,
    footer: { __typename: 'PoolFooter', intervalDays: 182, ...footer },
    members: [
      { __typename: 'PoolMember', staffUserId: '7', name: 'Dana Advisor', email: 'dana@example.edu', access: 'ADMIN' },
      { __typename: 'PoolMember', staffUserId: '8', name: 'Sam Helper', email: null, access: 'ROLE' },
    ],
    numbers: [{ __typename: 'SenderNumber', number: '+12015550100', kind: 'TOLL_FREE', segmentsPerSecond: 3 }],
  };
}

function poolMocks(id: string, name: string, myAccess: Access): MockLink.MockedResponse[] {
  return [
    { request: { query: poolQuery, variables: { id } }, result: { data: { pool: pool(id, name, myAccess) } } },
    {
      request: { query: savedRepliesQuery, variables: { poolId: id } },
      result: {
        data: {
          savedReplies: [
            {
              __typename: 'SavedReply',
              id: '30',
              poolId: id,
              title: 'Office hours',
              body: 'Hi {firstName}, drop in any weekday.',
              updatedAt: '2025-01-10T10:00:00Z',
            },
            // The user's own reply, returned too: not the pool's.
            {
              __typename: 'SavedReply',
              id: '31',
              poolId: null,
              title: 'My own note',
              body: 'Not for the pool.',
              updatedAt: '2025-01-10T10:00:00Z',
            },
          ],
        },
      },
    },
  ];
}

function renderPools(mocks: MockLink.MockedResponse[]) {
  return renderWithProviders(<PoolsScreen />, { mocks: mocks });
}

describe('PoolsScreen', { timeout: 30000 }, () => {
  it('shows the chosen pool’s members with their access in words', async () => {
    renderPools([poolList(['staff']), ...poolMocks('1', 'Advising', 'ADMIN')]);
    expect(screen.getByRole('heading', { level: 1, name: 'Pools' })).toBeInTheDocument();
    await userEvent.click(await screen.findByRole('button', { name: /Advising/ }));

    const dana = (await screen.findByRole('rowheader', { name: 'Dana Advisor' })).closest('tr')!;
    expect(within(dana).getByRole('button', { name: /Access of Dana Advisor/ })).toHaveTextContent('Pool admin');
    const sam = screen.getByRole('rowheader', { name: 'Sam Helper' }).closest('tr')!;
    expect(within(sam).getByRole('button', { name: /Access of Sam Helper/ })).toHaveTextContent('Member');
    expect(within(sam).getByRole('button', { name: 'Remove Sam Helper' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Members' })).toHaveAttribute('tabindex', '0');
    expect(screen.getByRole('rowheader', { name: '+12015550100' }).closest('tr')).toHaveTextContent('Toll-free');
    expect(await screen.findByText('Office hours')).toBeInTheDocument();
    expect(screen.queryByText('My own note')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Advising/ })).toHaveAttribute('aria-current', 'true');
    expect(await axeViolations()).toEqual([]);
  });

  it('saves the footer as typed and says so', async () => {
    const sent = vi.fn();
    const footerSaved = {
      request: {
        query: setPoolFooterMutation,
        variables: { poolId: '1', text: 'Text STOP to end.', intervalDays: 30 },
      },
      result: (variables: Record<string, unknown>) => {
        sent(variables);
        return {
          data: {
            setPoolFooter: {
              ...pool('1', 'Advising', 'ADMIN', { custom: true, text: 'Text STOP to end.' }),
              footer: { __typename: 'PoolFooter', custom: true, intervalDays: 30, text: 'Text STOP to end.' },
            },
          },
        };
      },
    };
    renderPools([poolList(['staff']), ...poolMocks('1', 'Advising', 'ADMIN'), footerSaved]);
    await userEvent.click(await screen.findByRole('button', { name: /Advising/ }));

    const text = await screen.findByRole('textbox', { name: 'Footer text' });
    expect(text).toHaveValue('');
    await userEvent.type(text, 'Text STOP to end.');
    const interval = screen.getByRole('textbox', { name: 'Interval in days' });
    await userEvent.clear(interval);
    await userEvent.type(interval, '30');
    await userEvent.click(screen.getByRole('button', { name: 'Save footer' }));

    const saved = await screen.findByText('Footer saved.');
    expect(saved).toHaveAttribute('role', 'status');
    expect(sent).toHaveBeenCalledWith({ poolId: '1', text: 'Text STOP to end.', intervalDays: 30 });
    expect(screen.getByRole('textbox', { name: 'Footer text' })).toHaveValue('Text STOP to end.');
    expect(await screen.findByText('(this pool’s own footer)')).toBeInTheDocument();
  });

  it('turns assignment on answer off and says so', async () => {
    const turnedOff = {
      request: { query: setPoolAssignOnAnswerMutation, variables: { poolId: '1', assign: false } },
      result: { data: { setPoolAssignOnAnswer: { ...pool('1', 'Advising', 'ADMIN'), assignOnAnswer: false } } },
    };
    renderPools([poolList(['staff']), ...poolMocks('1', 'Advising', 'ADMIN'), turnedOff]);
    await userEvent.click(await screen.findByRole('button', { name: /Advising/ }));

    expect(await screen.findByText(/A member who texts an unassigned conversation gets it/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Stop assigning on answer' }));

    expect(await screen.findByText('Answering no longer assigns a conversation.')).toHaveAttribute('role', 'status');
    expect(screen.getByText(/Off: conversations stay unassigned/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Assign on answer' })).toBeEnabled();
  });

  it('shows a pool read-only to a member who is not its admin', async () => {
    renderPools([poolList(['staff']), ...poolMocks('2', 'Financial Aid', 'ROLE')]);
    await userEvent.click(await screen.findByRole('button', { name: /Financial Aid/ }));

    const details = (await screen.findByRole('heading', { level: 2, name: 'Financial Aid' })).closest('section')!;
    const dana = (await within(details).findByRole('rowheader', { name: 'Dana Advisor' })).closest('tr')!;
    expect(dana).toHaveTextContent('Pool admin');
    expect(within(details).getByRole('rowheader', { name: 'Sam Helper' }).closest('tr')).toHaveTextContent('Member');
    expect(await within(details).findByText('Office hours')).toBeInTheDocument();
    expect(within(details).getByText(/you can see its settings but not change them/)).toBeInTheDocument();

    expect(within(details).queryAllByRole('button')).toHaveLength(0);
    expect(within(details).queryAllByRole('textbox')).toHaveLength(0);
    expect(within(details).queryByRole('combobox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New pool' })).not.toBeInTheDocument();
    expect(await axeViolations()).toEqual([]);
  });

  it('adds a staff member found by name', async () => {
    const advising = pool('1', 'Advising', 'ADMIN');
    const robin = { __typename: 'PoolMember', staffUserId: '9', name: 'Robin Lee', email: 'robin@example.edu', access: 'ROLE' };
    renderPools([
      poolList(['staff']),
      ...poolMocks('1', 'Advising', 'ADMIN'),
      {
        request: { query: staffSearchQuery, variables: { text: 'rob' } },
        result: {
          data: {
            searchStaff: [{ __typename: 'StaffEntry', staffUserId: '9', name: 'Robin Lee', email: 'robin@example.edu' }],
          },
        },
      },
      {
        request: { query: setPoolMemberMutation, variables: { poolId: '1', staffUserId: '9', access: 'ROLE' } },
        result: { data: { setPoolMember: { ...advising, members: [...advising.members, robin] } } },
      },
    ]);
    await userEvent.click(await screen.findByRole('button', { name: /Advising/ }));
    await userEvent.type(await screen.findByRole('combobox', { name: 'Add member' }), 'rob');
    const option = await screen.findByRole('option', { name: /Robin Lee/ });
    expect(option).toHaveTextContent('robin@example.edu');
    await userEvent.click(option);
    await userEvent.click(screen.getByRole('button', { name: 'Add' }));

    expect(await screen.findByText('Robin Lee was added as Member.')).toHaveAttribute('role', 'status');
    expect(screen.getByRole('rowheader', { name: 'Robin Lee' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Add member' })).toHaveValue('');
  });

  it('adds nobody until someone is chosen from the list', async () => {
    renderPools([poolList(['staff']), ...poolMocks('1', 'Advising', 'ADMIN')]);
    await userEvent.click(await screen.findByRole('button', { name: /Advising/ }));
    await userEvent.click(await screen.findByRole('button', { name: 'Add' }));
    // The form's validation: the field says why and has the focus, so the sentence is read with it.
    const field = screen.getByRole('combobox', { name: 'Add member' });
    expect(field).toHaveFocus();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(expect.stringContaining('Choose a staff member from the list first.'));
  });

  it('removes a member once confirmed', async () => {
    const advising = pool('1', 'Advising', 'ADMIN');
    renderPools([
      poolList(['staff']),
      ...poolMocks('1', 'Advising', 'ADMIN'),
      {
        request: { query: removePoolMemberMutation, variables: { poolId: '1', staffUserId: '8' } },
        result: { data: { removePoolMember: { ...advising, members: advising.members.slice(0, 1) } } },
      },
    ]);
    await userEvent.click(await screen.findByRole('button', { name: /Advising/ }));
    await userEvent.click(await screen.findByRole('button', { name: 'Remove Sam Helper' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Remove Sam Helper?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yes, remove' }));

    expect(await screen.findByText('Sam Helper was removed from the pool.')).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('rowheader', { name: 'Sam Helper' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Members' })).toHaveFocus();
  });

  it('keeps a refused phone number as typed and says why', async () => {
    renderPools([
      poolList(['staff', 'admin']),
      ...poolMocks('1', 'Advising', 'ADMIN'),
      {
        request: {
          query: addPoolNumberMutation,
          variables: { poolId: '1', number: '555', kind: 'LONG_CODE', segmentsPerSecond: null },
        },
        result: { errors: [{ message: 'Not a phone number: 555', extensions: { code: 'INVALID_PHONE' } }] },
      },
    ]);
    await userEvent.click(await screen.findByRole('button', { name: /Advising/ }));
    const phone = await screen.findByRole('textbox', { name: 'Phone number' });
    await userEvent.type(phone, '555');
    await userEvent.click(screen.getByRole('button', { name: 'Add number' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'That is not a phone number we can text. Not a phone number: 555',
    );
    expect(screen.getByRole('textbox', { name: 'Phone number' })).toHaveValue('555');
  });

  it('adds a saved reply to the pool', async () => {
    const reply = {
      __typename: 'SavedReply',
      id: '32',
      poolId: '1',
      title: 'Deadline',
      body: 'Hi {firstName}, the deadline is Friday.',
      updatedAt: '2025-01-11T10:00:00Z',
    };
    const [detail, replies] = poolMocks('1', 'Advising', 'ADMIN');
    const before = (replies.result as { data: { savedReplies: object[] } }).data.savedReplies;
    renderPools([
      poolList(['staff']),
      detail,
      replies,
      {
        request: {
          query: saveReplyMutation,
          variables: { input: { poolId: '1', title: 'Deadline', body: 'Hi {firstName}, the deadline is Friday.' } },
        },
        result: { data: { saveReply: reply } },
      },
      {
        request: { query: savedRepliesQuery, variables: { poolId: '1' } },
        result: { data: { savedReplies: [...before, reply] } },
      },
    ]);
    await userEvent.click(await screen.findByRole('button', { name: /Advising/ }));
    expect(await screen.findByText(/they are replaced by the recipient/)).toHaveTextContent('{firstName}');
    await userEvent.type(screen.getByRole('textbox', { name: 'Title' }), 'Deadline');
    // user-event reads { as the start of a key name: {{ types one.
    await userEvent.type(screen.getByRole('textbox', { name: /^Body/ }), 'Hi {{firstName}, the deadline is Friday.');
    await userEvent.click(screen.getByRole('button', { name: 'Save reply' }));

    expect(await screen.findByText('Saved reply “Deadline” saved.')).toHaveAttribute('role', 'status');
    expect(screen.getByRole('heading', { level: 4, name: 'Deadline' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('');
  });

  it('lets institution admins create a pool', async () => {
    renderPools([poolList(['staff', 'admin'])]);
    expect(await screen.findByRole('textbox', { name: 'Pool name' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'New pool' })).toBeInTheDocument();
  });
});
