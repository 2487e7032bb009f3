// Reopening the app returns to the screen the person was on: the last route is stored on the device.
import { useEffect, useRef } from 'react';
import { rememberLastPlace } from '../state/commands/places';
import { readLastPlace } from '../state/queries/last-place';
import { hashToRoute, routeToHash } from '../routing/route';
import { navigate, useRouteStore } from '../routing/route-store';

export function useResumeLastPlace(): void {
  const route = useRouteStore((state) => state.route);
  const restored = useRef(false);

  useEffect(() => {
    if (restored.current) return;
    restored.current = true;
    const openedAtHome = route.name === 'home' && (location.hash === '' || location.hash === '#/');
    if (!openedAtHome) return;
    readLastPlace().then(
      (hash) => {
        if (hash && hash !== '#/') navigate(hashToRoute(hash), { replace: true });
      },
      () => undefined, // storage unavailable: start at home
    );
  }, [route]);

  useEffect(() => {
    if (!restored.current) return;
    rememberLastPlace(routeToHash(route)).catch(() => undefined);
  }, [route]);
}
