// The page when this device is in client mode (main.tsx): the staff's language for the staff's own
// words, storage opened for the anonymous records, and the client mode screen, nothing else. No
// header, no navigation, no agency screen is rendered or loaded.
import { StrictMode, Suspense, useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { ClientModeApp } from '../features/client-check/mode/ClientModeApp';
import { createI18n, loadCoreTexts, initialLanguage } from '../lib/i18n';
import { readClientModeSession, leaveClientMode } from '../state/client-mode-session';
import { keepClientCheckCopiesOnDevice } from '../state/queries/client-checks';
import { openDeviceStorage } from '../state/storage-lifecycle';

function ClientModeShell() {
  const i18n = useMemo(() => createI18n(), []);
  const session = useMemo(() => readClientModeSession(), []);
  const [storage, setStorage] = useState<'opening' | 'ready' | 'unavailable'>('opening');
  useEffect(() => {
    void openDeviceStorage().then((state) => {
      setStorage(state.mode);
    });
  }, []);
  useEffect(() => {
    // A flag this tab cannot read (a damaged value) would otherwise leave the device stuck.
    if (session === null) leaveClientMode();
  }, [session]);
  if (session === null || storage === 'opening') return null;
  return (
    <I18nextProvider i18n={i18n}>
      <Suspense fallback={null}>
        <ClientModeApp session={session} />
      </Suspense>
    </I18nextProvider>
  );
}

export async function startClientMode(root: HTMLElement): Promise<void> {
  if (import.meta.env.PROD) {
    keepClientCheckCopiesOnDevice();
  }
  await loadCoreTexts(initialLanguage()).catch(() => undefined);
  createRoot(root).render(
    <StrictMode>
      <ClientModeShell />
    </StrictMode>,
  );
}
