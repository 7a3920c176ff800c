import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { axeViolations, renderWithProviders } from '../test/render';
import { GraphQLError } from 'graphql';
import ReportsScreen, {
  reportDownloadTicketMutation,
  reportMessagesQuery,
  reportOptOutsQuery,
  reportOptionsQuery,
  reportStaffSearchQuery,
} from './ReportsScreen';

const options: MockLink.MockedResponse = {
  request: { query: reportOptionsQuery },
  result: {
    data: {
      me: { __typename: 'Me', id: '7', roles: ['staff'] },
      pools: [{ __typename: 'Pool', id: '3', name: 'Advising', myAccess: 'ROLE' }],
    },
  },
};

function message(fields: Record<string, unknown>) {
  return {
    __typename: 'MessageReportRow',
    id: '1',
    createdAt: '2026-11-02T15:30:00Z',
    to: '+12015550123',
    personName: 'Ana Lopez',
    personal: false,
    poolName: 'Advising',
    sentByName: 'Dana Advisor',
    status: 'DELIVERED',
    errorCode: null,
    errorMessage: null,
    body: 'Your appointment is tomorrow at 10.',
    ...fields,
  };
}

function messagePage(rows: unknown[], total = rows.length) {
  return { data: { messageReport: { __typename: 'MessageReportPage', total, rows } } };
}

function messagesMock(filter: Record<string, unknown>, result: ReturnType<typeof messagePage>, offset = 0) {
  return { request: { query: reportMessagesQuery, variables: { filter, limit: 50, offset } }, result };
}

function renderScreen(mocks: ReadonlyArray<MockLink.MockedResponse>) {
  return renderWithProviders(<ReportsScreen />, { mocks: mocks });
}

/** The day after a yyyy-mm-dd date starts, in the test's time zone, as the screen sends it. */
function startOf(year: number, month: number, day: number): string {
  return new Date(year, month - 1, day).toISOString().replace('.000Z', 'Z');
}

describe('ReportsScreen', () => {
  it('shows the messages in a table, statuses in words', async () => {
    renderScreen([
      options,
      messagesMock(
        {},
        messagePage(
          [
            message({}),
            message({
              id: '2',
              personName: null,
              to: '+12015550199',
              personal: true,
              poolName: null,
              status: 'FAILED',
              errorCode: 30003,
              errorMessage: 'Unreachable destination handset',
            }),
          ],
          1234,
        ),
      ),
    ]);
    expect(screen.getByRole('heading', { level: 1, name: 'Reports' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Messages' })).toHaveAttribute('aria-selected', 'true');
    const table = await screen.findByRole('table', { name: '1,234 messages' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]).getByText('Ana Lopez')).toBeInTheDocument();
    expect(within(rows[1]).getByText('Delivered')).toBeInTheDocument();
    expect(within(rows[1]).getByText('Dana Advisor')).toBeInTheDocument();
    expect(within(rows[2]).getByText('Not in the directory')).toBeInTheDocument();
    expect(within(rows[2]).getByText('Personal number')).toBeInTheDocument();
    expect(within(rows[2]).getByText('Failed')).toBeInTheDocument();
    expect(within(rows[2]).getByText('Error 30003: Unreachable destination handset')).toBeInTheDocument();
    expect(screen.getByText('Rows 1–2 of 1,234')).toHaveAttribute('role', 'status');
    const region = screen.getByRole('region', { name: 'Messages found' });
    expect(region).toHaveAttribute('tabindex', '0');
    expect(screen.getByRole('button', { name: 'Next page' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Previous page' })).toBeDisabled();
  });

  it('applies the chosen status, and pages', async () => {
    const user = userEvent.setup();
    renderScreen([
      options,
      messagesMock({}, messagePage([message({})], 1)),
      messagesMock(
        { status: 'FAILED' },
        messagePage([message({ id: '9', personName: 'Ben Ortiz', status: 'FAILED', errorCode: 30005 })], 51),
      ),
      messagesMock(
        { status: 'FAILED' },
        messagePage([message({ id: '10', personName: 'Cleo Park', status: 'FAILED' })], 51),
        50,
      ),
    ]);
    expect(await screen.findByText('Ana Lopez')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /Status/ }));
    await user.click(await screen.findByRole('option', { name: 'Failed' }));
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));

    expect(await screen.findByText('Ben Ortiz')).toBeInTheDocument();
    expect(screen.queryByText('Ana Lopez')).not.toBeInTheDocument();
    expect(screen.getByText('Error 30005')).toBeInTheDocument();
    expect(screen.getByRole('table', { name: '51 messages' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('Cleo Park')).toBeInTheDocument();
    expect(screen.getByText('Rows 51–51 of 51')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next page' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Previous page' })).toHaveFocus();
  });

  it('refuses a bad error code or dates out of order, and asks nothing until they are fixed', async () => {
    const user = userEvent.setup();
    const asked: unknown[] = [];
    renderScreen([
      options,
      {
        request: { query: reportMessagesQuery, variables: () => true },
        maxUsageCount: 10,
        result: (variables: Record<string, unknown>) => {
          asked.push(variables.filter);
          return messagePage([message({ id: String(asked.length), personName: `Person ${asked.length}` })]);
        },
      },
    ]);
    expect(await screen.findByText('Person 1')).toBeInTheDocument();

    const errorCode = screen.getByRole('textbox', { name: 'Error code' });
    await user.type(errorCode, 'abc');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(await screen.findByText('Enter the error code as a whole number, for example 30003.')).toBeInTheDocument();
    expect(errorCode).toHaveAttribute('aria-invalid', 'true');
    expect(errorCode).toHaveFocus();

    await user.clear(errorCode);
    await user.type(errorCode, '30003');
    await user.type(screen.getByLabelText('From'), '2026-11-05');
    await user.type(screen.getByLabelText('Until'), '2026-11-01');
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Until must be the same day as From, or later.')).toBeInTheDocument();
    expect(screen.getByLabelText('Until')).toHaveAccessibleDescription(
      'Includes this whole day. Until must be the same day as From, or later.',
    );

    await user.clear(screen.getByLabelText('Until'));
    await user.type(screen.getByLabelText('Until'), '2026-11-06');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(await screen.findByText('Person 2')).toBeInTheDocument();
    expect(asked).toEqual([
      {},
      { errorCode: 30003, from: startOf(2026, 11, 5), until: startOf(2026, 11, 7) },
    ]);
  });

  it('filters by the staff member chosen in Sent by, for a pool admin', async () => {
    const user = userEvent.setup();
    renderScreen([
      {
        ...options,
        result: {
          data: {
            me: { __typename: 'Me', id: '7', roles: ['staff'] },
            pools: [{ __typename: 'Pool', id: '3', name: 'Advising', myAccess: 'ADMIN' }],
          },
        },
      },
      messagesMock({}, messagePage([message({})], 1)),
      {
        request: { query: reportStaffSearchQuery, variables: { text: 'ro' } },
        result: {
          data: {
            searchStaff: [
              { __typename: 'StaffEntry', staffUserId: '21', name: 'Rosa Diaz', email: 'rosa@example.edu' },
              { __typename: 'StaffEntry', staffUserId: '22', name: 'Ron Wu', email: null },
            ],
          },
        },
      },
      {
        request: { query: reportStaffSearchQuery, variables: { text: 'Rosa Diaz' } },
        maxUsageCount: 5,
        result: {
          data: {
            searchStaff: [
              { __typename: 'StaffEntry', staffUserId: '21', name: 'Rosa Diaz', email: 'rosa@example.edu' },
            ],
          },
        },
      },
      messagesMock({ sentByStaffUserId: '21' }, messagePage([message({ id: '5', personName: 'Dev Shah' })], 1)),
    ]);
    await screen.findByText('Ana Lopez');
    await user.type(await screen.findByRole('combobox', { name: 'Sent by' }), 'ro');
    await user.click(await screen.findByRole('option', { name: /Rosa Diaz/ }));
    expect(screen.getByRole('combobox', { name: 'Sent by' })).toHaveValue('Rosa Diaz');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(await screen.findByText('Dev Shah')).toBeInTheDocument();
  });

  it('hides Sent by when searching staff is forbidden', async () => {
    const user = userEvent.setup();
    renderScreen([
      { ...options, result: { data: { me: { __typename: 'Me', id: '7', roles: ['admin'] }, pools: [] } } },
      messagesMock({}, messagePage([message({})], 1)),
      {
        request: { query: reportStaffSearchQuery, variables: { text: 'r' } },
        result: { errors: [new GraphQLError('Pool admins only', { extensions: { code: 'FORBIDDEN' } })] },
      },
    ]);
    await screen.findByText('Ana Lopez');
    await user.type(await screen.findByRole('combobox', { name: 'Sent by' }), 'r');
    await waitFor(() => expect(screen.queryByRole('combobox', { name: 'Sent by' })).not.toBeInTheDocument());
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('downloads the CSV of the filters as applied, with a fresh ticket', async () => {
    const user = userEvent.setup();
    const clicked: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.getAttribute('href') ?? '');
    });
    renderScreen([
      options,
      messagesMock({}, messagePage([message({})], 1)),
      messagesMock({ poolId: '3', status: 'SENT' }, messagePage([message({ id: '6', personName: 'Eli Moss' })], 1)),
      { request: { query: reportDownloadTicketMutation }, result: { data: { downloadTicket: 'T-1' } } },
    ]);
    await screen.findByText('Ana Lopez');
    await user.click(screen.getByRole('button', { name: /Pool/ }));
    await user.click(await screen.findByRole('option', { name: 'Advising' }));
    await user.click(screen.getByRole('button', { name: /Status/ }));
    await user.click(await screen.findByRole('option', { name: 'Sent' }));
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    await screen.findByText('Eli Moss');
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(await screen.findByText('The CSV download has started.')).toBeInTheDocument();
    expect(clicked).toEqual(['/downloads/messages.csv?ticket=T-1&poolId=3&status=SENT']);
    click.mockRestore();
  });

  it('has no accessibility violations axe can find', async () => {
    renderScreen([options, messagesMock({}, messagePage([message({})], 60))]);
    await screen.findByRole('table', { name: '60 messages' });
    // jsdom has no canvas, which axe would otherwise try.
    const canvas = vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    const violations = await axeViolations();
    canvas.mockRestore();
    expect(violations).toEqual([]);
  });

  it('says when nothing matches', async () => {
    renderScreen([options, messagesMock({}, messagePage([], 0))]);
    expect(await screen.findByText('No messages match these filters.')).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows the opt-outs in words on their tab', async () => {
    const user = userEvent.setup();
    renderScreen([
      options,
      messagesMock({}, messagePage([message({})], 1)),
      {
        request: { query: reportOptOutsQuery, variables: { filter: {}, limit: 50, offset: 0 } },
        result: {
          data: {
            optOutReport: {
              __typename: 'ConsentReportPage',
              total: 1,
              rows: [
                {
                  __typename: 'ConsentReportRow',
                  id: '4',
                  occurredAt: '2026-11-03T09:00:00Z',
                  personName: 'Ana Lopez',
                  phone: '+12015550123',
                  action: 'OPT_OUT',
                  scope: 'POOL',
                  source: 'KEYWORD',
                  poolName: 'Advising',
                  actorStaffUserId: null,
                  actorName: null,
                  detail: 'STOP',
                },
              ],
            },
          },
        },
      },
    ]);
    await screen.findByText('Ana Lopez');
    await user.click(screen.getByRole('tab', { name: 'Opt-outs' }));
    const table = await screen.findByRole('table', { name: '1 opt-out or opt-in' });
    const row = within(table).getAllByRole('row')[1];
    for (const text of ['Opted out', 'Pool', 'Keyword', 'Advising', 'Automatic', 'STOP']) {
      expect(within(row).getByText(text)).toBeInTheDocument();
    }
    expect(screen.getByRole('button', { name: /Scope/ })).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: '1 message' })).not.toBeInTheDocument();
  });
});
