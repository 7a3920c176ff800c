import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { axeViolations, renderWithProviders } from '../test/render';
import SearchScreen from './SearchScreen';
import { searchMessagesQuery as searchMessages, searchPoolsQuery as searchPools } from './operations';
import { hasSearchableWord } from './words';

const poolsMock = {
  request: { query: searchPools },
  result: { data: { pools: [{ __typename: 'Pool', id: '1', name: 'Advising' }] } },
};

function hit(
  messageId: string,
  conversationId: string,
  direction: 'INBOUND' | 'OUTBOUND',
  body: string,
  pool: boolean,
  note = false,
) {
  return {
    __typename: 'MessageSearchHit',
    messageId,
    conversationId,
    direction,
    note,
    body,
    contactNumber: '+12015550123',
    poolId: pool ? '1' : null,
    poolName: pool ? 'Advising' : null,
    at: '2025-03-04T15:30:00Z',
  };
}

function renderSearch(mocks: MockLink.MockedResponse[]) {
  return renderWithProviders(<SearchScreen />, { mocks: mocks });
}

describe('SearchScreen', { timeout: 30000 }, () => {
  afterEach(() => window.history.replaceState({}, '', '/'));

  it('shows the hits with their direction in words and a link to each conversation', async () => {
    const firstPage = {
      request: { query: searchMessages, variables: { text: 'transcript', filter: {}, limit: 20, offset: 0 } },
      result: {
        data: {
          searchMessages: {
            __typename: 'MessageSearchPage',
            more: true,
            complete: false,
            hits: [
              hit('501', '12', 'INBOUND', 'Where do I send my transcript?', true),
              hit('77', '13', 'OUTBOUND', 'Your transcript arrived.', false),
            ],
          },
        },
      },
    };
    const secondPage = {
      request: { query: searchMessages, variables: { text: 'transcript', filter: {}, limit: 20, offset: 20 } },
      result: {
        data: {
          searchMessages: {
            __typename: 'MessageSearchPage',
            more: false,
            complete: true,
            hits: [
              hit('400', '14', 'INBOUND', 'Transcript request sent', true),
              hit('9', '14', 'OUTBOUND', 'She needs her transcript by Friday', true, true),
            ],
          },
        },
      },
    };
    renderSearch([poolsMock, firstPage, secondPage]);
    expect(screen.getByRole('heading', { level: 1, name: 'Search history' })).toBeInTheDocument();

    await userEvent.type(screen.getByRole('searchbox', { name: 'Words to find' }), 'transcript{Enter}');

    const reply = (await screen.findByRole('heading', { name: 'Reply from +12015550123' })).closest('li')!;
    expect(reply).toHaveTextContent('Where do I send my transcript?');
    expect(reply).toHaveTextContent('Advising');
    const sent = screen.getByRole('heading', { name: 'Text to +12015550123' }).closest('li')!;
    expect(sent).toHaveTextContent('Personal number');
    expect(screen.getByRole('status')).toHaveTextContent('2 messages shown; more can be loaded.');
    expect(
      screen.getByText('The search stopped before looking at everything; add dates or a pool to narrow it.'),
    ).toBeInTheDocument();

    const link = within(reply).getByRole('link', { name: 'Open conversation' });
    // A real link (it opens in a new tab too); a plain click moves within the app.
    const address = `${import.meta.env.BASE_URL}conversations/12`;
    expect(link).toHaveAttribute('href', address);
    await userEvent.click(link);
    expect(window.location.pathname).toBe(address);

    await userEvent.click(screen.getByRole('button', { name: 'Show more' }));
    expect(await screen.findByText('Transcript request sent')).toBeInTheDocument();
    // The focus goes to the first hit of the page just loaded.
    expect(document.activeElement?.closest('li')).toHaveTextContent('Transcript request sent');
    const note = screen.getByRole('heading', { name: 'Staff note in the conversation with +12015550123' });
    expect(note.closest('li')).toHaveTextContent('She needs her transcript by Friday');
    expect(screen.getAllByRole('link', { name: 'Open conversation' })).toHaveLength(4);
    expect(screen.getByRole('status')).toHaveTextContent('4 messages found.');
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
    expect(screen.queryByText(/The search stopped/)).not.toBeInTheDocument();
    expect(await axeViolations()).toEqual([]);
  });

  it('says when nothing matches', async () => {
    const empty = {
      request: {
        query: searchMessages,
        variables: { text: 'scholarship', filter: { direction: 'OUTBOUND' }, limit: 20, offset: 0 },
      },
      result: {
        data: { searchMessages: { __typename: 'MessageSearchPage', more: false, complete: true, hits: [] } },
      },
    };
    renderSearch([poolsMock, empty]);
    await userEvent.click(screen.getByRole('radio', { name: 'Texts sent' }));
    await userEvent.type(screen.getByRole('searchbox', { name: 'Words to find' }), 'scholarship');
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByText('No messages contain these words.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('No messages contain these words.');
  });

  it('asks for a longer word instead of searching words the server ignores', async () => {
    const asked = vi.fn();
    const anySearch = {
      request: { query: searchMessages, variables: () => true },
      result: () => {
        asked();
        return { data: { searchMessages: { __typename: 'MessageSearchPage', more: false, complete: true, hits: [] } } };
      },
    };
    renderSearch([poolsMock, anySearch]);
    const field = screen.getByRole('searchbox', { name: 'Words to find' });
    await userEvent.type(field, 'hi to{Enter}');

    // The form's validation: the field says why and keeps the focus, so the sentence is read with it.
    expect(await screen.findByText(/^Type at least one word of 3 letters or more/)).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(expect.stringContaining('Type at least one word of 3 letters'));
    expect(field).toHaveFocus();
    expect(asked).not.toHaveBeenCalled();
    expect(await axeViolations()).toEqual([]);
    expect(screen.queryByText('No messages contain these words.')).not.toBeInTheDocument();
  });

  it('counts only words of 3 letters or more as searchable', () => {
    expect(hasSearchableWord('')).toBe(false);
    expect(hasSearchableWord('a to me')).toBe(false);
    expect(hasSearchableWord('to FAFSA')).toBe(true);
    expect(hasSearchableWord('"ok" é.')).toBe(false);
    expect(hasSearchableWord('año')).toBe(true);
  });
});
