import { useEffect, useRef, useState } from 'react';
import { useAuth } from 'react-oidc-context';
import { FormattedMessage } from 'react-intl';
import { Button } from '../ui/Button';
import { signInState } from './auth';

/**
 * Warns before the sign-in ends where it is not renewed without asking (WCAG 2.2.1), and offers to renew it. With a
 * refresh token the renewal needs no page, so the warning waits until it fails; without one it shows as the
 * renewal starts, in case the provider wants the user back.
 */
export function SessionEndingWarning() {
  const auth = useAuth();
  const user = useRef(auth.user);
  user.current = auth.user;
  const [minutes, setMinutes] = useState<number | null>(null);
  useEffect(() => {
    const warn = () => setMinutes(Math.max(1, Math.ceil((user.current?.expires_in ?? 60) / 60)));
    const removeExpiring = auth.events.addAccessTokenExpiring(() => {
      if (!user.current?.refresh_token) {
        warn();
      }
    });
    const removeFailed = auth.events.addSilentRenewError(warn);
    const removeLoaded = auth.events.addUserLoaded(() => setMinutes(null));
    return () => {
      removeExpiring();
      removeFailed();
      removeLoaded();
    };
  }, [auth.events]);
  if (minutes === null) {
    return null;
  }
  // Renewed without a page if the provider still allows it; otherwise through its sign-in, back to this address.
  const stay = async () => {
    if (!(await auth.signinSilent())) {
      await auth.signinRedirect({ state: signInState() });
    }
  };
  return (
    <div role="alert">
      <FormattedMessage id="app.sessionEnding" values={{ minutes }} />{' '}
      <Button size="small" onPress={() => void stay()}>
        <FormattedMessage id="app.stayIn" />
      </Button>
    </div>
  );
}
