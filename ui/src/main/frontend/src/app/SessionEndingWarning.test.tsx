import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SessionEndingWarning } from './SessionEndingWarning';
import { renderWithProviders } from '../test/render';

// The provider's events, as oidc-client-ts raises them; the test plays the provider.
const listeners = {
  expiring: [] as (() => void)[],
  failed: [] as (() => void)[],
  loaded: [] as (() => void)[],
};
const auth = vi.hoisted(() => ({ user: { expires_in: 110 } as { expires_in: number; refresh_token?: string } }));
const signinSilent = vi.fn(async () => {
  listeners.loaded.forEach((listener) => listener());
  return auth.user;
});
const signinRedirect = vi.fn(async () => undefined);

function listen(list: (() => void)[]) {
  return (listener: () => void) => {
    list.push(listener);
    return () => list.splice(list.indexOf(listener), 1);
  };
}

vi.mock('react-oidc-context', () => ({
  useAuth: () => ({
    user: auth.user,
    signinSilent,
    signinRedirect,
    events: {
      addAccessTokenExpiring: listen(listeners.expiring),
      addSilentRenewError: listen(listeners.failed),
      addUserLoaded: listen(listeners.loaded),
    },
  }),
}));

function renderWarning() {
  renderWithProviders(<SessionEndingWarning />);
}

function raise(list: (() => void)[]) {
  act(() => [...list].forEach((listener) => listener()));
}

describe('SessionEndingWarning', () => {
  beforeEach(() => {
    signinSilent.mockClear();
    signinRedirect.mockClear();
  });

  it('warns before a sign-in without a refresh token ends, and renews it from the keyboard', async () => {
    auth.user = { expires_in: 110 };
    renderWarning();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    raise(listeners.expiring);
    expect(screen.getByRole('alert')).toHaveTextContent('Your sign-in ends in 2 minutes.');
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Stay signed in' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(signinSilent).toHaveBeenCalledOnce();
    expect(signinRedirect).not.toHaveBeenCalled();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says nothing while a refresh token renews the sign-in, and warns when that fails', async () => {
    auth.user = { expires_in: 50, refresh_token: 'r' };
    renderWarning();
    raise(listeners.expiring);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    raise(listeners.failed);
    expect(screen.getByRole('alert')).toHaveTextContent('Your sign-in ends in 1 minute.');
    signinSilent.mockImplementationOnce(async () => null as never);
    await userEvent.click(screen.getByRole('button', { name: 'Stay signed in' }));
    expect(signinRedirect).toHaveBeenCalledOnce();
  });
});
