import type { AnchorHTMLAttributes } from 'react';
import { go, href, type Route } from './routes';

/**
 * A link to a route: a real href (so a new tab, a copied address and a bookmark work), moving within the page on a
 * plain click.
 */
export function RouteLink({ to, ...props }: { to: Route } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'>) {
  return (
    <a
      {...props}
      href={`${import.meta.env.BASE_URL}${href(to)}`}
      onClick={(event) => {
        props.onClick?.(event);
        if (!event.defaultPrevented && !event.ctrlKey && !event.metaKey && !event.shiftKey && event.button === 0) {
          event.preventDefault();
          go(to);
        }
      }}
    />
  );
}
