import { loadSettings } from './settings';
import { catalogFor } from '../i18n/messages';

function answering(status: number, body: unknown): typeof fetch {
  return (async () => new Response(JSON.stringify(body), { status })) as typeof fetch;
}

describe('loadSettings', () => {
  it('reads the provider and client from the server', async () => {
    const settings = await loadSettings(
      answering(200, { oidcAuthority: 'https://sso.example.edu/realms/campus', oidcClientId: 'campus-sms-ui' }),
    );
    expect(settings).toEqual({
      oidcAuthority: 'https://sso.example.edu/realms/campus',
      oidcClientId: 'campus-sms-ui',
      oidcScope: 'openid profile email',
    });
  });

  it('says why the app cannot start', async () => {
    await expect(loadSettings(answering(503, {}))).rejects.toThrow('HTTP 503');
    await expect(loadSettings(answering(200, { oidcClientId: 'x' }))).rejects.toThrow('no sign-in provider');
  });
});

describe('catalogFor', () => {
  it('speaks Spanish to es-* browsers and English to the rest', () => {
    expect(catalogFor('es-MX').messages['shell.signOut']).toBe('Cerrar sesión');
    expect(catalogFor('fr-FR').messages['shell.signOut']).toBe('Sign out');
  });
});
