/** UI strings, ICU format. English is the source; a missing Spanish string falls back to it. */
export const en = {
  'app.loading': 'Loading Campus SMS…',
  'app.settingsFailed': 'Campus SMS cannot start: {reason}',
  'app.signingIn': 'Signing you in…',
  'app.signInFailed': 'Signing in failed: {reason}',
  'app.signInAgain': 'Sign in again',
  'app.sessionEnding': 'Your sign-in ends in {minutes, plural, one {# minute} other {# minutes}}.',
  'app.stayIn': 'Stay signed in',
  'shell.title': 'Campus SMS',
  'shell.signedInAs': 'Signed in as {name}',
  'shell.signOut': 'Sign out',
  'shell.personalNumber': 'Your number: {number}',
  'shell.personalNumberPending': 'Your number is being set up',
  'shell.noPersonalNumber': 'No personal number yet: it is set up on your first text',
  'shell.meFailed': 'Your profile could not be loaded: {reason}',
  'shell.main': 'Inbox',
} as const;

export type MessageId = keyof typeof en;

export const es: Partial<Record<MessageId, string>> = {
  'app.loading': 'Cargando Campus SMS…',
  'app.settingsFailed': 'Campus SMS no puede iniciar: {reason}',
  'app.signingIn': 'Iniciando sesión…',
  'app.signInFailed': 'No se pudo iniciar sesión: {reason}',
  'app.signInAgain': 'Iniciar sesión de nuevo',
  'app.sessionEnding': 'Su sesión termina en {minutes, plural, one {# minuto} other {# minutos}}.',
  'app.stayIn': 'Mantener la sesión',
  'shell.title': 'Campus SMS',
  'shell.signedInAs': 'Sesión de {name}',
  'shell.signOut': 'Cerrar sesión',
  'shell.personalNumber': 'Su número: {number}',
  'shell.personalNumberPending': 'Su número se está preparando',
  'shell.noPersonalNumber': 'Aún sin número personal: se prepara con su primer mensaje',
  'shell.meFailed': 'No se pudo cargar su perfil: {reason}',
  'shell.main': 'Bandeja de entrada',
};

/** The catalog for a browser language: Spanish for es-*, else English. */
export function catalogFor(language: string): { locale: string; messages: Record<string, string> } {
  if (language.toLowerCase().startsWith('es')) {
    return { locale: 'es', messages: { ...en, ...es } };
  }
  return { locale: 'en', messages: { ...en } };
}
