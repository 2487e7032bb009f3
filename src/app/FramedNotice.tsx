// Shown instead of the app when another site frames it: no screen, no database, only a way out.
// Loaded on demand, with its text (the "alerts" namespace), so it costs the normal start nothing.
import { Suspense, useMemo } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { createI18n } from '../lib/i18n';
import { useDocumentLanguage } from './use-document-language';

function Notice() {
  const { t } = useTranslation('alerts');
  useDocumentLanguage();
  return (
    <main id="main" className="framed-notice stack">
      <h1>{t('framed.title')}</h1>
      <p>{t('framed.explanation')}</p>
      <p>
        <a href={location.href} target="_blank" rel="noopener noreferrer">
          {t('framed.open')}
        </a>
      </p>
    </main>
  );
}

export function FramedNotice() {
  const i18n = useMemo(() => createI18n(), []);
  return (
    <I18nextProvider i18n={i18n}>
      <Suspense fallback={null}>
        <Notice />
      </Suspense>
    </I18nextProvider>
  );
}
