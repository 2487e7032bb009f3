// How much space Boussole uses and whether the browser promises to keep it (persistent storage), with
// a button to ask for that promise. Browsers may otherwise clear site data when the disk fills up.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Estimate {
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

async function readEstimate(): Promise<Estimate> {
  const storage =
    typeof navigator === 'undefined'
      ? undefined
      : (navigator.storage as StorageManager | undefined);
  if (!storage) return { persisted: null, usage: null, quota: null };
  const [persisted, estimate] = await Promise.all([
    storage.persisted().catch(() => null),
    storage.estimate().catch(() => null),
  ]);
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

export function StoragePersistence() {
  const { t } = useTranslation(['settings', 'common']);
  const [estimate, setEstimate] = useState<Estimate | null>(null);
  const [asked, setAsked] = useState(false);

  useEffect(() => {
    let live = true;
    void readEstimate().then((value) => {
      if (live) setEstimate(value);
    });
    return () => {
      live = false;
    };
  }, []);

  const ask = async () => {
    setAsked(true);
    await navigator.storage.persist().catch(() => false);
    setEstimate(await readEstimate());
  };

  if (estimate === null) return null;
  const megabytes = (bytes: number) => t('megabytes', { value: bytes / (1024 * 1024) });
  return (
    <section className="stack-small" aria-labelledby="persist-heading">
      <h2 id="persist-heading">{t('persist.title')}</h2>
      <p role="status">
        {estimate.persisted === null
          ? t('persist.unknown')
          : estimate.persisted
            ? t('persist.granted')
            : asked
              ? t('persist.refused')
              : t('persist.notYet')}
      </p>
      {estimate.usage !== null && estimate.quota !== null && (
        <p>
          {t('persist.usage', {
            used: megabytes(estimate.usage),
            quota: megabytes(estimate.quota),
          })}
        </p>
      )}
      {estimate.persisted === false && (
        <button type="button" onClick={() => void ask()}>
          {t('persist.ask')}
        </button>
      )}
    </section>
  );
}
