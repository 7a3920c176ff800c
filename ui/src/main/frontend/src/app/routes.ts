import { useMemo } from 'react';
import { navigate, useLocation } from './route';

/**
 * The app's addresses as one table: each route's path below the base (/app/), its `:param` (a trailing `?` makes
 * it optional), the query parameters it keeps (views, filters and search criteria, so Back and bookmarks restore
 * them), and the screen of the navigation it belongs to.
 */
const TABLE = {
  inbox: { path: '', query: ['view', 'from', 'until'], screen: 'inbox' },
  conversation: { path: 'conversations/:id', query: ['view', 'from', 'until'], screen: 'inbox' },
  new: { path: 'new', query: ['q'], screen: 'new' },
  bulk: { path: 'bulk/:id?', query: [], screen: 'bulk' },
  reports: { path: 'reports', query: ['tab'], screen: 'reports' },
  pools: { path: 'pools', query: [], screen: 'pools' },
  search: { path: 'search', query: ['text', 'direction', 'pool', 'from', 'until'], screen: 'search' },
} as const;

type Table = typeof TABLE;
export type RouteName = keyof Table;

type PathParams<P extends string> = P extends `${string}:${infer N}?`
  ? { [K in N]?: string }
  : P extends `${string}:${infer N}`
    ? { [K in N]: string }
    : unknown;

/** An address as data: the route's name, its path parameter and the query parameters it keeps. */
export type Route = {
  [N in RouteName]: { name: N } & PathParams<Table[N]['path']> & { [Q in Table[N]['query'][number]]?: string };
}[RouteName];

/** A route of one name. */
export type RouteOf<N extends RouteName> = Extract<Route, { name: N }>;

/** A screen of the navigation: a route that is its own screen. */
export type Screen = Table[RouteName]['screen'];

/** The screens of the navigation, in the table's order. */
export const SCREENS = (Object.keys(TABLE) as RouteName[]).filter((name): name is Screen => TABLE[name].screen === name);

/** The navigation screen a route is shown under (an open conversation is the inbox's). */
export function screenOf(route: Route): Screen {
  return TABLE[route.name].screen;
}

/** The route of a location below the base; the inbox for its own address and any unknown one. */
export function parse(location: { pathname: string; search: string }): Route {
  const segments = location.pathname.split('/').filter(Boolean);
  const query = new URLSearchParams(location.search);
  for (const name of Object.keys(TABLE) as RouteName[]) {
    const { path, query: keys } = TABLE[name];
    const params = matchPath(path, segments);
    if (params) {
      const route: Record<string, string> = { name, ...params };
      for (const key of keys) {
        const value = query.get(key);
        if (value !== null && value !== '') {
          route[key] = value;
        }
      }
      return route as Route;
    }
  }
  return { name: 'inbox' };
}

function matchPath(path: string, segments: string[]): Record<string, string> | null {
  const parts = path.split('/').filter(Boolean);
  const params: Record<string, string> = {};
  if (segments.length > parts.length) {
    return null;
  }
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const segment = segments[i];
    if (part.startsWith(':')) {
      const optional = part.endsWith('?');
      if (segment === undefined) {
        if (!optional) {
          return null;
        }
        continue;
      }
      params[part.slice(1, optional ? -1 : undefined)] = decodeURIComponent(segment);
    } else if (part !== segment) {
      return null;
    }
  }
  return params;
}

/** The address of a route below the base, e.g. 'conversations/12?view=unread': what a link's href adds to it. */
export function href(route: Route): string {
  const { path, query: keys } = TABLE[route.name];
  const values = route as Record<string, string | undefined>;
  const pathname = path
    .split('/')
    .filter(Boolean)
    .map((part) => {
      if (!part.startsWith(':')) {
        return part;
      }
      const value = values[part.replace(/^:|\?$/g, '')];
      return value === undefined ? '' : encodeURIComponent(value);
    })
    .filter(Boolean)
    .join('/');
  const query = new URLSearchParams();
  for (const key of keys) {
    const value = values[key];
    if (value !== undefined && value !== '') {
      query.set(key, value);
    }
  }
  const search = query.toString();
  return search ? `${pathname}?${search}` : pathname;
}

/** The route the address names, re-rendering on every move. */
export function useRoute(): Route {
  const location = useLocation();
  return useMemo(() => parse(location), [location]);
}

/**
 * Goes to a route as a link would. `replace` changes the current entry instead of adding one, for a change Back
 * should not step through one by one.
 */
export function go(route: Route, options: { replace?: boolean } = {}): void {
  navigate(href(route), options);
}
