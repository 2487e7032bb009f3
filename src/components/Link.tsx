// An in-app link: a real <a href="#/…"> (so it can be opened, copied, read by screen readers) that
// navigates without reloading.
import type { AnchorHTMLAttributes, ReactNode } from 'react';
import { routeToHash, type Route } from '../routing/route';
import { navigate } from '../routing/route-store';

interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  to: Route;
  children: ReactNode;
}

export function Link({ to, children, onClick, ...rest }: LinkProps) {
  return (
    <a
      {...rest}
      href={routeToHash(to)}
      onClick={(event) => {
        onClick?.(event);
        if (
          event.defaultPrevented ||
          event.metaKey ||
          event.ctrlKey ||
          event.shiftKey ||
          event.button !== 0
        )
          return;
        event.preventDefault();
        navigate(to);
      }}
    >
      {children}
    </a>
  );
}
