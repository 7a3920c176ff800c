import { act, screen, waitFor } from '@testing-library/react';
import { liveConnection } from '../app/apollo';
import userEvent from '@testing-library/user-event';
import { MeQuery } from '../api/me';
import { Shell } from './Shell';
import { renderWithProviders } from '../test/render';

function renderShell(personalNumber: { number: string | null; status: string } | null, onSignOut = () => {}) {
  const me = {
    __typename: 'Me',
    id: '7',
    name: 'Dana Advisor',
    email: 'dana.advisor@example.edu',
    roles: ['staff'],
    personalNumber: personalNumber && { __typename: 'PersonalNumber', ...personalNumber },
  };
  return renderWithProviders(<Shell onSignOut={onSignOut} />, {
    mocks: [{ request: { query: MeQuery }, result: { data: { me } } }],
  });
}

describe('Shell', () => {
  it('shows who is signed in and that their number is being set up', async () => {
    renderShell({ number: null, status: 'PENDING' });
    expect(await screen.findByText('Signed in as Dana Advisor')).toBeInTheDocument();
    expect(screen.getByText('Your number is being set up')).toBeInTheDocument();
    expect(screen.getByRole('main', { name: 'Inbox' })).toBeInTheDocument();
  });

  it('shows the personal number once bought', async () => {
    renderShell({ number: '+12015550100', status: 'ACTIVE' });
    expect(await screen.findByText('Your number: +12015550100')).toBeInTheDocument();
  });

  it('signs out from the keyboard', async () => {
    const signOut = vi.fn();
    renderShell(null, signOut);
    const button = await screen.findByRole('button', { name: 'Sign out' });
    await userEvent.tab();
    await userEvent.tab();
    expect(button).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(signOut).toHaveBeenCalledOnce();
  });

  it('lists the keyboard shortcuts in a dialog that Escape closes, giving the focus back', async () => {
    renderShell(null);
    const open = await screen.findByRole('button', { name: 'Keyboard shortcuts' });
    await userEvent.tab();
    expect(open).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog).toHaveTextContent('Ctrl+Enter (⌘+Enter)');
    expect(dialog).toHaveTextContent('Send the message');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(open).toHaveFocus());
  });

  it('says so while live updates are reconnecting, and stops once they are back', async () => {
    renderShell(null);
    await screen.findByText('Signed in as Dana Advisor');
    act(() => liveConnection.set(false));
    expect(screen.getByRole('status')).toHaveTextContent('Live updates are reconnecting');
    act(() => liveConnection.set(true));
    expect(screen.getByRole('status')).toHaveTextContent('');
  });
});
