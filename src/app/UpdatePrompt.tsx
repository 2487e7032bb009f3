// Registers the service worker (offline use) and tells the person when a new version is ready. The
// new version waits until they choose to reload: answers are already saved, so reloading loses nothing.
import { useRegisterSW } from 'virtual:pwa-register/react';
import { useTranslation } from 'react-i18next';

export default function UpdatePrompt() {
  const { t } = useTranslation();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW();
  if (!needRefresh) return null;
  return (
    <div className="notice update-prompt" role="status">
      <p>{t('update.available')}</p>
      <button type="button" className="primary" onClick={() => void updateServiceWorker(true)}>
        {t('update.reload')}
      </button>{' '}
      <button type="button" onClick={() => setNeedRefresh(false)}>
        {t('update.later')}
      </button>
    </div>
  );
}
