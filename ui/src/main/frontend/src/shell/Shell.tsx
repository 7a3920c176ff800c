import { useSyncExternalStore } from 'react';
import { useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Button } from 'react-aria-components';
import { graphql } from '../gql';
import { liveConnection } from '../app/apollo';
import { navigate, screenOf, usePath } from '../app/route';
import { Shortcuts } from './Shortcuts';
import styles from './Shell.module.css';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      name
      email
      roles
      personalNumber {
        number
        status
      }
    }
  }
`);

/** The screens in the navigation: the path each lives at and the name it is shown by. */
const SCREENS = [
  { path: '', id: 'nav.inbox' },
  { path: 'new', id: 'nav.new' },
  { path: 'bulk', id: 'nav.bulk' },
  { path: 'reports', id: 'nav.reports' },
  { path: 'pools', id: 'nav.pools' },
  { path: 'search', id: 'nav.search' },
] as const;

/** The frame of every screen: who is signed in, their personal number, the screens, and the main region. */
export function Shell({ onSignOut, children }: { onSignOut: () => void; children?: React.ReactNode }) {
  const intl = useIntl();
  const { data, error } = useQuery(MeQuery);
  const path = usePath();
  const here = screenOf(path) === 'conversations' ? '' : screenOf(path);
  const current = SCREENS.find((s) => s.path === here) ?? SCREENS[0];
  const live = useSyncExternalStore(liveConnection.subscribe, liveConnection.get);
  const me = data?.me;
  return (
    <div className={styles.shell}>
      <header className={styles.header}>
        <h1 className={styles.title}>
          <FormattedMessage id="shell.title" />
        </h1>
        {me && (
          <div className={styles.user}>
            <span>
              <FormattedMessage id="shell.signedInAs" values={{ name: me.name }} />
            </span>
            <span className={styles.number}>
              {me.personalNumber?.number ? (
                <FormattedMessage id="shell.personalNumber" values={{ number: me.personalNumber.number }} />
              ) : me.personalNumber ? (
                <FormattedMessage id="shell.personalNumberPending" />
              ) : (
                <FormattedMessage id="shell.noPersonalNumber" />
              )}
            </span>
            <Shortcuts />
            <Button className={styles.signOut} onPress={onSignOut}>
              <FormattedMessage id="shell.signOut" />
            </Button>
          </div>
        )}
        <nav aria-label={intl.formatMessage({ id: 'nav.label' })} className={styles.nav}>
          <ul>
            {SCREENS.map((s) => (
              <li key={s.path}>
                <a
                  href={`${import.meta.env.BASE_URL}${s.path}`}
                  aria-current={s === current ? 'page' : undefined}
                  onClick={(event) => {
                    if (!event.ctrlKey && !event.metaKey && !event.shiftKey && event.button === 0) {
                      event.preventDefault();
                      navigate(s.path);
                    }
                  }}
                >
                  <FormattedMessage id={s.id} />
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <div role="status" className={live ? styles.hidden : styles.banner}>
        {!live && <FormattedMessage id="live.reconnecting" />}
      </div>
      <main className={styles.main} aria-label={intl.formatMessage({ id: current.id })}>
        {error && (
          <p role="alert">
            <FormattedMessage id="shell.meFailed" values={{ reason: error.message }} />
          </p>
        )}
        {me && children}
      </main>
    </div>
  );
}
