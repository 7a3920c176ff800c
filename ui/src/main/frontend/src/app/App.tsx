import { Suspense, lazy, useEffect, useMemo, useRef, useState } from 'react';
import { AuthProvider, useAuth } from 'react-oidc-context';
import { ApolloProvider } from '@apollo/client/react';
import { FormattedMessage } from 'react-intl';
import { Shell } from '../shell/Shell';
import { InboxScreen } from '../inbox/InboxScreen';
import { ThreadPane } from '../thread/ThreadPane';
import { ContactPanel } from '../people/ContactPanel';
import { createApolloClient } from './apollo';
import { forgetAllDrafts } from '../compose/drafts';
import { SessionEndingWarning } from './SessionEndingWarning';
import { navigate, usePath } from './route';
import { screenOf, useRoute, type Route } from './routes';
import { ScreenBoundary } from './ScreenBoundary';
import { withStrings } from './screenStrings';
import { SIGNED_OUT, forgetSignInResponse, oidcSettings, signInState, signOut } from './auth';
import type { UiSettings } from './settings';
import styles from './App.module.css';
import { Button } from '../ui/Button';

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
  // After signing out the app waits to be asked, rather than sending the browser straight back to the provider.
  const signedOut = usePath() === SIGNED_OUT;

  useEffect(() => {
    if (signedOut) {
      if (auth.isAuthenticated) {
        navigate('');
      }
      return;
    }
    if (!auth.isLoading && !auth.isAuthenticated && !auth.error && !auth.activeNavigator && !redirecting) {
      setRedirecting(true);
      void auth.signinRedirect({ state: signInState() });
    }
  }, [auth, redirecting, signedOut]);

  // A failed renewal leaves the sign-in valid until it ends: the screen stays, and the warning offers a way on.
  if (auth.error && !auth.isAuthenticated) {
    return (
      <main className={styles.page}>
        <p role="alert">
          <FormattedMessage id="app.signInFailed" values={{ reason: auth.error.message }} />
        </p>
        <Button variant="primary" onPress={() => void auth.signinRedirect()}>
          <FormattedMessage id="app.signInAgain" />
        </Button>
      </main>
    );
  }
  if (!auth.isAuthenticated && signedOut && !auth.isLoading) {
    return (
      <main className={styles.page}>
        <h1>
          <FormattedMessage id="app.signedOut.title" />
        </h1>
        <p>
          <FormattedMessage id="app.signedOut.body" />
        </p>
        <Button variant="primary" onPress={() => navigate('')}>
          <FormattedMessage id="app.signInAgain" />
        </Button>
      </main>
    );
  }
  if (!auth.isAuthenticated) {
    return (
      <main className={styles.page} aria-busy="true">
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
          forgetAllDrafts();
          void client.clearStore();
          void signOut(auth);
        }}
      >
        <CurrentScreen />
      </Shell>
    </ApolloProvider>
  );
}

// Screens other than the inbox are loaded when first opened, keeping the first screen's JavaScript small.
// Each brings its strings with it (screenStrings.tsx).
const NewConversationScreen = lazy(() => import('../people/NewConversationScreen'));
const BulkSendScreen = lazy(withStrings(() => import('../bulk/BulkSendScreen'), () => import('../bulk/messages')));
const ReportsScreen = lazy(withStrings(() => import('../reports/ReportsScreen'), () => import('../reports/messages')));
const PoolsScreen = lazy(withStrings(() => import('../pools/PoolsScreen'), () => import('../pools/messages')));
const SearchScreen = lazy(withStrings(() => import('../search/SearchScreen'), () => import('../search/messages')));

/** The screen the address names; the inbox for its own addresses and any unknown one. */
function CurrentScreen() {
  const route = useRoute();
  // A failed screen is forgotten when another one is opened.
  return (
    <ScreenBoundary key={screenOf(route)}>
      <Suspense fallback={<p aria-busy="true" />}>{screenFor(route)}</Suspense>
    </ScreenBoundary>
  );
}

/**
 * The app puts the feature folders together, so none imports another: the inbox shows the thread pane, which shows
 * the people folder's contact panel.
 */
function inboxThread(conversationId: string, title: string | undefined) {
  return (
    <ThreadPane
      conversationId={conversationId}
      title={title}
      contactPanel={(personId) => <ContactPanel personId={personId} />}
    />
  );
}

function screenFor(route: Route): React.ReactNode {
  switch (route.name) {
    case 'inbox':
    case 'conversation':
      return <InboxScreen renderThread={inboxThread} />;
    case 'new':
      return <NewConversationScreen />;
    case 'bulk':
      return <BulkSendScreen />;
    case 'reports':
      return <ReportsScreen />;
    case 'pools':
      return <PoolsScreen />;
    case 'search':
      return <SearchScreen />;
  }
}
