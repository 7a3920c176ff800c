import { useMemo, useSyncExternalStore } from 'react';

/**
 * The address below the base (/app/), kept by the history API so Back and bookmarks work. app/routes.ts says
 * what each address means; this is the store it reads and moves.
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

/** The path below the base and the query, re-rendering when either changes. */
export function useLocation(): { pathname: string; search: string } {
  const pathname = usePath();
  const search = useSyncExternalStore(subscribe, () => window.location.search);
  return useMemo(() => ({ pathname, search }), [pathname, search]);
}

/** Goes to a path below the base (with its query, if any) as a link would, without reloading the page. */
export function navigate(path: string, { replace = false }: { replace?: boolean } = {}): void {
  const url = `${import.meta.env.BASE_URL}${path}`;
  if (replace) {
    window.history.replaceState({}, '', url);
  } else {
    window.history.pushState({}, '', url);
  }
  window.dispatchEvent(new Event(CHANGED));
}
