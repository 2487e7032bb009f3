// Opens storage before the screens appear. When this browser cannot keep data it explains why and
// offers a read-only demo, instead of a blank screen. While the app runs it says what happened to the
// database elsewhere: once this tab can no longer save, the screen stays readable but its fields are
// disabled (a disabled fieldset), so nothing can be typed that would silently go nowhere.
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { followDatabaseEvents } from '../state/follow-database-events';
import { routeToHash, type Route } from '../routing/route';
import { useRouteStore } from '../routing/route-store';
import { openDeviceStorage } from '../state/storage-lifecycle';
import { useStorageStore, type StorageLoss } from '../state/storage-store';

// Rarely needed: loaded with its text only when a tab loses its storage.
const StorageLossAlert = lazy(() =>
  import('./StorageLossAlert').then((module) => ({ default: module.StorageLossAlert })),
);
// Rarer still: a browser that gives no storage at all (with the demo it offers instead).
const StorageUnavailable = lazy(() =>
  import('./StorageUnavailable').then((module) => ({ default: module.StorageUnavailable })),
);

function Waiting({ waiting }: { waiting: 'upgrade' | 'deletion' | undefined }) {
  const { t } = useTranslation();
  if (waiting === undefined) return null;
  return (
    <p className="notice" role="status">
      {t(waiting === 'upgrade' ? 'storage.blocked' : 'storage.deletionBlocked')}
    </p>
  );
}

/** The screen a route shows: the sections of one response are one screen. */
const screenOf = (route: Route) =>
  routeToHash(route.name === 'take' ? { name: 'take', responseId: route.responseId } : route);

/**
 * Whether to keep showing the screen after storage was lost: the screen on show keeps what it read
 * (its fields disabled), but a screen opened afterwards could read nothing (Dexie's live queries stay
 * silent on a closed database) and would say "Loading…" for ever.
 */
function useScreenStillShown(loss: StorageLoss | undefined): boolean {
  const screen = useRouteStore((state) => screenOf(state.route));
  const [lostOn, setLostOn] = useState<{ screen: string; left: boolean }>();
  if (loss !== undefined && lostOn === undefined) setLostOn({ screen, left: false });
  if (lostOn !== undefined && !lostOn.left && screen !== lostOn.screen) {
    setLostOn({ ...lostOn, left: true });
  }
  return loss === undefined || lostOn === undefined || !lostOn.left;
}

export function StorageGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { mode, reason, loss, waiting } = useStorageStore();
  const screenShown = useScreenStillShown(loss);

  useEffect(() => {
    let live = true;
    const stop = followDatabaseEvents();
    void openDeviceStorage().then((state) => {
      if (live) useStorageStore.setState(state);
    });
    return () => {
      live = false;
      stop();
    };
  }, []);

  if (mode === 'checking') {
    return (
      <>
        <Waiting waiting={waiting} />
        <p role="status">{t('loading')}</p>
      </>
    );
  }
  if (mode === 'unavailable') {
    return (
      <Suspense fallback={<p role="status">{t('loading')}</p>}>
        <StorageUnavailable reason={reason} />
      </Suspense>
    );
  }
  return (
    <>
      {mode === 'demo' && <p className="notice demo-banner">{t('storage.demoBanner')}</p>}
      {loss !== undefined && (
        <Suspense fallback={null}>
          <StorageLossAlert loss={loss} />
        </Suspense>
      )}
      <Waiting waiting={waiting} />
      {/* Only its "disabled" is wanted, not a group around the whole screen: hence role="none". */}
      <fieldset className="screen-frame" role="none" disabled={loss !== undefined}>
        {screenShown ? children : <p>{t('storage.screenClosed')}</p>}
      </fieldset>
    </>
  );
}
