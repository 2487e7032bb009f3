// Registers the service worker (offline use) and tells the person when a new version is ready. The
// new version waits until they choose to reload. What the prompt says about their answers is checked,
// not assumed: a change whose save failed is still only on screen, and a tab that lost its storage
// (see StorageLossAlert) saves nothing. Reloading waits for writes under way to finish.
import { useRegisterSW } from 'virtual:pwa-register/react';
import { useTranslation } from 'react-i18next';
import { useSaveStatus, writesSettled } from '../state/save-status';
import { useStorageStore } from '../state/storage-store';

function useAnswersState(): 'saved' | 'unsaved' | 'not-saving' {
  const unsaved = useSaveStatus((state) => state.unsaved.length > 0);
  const lost = useStorageStore((state) => state.loss !== undefined || state.mode === 'demo');
  if (lost) return 'not-saving';
  return unsaved ? 'unsaved' : 'saved';
}

const message = {
  saved: 'update.available',
  unsaved: 'update.availableUnsaved',
  'not-saving': 'update.availableNotSaving',
} as const;

export default function UpdatePrompt() {
  const { t } = useTranslation();
  const answers = useAnswersState();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW();
  if (!needRefresh) return null;
  return (
    <div className="notice update-prompt" role="status">
      <p>{t(message[answers])}</p>
      <button
        type="button"
        className="primary"
        onClick={() => void writesSettled().then(() => updateServiceWorker(true))}
      >
        {t('update.reload')}
      </button>{' '}
      <button type="button" onClick={() => setNeedRefresh(false)}>
        {t('update.later')}
      </button>
    </div>
  );
}
