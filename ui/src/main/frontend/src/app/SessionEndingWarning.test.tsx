import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IntlProvider } from 'react-intl';
import { catalogFor } from '../i18n/messages';
import { SessionEndingWarning } from './SessionEndingWarning';

// The provider's events, as oidc-client-ts raises them; the test plays the provider.
const listeners = { expiring: [] as (() => void)[], loaded: [] as (() => void)[] };
const signinSilent = vi.fn(async () => {
  listeners.loaded.forEach((listener) => listener());
});

vi.mock('react-oidc-context', () => ({
  useAuth: () => ({
    user: { expires_in: 110 },
    signinSilent,
    events: {
      addAccessTokenExpiring: (listener: () => void) => {
        listeners.expiring.push(listener);
        return () => listeners.expiring.splice(listeners.expiring.indexOf(listener), 1);
      },
      addUserLoaded: (listener: () => void) => {
        listeners.loaded.push(listener);
        return () => listeners.loaded.splice(listeners.loaded.indexOf(listener), 1);
      },
    },
  }),
}));

describe('SessionEndingWarning', () => {
  it('warns before the sign-in ends and renews it from the keyboard', async () => {
    const { locale, messages } = catalogFor('en-US');
    render(
      <IntlProvider locale={locale} messages={messages}>
        <SessionEndingWarning />
      </IntlProvider>,
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    act(() => listeners.expiring.forEach((listener) => listener()));
    expect(screen.getByRole('alert')).toHaveTextContent('Your sign-in ends in 2 minutes.');
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Stay signed in' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(signinSilent).toHaveBeenCalledOnce();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
