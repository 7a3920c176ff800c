import { useSyncExternalStore } from 'react';
import { useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Button } from '../ui/Button';
import { MeQuery } from '../api/me';
import { liveConnection } from '../app/apollo';
import { screenOf, SCREENS, useRoute, type Route } from '../app/routes';
import { RouteLink } from '../app/RouteLink';
import { Notice } from '../ui/Notice';
import { Shortcuts } from './Shortcuts';
import styles from './Shell.module.css';


/** The frame of every screen: who is signed in, their personal number, the screens, and the main region. */
export function Shell({ onSignOut, children }: { onSignOut: () => void; children?: React.ReactNode }) {
  const intl = useIntl();
  const { data, error } = useQuery(MeQuery);
  const current = screenOf(useRoute());
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
            <Button variant="onBrand" onPress={onSignOut}>
              <FormattedMessage id="shell.signOut" />
            </Button>
          </div>
        )}
        <nav aria-label={intl.formatMessage({ id: 'nav.label' })} className={styles.nav}>
          <ul>
            {SCREENS.map((name) => (
              <li key={name}>
                <RouteLink to={{ name } as Route} aria-current={name === current ? 'page' : undefined}>
                  <FormattedMessage id={`nav.${name}`} />
                </RouteLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <div role="status" className={live ? styles.hidden : styles.banner}>
        {!live && <FormattedMessage id="live.reconnecting" />}
      </div>
      <main className={styles.main} aria-label={intl.formatMessage({ id: `nav.${current}` })}>
        <Notice kind="error" id="shell.meFailed" error={error} />
        {me && children}
      </main>
    </div>
  );
}
