// Shown when this browser gives Boussole no storage at all (a locked-down private window): why, and a
// read-only demo instead of a blank screen. Loaded on demand: almost no session ever needs it.
import { useTranslation } from 'react-i18next';
import { openDemoStorage } from '../storage/demo-storage';
import { navigate } from '../state/route-store';
import { useStorageStore } from '../state/storage-store';

async function startDemo(): Promise<void> {
  const { seedDemo } = await import('../features/demo/seed-demo');
  await openDemoStorage(seedDemo);
  useStorageStore.setState({ mode: 'demo' });
  navigate({ name: 'cycle', cycleId: 'demo-cycle' });
}

export function StorageUnavailable({ reason }: { reason: string | undefined }) {
  const { t } = useTranslation();
  return (
    <section className="stack" aria-labelledby="storage-heading">
      <h1 id="storage-heading">{t('storage.unavailableTitle')}</h1>
      <p>{t('errors.storageUnavailable')}</p>
      <details className="technical-details">
        <summary>{t('technicalDetails')}</summary>
        <code>{reason}</code>
      </details>
      <button type="button" className="primary" onClick={() => void startDemo()}>
        {t('storage.openDemo')}
      </button>
    </section>
  );
}
