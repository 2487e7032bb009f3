// Current screen (zustand), kept in step with location.hash.
import { create } from 'zustand';
import { hashToRoute, routeToHash, type Route } from './route';

interface RouteState {
  route: Route;
  navigate: (route: Route, options?: { replace?: boolean }) => void;
}

const currentHash = () => (typeof location === 'undefined' ? '#/' : location.hash);

export const useRouteStore = create<RouteState>()((set) => ({
  route: hashToRoute(currentHash()),
  navigate: (route, options) => {
    const hash = routeToHash(route);
    if (typeof history !== 'undefined' && currentHash() !== hash) {
      if (options?.replace) history.replaceState(null, '', hash);
      else history.pushState(null, '', hash);
    }
    set({ route });
  },
}));

/** Follows the back and forward buttons and links to #/… hashes. Returns the unsubscribe function. */
export function followHashChanges(): () => void {
  const sync = () => {
    useRouteStore.setState({ route: hashToRoute(location.hash) });
  };
  window.addEventListener('hashchange', sync);
  window.addEventListener('popstate', sync);
  return () => {
    window.removeEventListener('hashchange', sync);
    window.removeEventListener('popstate', sync);
  };
}

export const navigate = (route: Route, options?: { replace?: boolean }): void => {
  useRouteStore.getState().navigate(route, options);
};
