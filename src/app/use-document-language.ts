// Keeps <html lang>, the page title and the installed-app manifest in step with the chosen language (screen readers use both).
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

export function useDocumentLanguage(): void {
  const { t, i18n } = useTranslation();
  useEffect(() => {
    document.documentElement.lang = i18n.language === 'fr' ? 'fr-CA' : 'en-CA';
    document.title = `${t('appName')} — ${t('tagline')}`;
    const manifest = document.getElementById('manifest');
    if (manifest instanceof HTMLLinkElement) {
      manifest.href = `/manifest.${i18n.language === 'fr' ? 'fr' : 'en'}.webmanifest`;
    }
  }, [i18n.language, t]);
}
