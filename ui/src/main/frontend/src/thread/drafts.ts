/**
 * What was typed but not sent, kept per conversation in this browser so that leaving a conversation, a reload or a
 * failed send loses nothing. Signing out forgets them all (a shared computer must not show them to the next user).
 */
const PREFIX = 'campus-sms.draft.';

export function readDraft(key: string): string {
  return window.localStorage.getItem(PREFIX + key) ?? '';
}

export function keepDraft(key: string, text: string): void {
  if (text) {
    window.localStorage.setItem(PREFIX + key, text);
  } else {
    window.localStorage.removeItem(PREFIX + key);
  }
}

export function forgetAllDrafts(): void {
  for (let i = window.localStorage.length - 1; i >= 0; i--) {
    const key = window.localStorage.key(i);
    if (key?.startsWith(PREFIX)) {
      window.localStorage.removeItem(key);
    }
  }
}

const ENTER_SENDS = 'campus-sms.enterSends';

/** The user's choice of key to send: Enter (Shift+Enter for a new line) or Ctrl+Enter (the default). */
export function enterSends(): boolean {
  return window.localStorage.getItem(ENTER_SENDS) === 'true';
}

export function setEnterSends(value: boolean): void {
  window.localStorage.setItem(ENTER_SENDS, String(value));
}
