/**
 * What was typed but not sent, kept per conversation in this tab (sessionStorage) so that leaving a conversation, a
 * reload or a failed send loses nothing. Closing the tab forgets them, and so does signing out: a message to a
 * student must not wait on a shared computer for the next person who opens the browser.
 */
const PREFIX = 'campus-sms.draft.';

export function readDraft(key: string): string {
  return window.sessionStorage.getItem(PREFIX + key) ?? '';
}

export function keepDraft(key: string, text: string): void {
  if (text) {
    window.sessionStorage.setItem(PREFIX + key, text);
  } else {
    window.sessionStorage.removeItem(PREFIX + key);
  }
}

export function forgetAllDrafts(): void {
  forgetDraftsIn(window.sessionStorage);
  // Earlier versions kept drafts in localStorage, which outlives the tab.
  forgetDraftsIn(window.localStorage);
}

function forgetDraftsIn(storage: Storage): void {
  for (let i = storage.length - 1; i >= 0; i--) {
    const key = storage.key(i);
    if (key?.startsWith(PREFIX)) {
      storage.removeItem(key);
    }
  }
}

// Drafts an earlier version left in localStorage go as soon as the app loads.
forgetDraftsIn(window.localStorage);

const ENTER_SENDS = 'campus-sms.enterSends';

/** The user's choice of key to send: Enter (Shift+Enter for a new line) or Ctrl+Enter (the default). */
export function enterSends(): boolean {
  return window.localStorage.getItem(ENTER_SENDS) === 'true';
}

export function setEnterSends(value: boolean): void {
  window.localStorage.setItem(ENTER_SENDS, String(value));
}
