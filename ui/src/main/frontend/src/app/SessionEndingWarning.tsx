import { useEffect, useState } from 'react';
import { useAuth } from 'react-oidc-context';
import { FormattedMessage } from 'react-intl';
import { Button } from 'react-aria-components';

/** Warns before the sign-in ends where it cannot be renewed silently (WCAG 2.2.1), and offers to renew it. */
export function SessionEndingWarning() {
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
