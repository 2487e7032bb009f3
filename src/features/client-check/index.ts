// The client skills check's public entry, for other screens: starting a check (home, a cycle), the
// count of a closed cycle's checks, the staff settings (PIN, programs), the outcomes of a cycle's
// checks and the read-aloud view. Each loads on demand with its own texts: the first load stays as it
// was.
import { lazy } from 'react';

export const StartClientCheck = lazy(() =>
  import('./StartClientCheck').then((module) => ({ default: module.StartClientCheck })),
);
export const ClientCheckCount = lazy(() =>
  import('./StartClientCheck').then((module) => ({ default: module.ClientCheckCount })),
);
export const ClientCheckSettings = lazy(() =>
  import('./ClientCheckSettings').then((module) => ({ default: module.ClientCheckSettings })),
);
export const ClientOutcomesScreen = lazy(() => import('./outcomes/ClientOutcomesScreen'));
export const ReadAloudScreen = lazy(() => import('./read-aloud/ReadAloudScreen'));
