/** What the server tells the browser at run time (GET /app/config.json): one build serves every institution. */
export interface UiSettings {
  /** The institution's OpenID provider (its issuer URL). */
  oidcAuthority: string;
  /** This app's public client at that provider (Authorization Code + PKCE, no secret). */
  oidcClientId: string;
  /** Scopes to ask for; the access token's audience must include the API's client id. */
  oidcScope: string;
}

export async function loadSettings(fetchImpl: typeof fetch = fetch): Promise<UiSettings> {
  const response = await fetchImpl(`${import.meta.env.BASE_URL}config.json`, { cache: 'no-store' });
  if (!response.ok) {
    throw new Error(`The app's settings could not be loaded (HTTP ${response.status})`);
  }
  const settings = (await response.json()) as Partial<UiSettings>;
  if (!settings.oidcAuthority || !settings.oidcClientId) {
    throw new Error("The app's settings name no sign-in provider");
  }
  return { oidcScope: 'openid profile email', ...settings } as UiSettings;
}
