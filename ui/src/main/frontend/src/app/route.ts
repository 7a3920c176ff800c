import { useSyncExternalStore } from 'react';

/**
 * The app's own addresses, below the base (/app/): '' the inbox, 'conversations/12' an open conversation,
 * 'new', 'bulk', 'reports', 'pools', 'search'. The history API keeps them, so Back and bookmarks work.
 */
const CHANGED = 'campus-sms:navigated';

function currentPath(): string {
  const base = import.meta.env.BASE_URL;
  const path = window.location.pathname;
  return (path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, '')).replace(/\/$/, '');
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}

/** The path below the base, re-rendering on every move. */
export function usePath(): string {
  return useSyncExternalStore(subscribe, currentPath);
}

/** Goes to a path below the base as a link would, without reloading the page. */
export function navigate(path: string): void {
  window.history.pushState({}, '', `${import.meta.env.BASE_URL}${path}`);
  window.dispatchEvent(new Event(CHANGED));
}

/** The first segment of the path: which screen is shown. */
export function screenOf(path: string): string {
  return path.split('/')[0];
}

/** A parameter of the address's query (?q=…), re-rendering when a move changes it. */
export function useQueryParam(name: string): string | null {
  return useSyncExternalStore(subscribe, () => new URLSearchParams(window.location.search).get(name));
}
