// Application shell: providers, header with navigation and language switch, the current screen.
import { lazy, Suspense, useEffect, useMemo } from 'react';
import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../lib/i18n';
import type { Language } from '../lib/typography';
import { routeToHash } from '../routing/route';
import { followHashChanges, useRouteStore } from '../routing/route-store';
import { Header } from './Header';
import { Notices } from './Notices';
import { Screen } from './Screen';
import { ScreenBoundary } from './ScreenBoundary';
import { StorageGate } from './StorageGate';
import { useDocumentLanguage } from './use-document-language';
import { useResumeLastPlace } from './use-resume-last-place';

/**
 * The texts of rare messages (a failed save, another tab deleting the data) are not part of the first
 * load, but are fetched as soon as the first screen is up: when one is needed, the connection may be gone.
 */
function preloadAlertTexts(i18n: i18n): () => void {
  const timer = setTimeout(() => void i18n.loadNamespaces('alerts'), 0);
  return () => {
    clearTimeout(timer);
  };
}

// Service worker registration loads after the first screen; it is not needed to show it.
const UpdatePrompt = lazy(() => import('./UpdatePrompt'));

export function App({ language }: { language?: Language }) {
  const i18n = useMemo(() => createI18n(language), [language]);
  useEffect(() => followHashChanges(), []);
  useEffect(() => preloadAlertTexts(i18n), [i18n]);
  return (
    <I18nextProvider i18n={i18n}>
      <Shell />
    </I18nextProvider>
  );
}

function Shell() {
  useDocumentLanguage();
  useResumeLastPlace();
  const place = useRouteStore((state) => routeToHash(state.route));
  return (
    <>
      <Header />
      <main id="main" tabIndex={-1}>
        <Notices />
        <StorageGate>
          <ScreenBoundary place={place}>
            <Screen />
          </ScreenBoundary>
        </StorageGate>
      </main>
      <Suspense fallback={null}>
        <UpdatePrompt />
      </Suspense>
    </>
  );
}
