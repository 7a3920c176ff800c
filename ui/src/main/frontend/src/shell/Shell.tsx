import { useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Button } from 'react-aria-components';
import { graphql } from '../gql';
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

/** The frame of every screen: who is signed in, their personal number, and the main region. */
export function Shell({ onSignOut, children }: { onSignOut: () => void; children?: React.ReactNode }) {
  const intl = useIntl();
  const { data, error } = useQuery(MeQuery);
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
            <Button className={styles.signOut} onPress={onSignOut}>
              <FormattedMessage id="shell.signOut" />
            </Button>
          </div>
        )}
      </header>
      <main className={styles.main} aria-label={intl.formatMessage({ id: 'shell.main' })}>
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
