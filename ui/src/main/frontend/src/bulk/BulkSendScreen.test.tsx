import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { axeViolations, renderWithProviders } from '../test/render';
import BulkSendScreen from './BulkSendScreen';
import {
  bulkCaseloadQuery,
  bulkContactsQuery,
  bulkPlanMutation,
  bulkPoolsQuery,
  bulkPreviewQuery,
  bulkSendLiveSubscription,
  bulkSendStatusQuery,
  bulkStartMutation,
} from './operations';

const pools = [
  { __typename: 'Pool', id: '1', name: 'Advising', myAccess: 'ROLE', sendingWindow: '08:00-21:00' },
  { __typename: 'Pool', id: '2', name: 'Athletics', myAccess: 'ADMIN', sendingWindow: '00:00-24:00' },
  { __typename: 'Pool', id: '3', name: 'Registrar', myAccess: null, sendingWindow: '08:00-21:00' },
];

const luis = {
  __typename: 'Contact',
  id: 'p2',
  firstName: 'Luis',
  lastName: 'Lopez',
  kind: 'STUDENT',
  records: [{ __typename: 'ExternalRecord', type: 'STUDENT', externalId: '100234' }],
};

const plan = {
  __typename: 'BulkSendPlan',
  id: 'plan-9',
  poolId: '1',
  sms: 12,
  email: 2,
  skipped: 3,
  skipReasons: [
    { __typename: 'SkipReason', reason: 'Opted out', count: 2 },
    { __typename: 'SkipReason', reason: 'No mobile and no email', count: 1 },
  ],
  segments: 24,
  segmentsPerSecond: 1,
  estimatedSeconds: 125,
  sendingWindow: '08:00-21:00',
  heldForWindow: 3,
  heldUntil: '2030-01-02T14:00:00Z',
};

function progress(counts: Partial<Record<string, number | boolean | string>>) {
  return {
    __typename: 'BulkSendProgress',
    id: '77',
    poolId: '1',
    status: 'SENDING',
    finished: false,
    sms: 12,
    email: 2,
    skipped: 3,
    notYetQueued: 0,
    queued: 0,
    sending: 0,
    sent: 0,
    delivered: 0,
    failed: 0,
    undelivered: 0,
    fellBackToEmail: 0,
    emailsSent: 0,
    emailsPending: 0,
    emailsFailed: 0,
    estimatedSeconds: 125,
    ...counts,
  };
}

const always = () => true;

/** What every screen asks at once: the pools, the caseload, and (for a name search or a pick) people. */
const baseMocks: MockLink.MockedResponse[] = [
  { request: { query: bulkPoolsQuery }, result: { data: { pools } }, maxUsageCount: 10 },
  {
    request: { query: bulkCaseloadQuery },
    result: {
      data: { myCaseload: [{ __typename: 'Contact', id: 'p1', firstName: 'Ana', lastName: 'Ruiz' }] },
    },
    maxUsageCount: 10,
  },
  {
    request: { query: bulkContactsQuery, variables: always },
    result: { data: { searchContacts: { __typename: 'ContactSearchResult', total: 17, contacts: [luis] } } },
    maxUsageCount: 20,
  },
  {
    request: { query: bulkPreviewQuery, variables: always },
    result: {
      data: {
        previewMessage: {
          __typename: 'MessagePreview',
          channel: 'SMS',
          segments: 1,
          encoding: 'GSM7',
          sentText: 'Hello from advising\nReply STOP to opt out',
          footerAppended: true,
          reason: null,
          emailTo: null,
        },
      },
    },
    maxUsageCount: 20,
  },
];

function renderScreen(mocks: MockLink.MockedResponse[]) {
  return renderWithProviders(<BulkSendScreen />, { mocks: [...baseMocks, ...mocks] });
}

async function choosePool(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(await screen.findByRole('button', { name: /From pool/ }));
  await user.click(await screen.findByRole('option', { name }));
}

beforeEach(() => {
  window.history.replaceState({}, '', `${import.meta.env.BASE_URL}bulk`);
});

describe('BulkSendScreen', () => {
  it('plans a send to the people a name matches, starts it and follows it to the end', async () => {
    const user = userEvent.setup();
    renderScreen([
      {
        request: {
          query: bulkPlanMutation,
          variables: { audience: { search: 'Lo' }, body: 'Hello from advising', poolId: '1', recordType: null },
        },
        result: { data: { planBulkSend: plan } },
      },
      {
        request: { query: bulkStartMutation, variables: { planId: 'plan-9' } },
        result: { data: { startBulkSend: progress({ notYetQueued: 12, emailsPending: 2, status: 'STARTED' }) } },
      },
      {
        request: { query: bulkSendStatusQuery, variables: { id: '77' } },
        result: {
          data: {
            bulkSend: progress({ queued: 2, sending: 1, sent: 3, delivered: 5, failed: 1, emailsSent: 2 }),
          },
        },
      },
      {
        request: { query: bulkSendLiveSubscription, variables: { id: '77' } },
        result: {
          data: {
            bulkSendProgress: progress({
              status: 'FINISHED',
              finished: true,
              delivered: 10,
              failed: 1,
              fellBackToEmail: 1,
              emailsSent: 3,
            }),
          },
        },
        delay: 300,
      },
    ]);

    expect(screen.getByRole('heading', { level: 1, name: 'Bulk send' })).toBeInTheDocument();
    await user.click(await screen.findByRole('radio', { name: 'People whose name matches' }));
    await user.type(screen.getByRole('textbox', { name: 'Name contains' }), 'Lo');
    expect(await screen.findByText('17 people match.')).toBeInTheDocument();
    await choosePool(user, 'Advising');
    expect(
      screen.getByText('Texts go only between 08:00–21:00, in each recipient’s time zone.'),
    ).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'Hello from advising');
    expect(screen.getByText(/^Each text: 1 segment \(GSM-7/)).toBeInTheDocument();
    expect(await axeViolations()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Review the plan' }));

    const planHeading = await screen.findByRole('heading', { name: 'Step 3 of 4: The plan' });
    expect(planHeading).toHaveFocus();
    expect(screen.getByText('People whose name matches “Lo”')).toBeInTheDocument();
    expect(screen.getByText('12 people get a text.')).toBeInTheDocument();
    expect(screen.getByText('2 people get an email instead of a text.')).toBeInTheDocument();
    expect(screen.getByText('3 people are skipped:')).toBeInTheDocument();
    expect(screen.getByText('Opted out: 2 people')).toBeInTheDocument();
    expect(screen.getByText('No mobile and no email: 1 person')).toBeInTheDocument();
    expect(screen.getByText(/^24 segments in all/)).toBeInTheDocument();
    expect(screen.getByText('Handing them to the carrier takes about 2 minutes and 5 seconds.')).toBeInTheDocument();
    expect(
      screen.getByText(/^3 texts wait for the sending window \(08:00–21:00\) and go at .+\.$/),
    ).toBeInTheDocument();
    expect(await axeViolations()).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Start sending' }));
    expect(await screen.findByRole('heading', { name: 'Step 4 of 4: Progress' })).toHaveFocus();
    expect(window.location.pathname).toBe(`${import.meta.env.BASE_URL}bulk/77`);
    // The first reading of bulkSend: 3 sent + 5 delivered + 1 failed texts, 2 emails sent.
    const bar = await screen.findByRole('progressbar', { name: 'Sent so far' });
    await waitFor(() => expect(bar).toHaveAttribute('aria-valuetext', '11 of 14'));
    const texts = screen.getByRole('heading', { name: 'Texts (12)' }).parentElement!;
    expect(within(texts).getByText('Delivered').nextElementSibling).toHaveTextContent('5');
    expect(within(texts).getByText('Queued').nextElementSibling).toHaveTextContent('2');
    expect(screen.getByText('Status: SENDING')).toBeInTheDocument();

    // Then the live progress says it is over.
    const finished = await screen.findByText('Finished: 10 delivered, 1 failed, 3 by email, 3 skipped');
    expect(finished.closest('[role="status"]')).not.toBeNull();
    expect(bar).toHaveAttribute('aria-valuetext', '15 of 15');
    expect(within(texts).getByText('Fell back to email').nextElementSibling).toHaveTextContent('1');
    expect(await axeViolations()).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Start another bulk send' }));
    expect(await screen.findByRole('heading', { name: 'Step 1 of 4: Audience' })).toHaveFocus();
    expect(window.location.pathname).toBe(`${import.meta.env.BASE_URL}bulk`);
    expect(screen.getByRole('textbox', { name: 'Message' })).toHaveValue('');
  });

  it('says what is missing, and keeps what was typed when the plan is refused or changed', async () => {
    const user = userEvent.setup();
    renderScreen([
      {
        request: {
          query: bulkPlanMutation,
          variables: { audience: { caseload: true }, body: 'Café at 3', poolId: '2', recordType: 'GUARDIAN' },
        },
        result: {
          errors: [{ message: 'Everyone in the audience has opted out.', extensions: { code: 'OPTED_OUT' } }],
        },
      },
      {
        request: {
          query: bulkPlanMutation,
          variables: { audience: { caseload: true }, body: 'Café at 3', poolId: '2', recordType: null },
        },
        result: { data: { planBulkSend: { ...plan, poolId: '2', heldForWindow: 0, heldUntil: null } } },
      },
    ]);

    expect(await screen.findByText('Your caseload has 1 person.')).toBeInTheDocument();
    expect(screen.queryByText('Write the message.')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Review the plan' }));
    expect(screen.getByText('Choose the pool to send from.')).toBeInTheDocument();
    expect(screen.getByText('Write the message.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /From pool/ })).toHaveFocus();

    await choosePool(user, 'Athletics');
    expect(screen.getByText('This pool may text at any hour.')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Guardian mobile' }));
    const message = screen.getByRole('textbox', { name: 'Message' });
    await user.type(message, 'Café at 3');
    expect(screen.queryByText('Write the message.')).not.toBeInTheDocument();
    expect(await screen.findByText(/^For Ana Ruiz it goes as 1 segment: Hello from advising/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Review the plan' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'There is no plan. This person has opted out of texts from this number. ' +
        'Everyone in the audience has opted out. Nothing was sent',
    );
    expect(message).toHaveValue('Café at 3');

    await user.click(screen.getByRole('radio', { name: 'Any mobile' }));
    await user.click(screen.getByRole('button', { name: 'Review the plan' }));
    expect(await screen.findByRole('heading', { name: 'Step 3 of 4: The plan' })).toHaveFocus();
    expect(screen.getByText('Sending window: 08:00–21:00, in each recipient’s time zone.')).toBeInTheDocument();
    expect(screen.queryByText(/wait for the sending window/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Change the message' }));
    expect(await screen.findByRole('heading', { name: 'Step 2 of 4: Message' })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Message' })).toHaveValue('Café at 3');
    expect(screen.getByRole('radio', { name: 'My caseload' })).toBeChecked();
  });

  it('adds and removes the people picked', async () => {
    const user = userEvent.setup();
    renderScreen([
      {
        request: {
          query: bulkPlanMutation,
          variables: { audience: { personIds: ['p2'] }, body: 'See you', poolId: '1', recordType: null },
        },
        result: { data: { planBulkSend: { ...plan, sms: 1, email: 0, skipped: 0, skipReasons: [] } } },
      },
    ]);

    await user.click(await screen.findByRole('radio', { name: 'People I pick' }));
    await user.click(screen.getByRole('button', { name: 'Review the plan' }));
    expect(screen.getByText('Add at least one person.')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Add a person' })).toHaveFocus();

    await user.type(screen.getByRole('combobox', { name: 'Add a person' }), 'Lo');
    const option = await screen.findByRole('option', { name: 'Luis Lopez' });
    expect(option).toHaveAccessibleDescription('Student · Student 100234');
    await user.click(option);
    const picked = screen.getByRole('grid', { name: 'People picked' });
    expect(within(picked).getByRole('row', { name: 'Luis Lopez' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Add a person' })).toHaveValue('');
    expect(await axeViolations()).toEqual([]);
    expect(screen.queryByText('Add at least one person.')).not.toBeInTheDocument();

    await user.click(within(picked).getByRole('button', { name: /Remove/ }));
    expect(within(picked).queryByRole('row', { name: 'Luis Lopez' })).not.toBeInTheDocument();
    await user.type(screen.getByRole('combobox', { name: 'Add a person' }), 'Lo');
    await screen.findByRole('option', { name: 'Luis Lopez' });
    await user.keyboard('{ArrowDown}{Enter}');
    expect(await within(picked).findByRole('row', { name: 'Luis Lopez' })).toBeInTheDocument();

    await choosePool(user, 'Advising');
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'See you');
    await user.click(screen.getByRole('button', { name: 'Review the plan' }));
    expect(await screen.findByText('1 person gets a text.')).toBeInTheDocument();
    expect(screen.getByText('No one is skipped.')).toBeInTheDocument();
    expect(screen.getByText('Luis Lopez')).toBeInTheDocument();
  });
});
