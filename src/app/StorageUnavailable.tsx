// Shown when this browser gives Boussole no storage at all (a locked-down private window): why, and a
// read-only demo instead of a blank screen. Loaded on demand: almost no session ever needs it.
import { useTranslation } from 'react-i18next';

// The demo's content and in-memory database load only when someone opens it.
async function startDemo(): Promise<void> {
  const { startDemo: open } = await import('../state/demo');
  await open();
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
