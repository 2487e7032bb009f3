// Opens storage before the screens appear. When this browser cannot keep data it explains why and
// offers a read-only demo, instead of a blank screen; database events from other tabs are explained.
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { onDatabaseEvent } from '../storage/database';
import { openDemoStorage, openStorage } from '../storage/open-storage';
import { navigate } from '../state/route-store';
import { useStorageStore } from '../state/storage-store';

async function startDemo(): Promise<void> {
  const { seedDemo } = await import('../features/demo/seed-demo');
  await openDemoStorage(seedDemo);
  useStorageStore.setState({ mode: 'demo' });
  navigate({ name: 'cycle', cycleId: 'demo-cycle' });
}

export function StorageGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { mode, reason, event } = useStorageStore();

  useEffect(() => {
    let live = true;
    void openStorage().then((state) => {
      if (!live) return;
      useStorageStore.setState(
        state.kind === 'ready' ? { mode: 'ready' } : { mode: 'unavailable', reason: state.reason },
      );
    });
    const stop = onDatabaseEvent((databaseEvent) =>
      useStorageStore.setState({ event: databaseEvent }),
    );
    return () => {
      live = false;
      stop();
    };
  }, []);

  if (mode === 'checking') return <p role="status">{t('loading')}</p>;
  if (mode === 'unavailable') {
    return (
      <section className="stack" aria-labelledby="storage-heading">
        <h1 id="storage-heading">{t('storage.unavailableTitle')}</h1>
        <p>{t('errors.storageUnavailable')}</p>
        <p className="muted">{t('storage.reason', { reason: reason ?? '' })}</p>
        <button type="button" className="primary" onClick={() => void startDemo()}>
          {t('storage.openDemo')}
        </button>
      </section>
    );
  }
  return (
    <>
      {mode === 'demo' && <p className="notice demo-banner">{t('storage.demoBanner')}</p>}
      {event === 'version-change' && (
        <div className="notice notice-error" role="alert">
          <p>{t('storage.versionChange')}</p>
          <button type="button" onClick={() => location.reload()}>
            {t('storage.reload')}
          </button>
        </div>
      )}
      {event === 'blocked' && (
        <p className="notice" role="status">
          {t('storage.blocked')}
        </p>
      )}
      {children}
    </>
  );
}
