import { WebStorageStateStore, type User, type UserManagerSettings } from 'oidc-client-ts';
import type { AuthContextProps } from 'react-oidc-context';
import type { UiSettings } from './settings';
import { navigate } from './route';

/** The app's address for "you are signed out", where the provider sends the browser back after signing out. */
export const SIGNED_OUT = 'signed-out';

/** Where the provider sends the browser back after sign-in: the app's root, which then drops the code from the URL. */
export function redirectUri(): string {
  return `${window.location.origin}${import.meta.env.BASE_URL}`;
}

export function oidcSettings(settings: UiSettings): UserManagerSettings {
  return {
    authority: settings.oidcAuthority,
    client_id: settings.oidcClientId,
    redirect_uri: redirectUri(),
    post_logout_redirect_uri: `${redirectUri()}${SIGNED_OUT}`,
    response_type: 'code',
    scope: settings.oidcScope,
    // Renews the token before it expires, with the refresh token where the provider gives one.
    automaticSilentRenew: true,
    // Session storage: a tab's sign-in ends with the tab, and nothing lingers on a shared campus computer.
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  };
}

/** What the sign-in carries through the provider: the app's address the user asked for. */
export function signInState(): { returnTo: string } {
  return { returnTo: window.location.pathname + window.location.search };
}

/**
 * After the provider's redirect: the code and state leave the address bar (and the history), and the user is back
 * at the address they asked for, if it is one of the app's.
 */
export function forgetSignInResponse(user?: User | void): void {
  const returnTo = (user?.state as { returnTo?: string } | undefined)?.returnTo;
  const safe = returnTo && returnTo.startsWith(import.meta.env.BASE_URL) ? returnTo : window.location.pathname;
  window.history.replaceState({}, document.title, safe);
}

/**
 * Ends the sign-in at the provider too, where it can: otherwise the next person at a shared campus computer would be
 * let in as the last one without being asked. A provider without an end-session endpoint only loses the app's copy.
 */
export async function signOut(auth: AuthContextProps): Promise<void> {
  if (await hasEndSession(auth.settings.authority)) {
    await auth.signoutRedirect();
  } else {
    navigate(SIGNED_OUT);
    await auth.removeUser();
  }
}

async function hasEndSession(authority: string): Promise<boolean> {
  try {
    const response = await fetch(`${authority.replace(/\/$/, '')}/.well-known/openid-configuration`);
    const metadata = response.ok ? ((await response.json()) as { end_session_endpoint?: string }) : {};
    return Boolean(metadata.end_session_endpoint);
  } catch {
    return false;
  }
}
