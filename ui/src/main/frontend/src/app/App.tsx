import { useEffect, useMemo, useRef, useState } from 'react';
import { AuthProvider, useAuth } from 'react-oidc-context';
import { ApolloProvider } from '@apollo/client/react';
import { FormattedMessage } from 'react-intl';
import { Button } from 'react-aria-components';
import { Shell } from '../shell/Shell';
import { InboxScreen } from '../inbox/InboxScreen';
import { createApolloClient } from './apollo';
import { forgetSignInResponse, oidcSettings, signInState } from './auth';
import type { UiSettings } from './settings';

export function App({ settings }: { settings: UiSettings }) {
  const oidc = useMemo(() => oidcSettings(settings), [settings]);
  return (
    <AuthProvider {...oidc} onSigninCallback={forgetSignInResponse}>
      <SignedIn />
    </AuthProvider>
  );
}

/** Everything behind the sign-in: the browser goes to the provider until it comes back with a token. */
function SignedIn() {
  const auth = useAuth();
  const token = useRef<string | undefined>(undefined);
  token.current = auth.user?.access_token;
  const client = useMemo(() => createApolloClient(() => token.current), []);
  const [redirecting, setRedirecting] = useState(false);

  useEffect(() => {
    if (!auth.isLoading && !auth.isAuthenticated && !auth.error && !auth.activeNavigator && !redirecting) {
      setRedirecting(true);
      void auth.signinRedirect({ state: signInState() });
    }
  }, [auth, redirecting]);

  if (auth.error) {
    return (
      <main>
        <p role="alert">
          <FormattedMessage id="app.signInFailed" values={{ reason: auth.error.message }} />
        </p>
        <Button onPress={() => void auth.signinRedirect()}>
          <FormattedMessage id="app.signInAgain" />
        </Button>
      </main>
    );
  }
  if (!auth.isAuthenticated) {
    return (
      <main aria-busy="true">
        <p>
          <FormattedMessage id="app.signingIn" />
        </p>
      </main>
    );
  }
  return (
    <ApolloProvider client={client}>
      <SessionEndingWarning />
      <Shell
        onSignOut={() => {
          void client.clearStore();
          void auth.removeUser();
        }}
      >
        <InboxScreen />
      </Shell>
    </ApolloProvider>
  );
}

/** Warns before the sign-in ends where it cannot be renewed silently (WCAG 2.2.1), and offers to renew it. */
function SessionEndingWarning() {
  const auth = useAuth();
  const [minutes, setMinutes] = useState<number | null>(null);
  useEffect(() => {
    const expiring = () => {
      const seconds = auth.user?.expires_in ?? 60;
      setMinutes(Math.max(1, Math.ceil(seconds / 60)));
    };
    const renewed = () => setMinutes(null);
    const removeExpiring = auth.events.addAccessTokenExpiring(expiring);
    const removeLoaded = auth.events.addUserLoaded(renewed);
    return () => {
      removeExpiring();
      removeLoaded();
    };
  }, [auth]);
  if (minutes === null) {
    return null;
  }
  return (
    <div role="alert">
      <FormattedMessage id="app.sessionEnding" values={{ minutes }} />{' '}
      <Button onPress={() => void auth.signinSilent()}>
        <FormattedMessage id="app.stayIn" />
      </Button>
    </div>
  );
}
