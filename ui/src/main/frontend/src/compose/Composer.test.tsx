import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockedResponse } from '@apollo/client/testing';
import { Composer, savedRepliesQuery, sendMutation } from './Composer';
import { forgetAllDrafts, keepDraft, readDraft } from './drafts';
import { renderWithProviders } from '../test/render';

function renderComposer(mocks: MockedResponse[], onSent = vi.fn()) {
  renderWithProviders(<Composer personId="5" poolId="3" draftKey="41" onSent={onSent} />, { mocks });
  return onSent;
}

const replies: MockedResponse = {
  request: { query: savedRepliesQuery, variables: { poolId: '3' } },
  result: {
    data: {
      savedReplies: [
        { __typename: 'SavedReply', id: '1', title: 'Office hours', body: 'Office hours are 9 to 5, {firstName}.' },
        { __typename: 'SavedReply', id: '2', title: 'FAFSA', body: 'The FAFSA deadline is March 1.' },
      ],
    },
  },
};

describe('Composer', () => {
  beforeEach(() => {
    window.localStorage.clear();
    window.sessionStorage.clear();
  });

  it('offers the saved replies on "/" and puts the chosen one in by keyboard', async () => {
    renderComposer([replies]);
    const field = screen.getByRole('textbox', { name: 'Message (Ctrl+Enter sends)' });
    await userEvent.type(field, '/faf');
    const option = await screen.findByRole('option', { name: /FAFSA/ });
    expect(option).toHaveAttribute('aria-selected', 'true');
    expect(field).toHaveAttribute('aria-activedescendant', option.id);
    await userEvent.keyboard('{Enter}');
    expect(field).toHaveValue('The FAFSA deadline is March 1.');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });

  it('keeps what was typed as a draft for the conversation', async () => {
    const first = renderComposer([]);
    await userEvent.type(screen.getByRole('textbox'), 'Half-written');
    expect(first).not.toHaveBeenCalled();
    document.body.innerHTML = '';
    renderComposer([]);
    expect(screen.getByRole('textbox')).toHaveValue('Half-written');
    expect(window.localStorage.length).toBe(0);
  });

  it('keeps drafts for this tab only and forgets them all at sign-out', async () => {
    window.localStorage.setItem('campus-sms.draft.7', 'Left by an earlier version');
    keepDraft('41', 'Half-written');
    expect(window.sessionStorage.getItem('campus-sms.draft.41')).toBe('Half-written');

    forgetAllDrafts();

    expect(readDraft('41')).toBe('');
    expect(window.localStorage.getItem('campus-sms.draft.7')).toBeNull();
  });

  it('sends on Enter once the user chose it, and Enter alone makes no send before', async () => {
    const sent = {
      request: {
        query: sendMutation,
        variables: { poolId: '3', personId: '5', personal: false, recordType: null, body: 'Line one\nline two' },
      },
      result: {
        data: { sendMessage: { __typename: 'OutboundMessage', id: '90', status: 'QUEUED', conversationId: '41' } },
      },
    };
    const onSent = renderComposer([sent]);
    const field = screen.getByRole('textbox', { name: 'Message (Ctrl+Enter sends)' });
    await userEvent.type(field, 'Line one{Enter}line two');
    expect(field).toHaveValue('Line one\nline two');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Enter sends' }));
    expect(screen.getByRole('textbox', { name: 'Message (Enter sends, Shift+Enter for a new line)' })).toBeVisible();
    expect(window.localStorage.getItem('campus-sms.enterSends')).toBe('true');
    await userEvent.type(screen.getByRole('textbox'), '{Enter}');
    await vi.waitFor(() => expect(onSent).toHaveBeenCalledWith(expect.objectContaining({ conversationId: '41' })));
    expect(screen.getByRole('textbox')).toHaveValue('');
  });
});
