// i18next with the interface text in locales/<language>/<namespace>.json. French text is typeset
// (non-breaking spaces) by a post-processor, so translators write ordinary spaces.
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { frenchTypography, languages, type Language } from './typography';

const files = import.meta.glob<Record<string, unknown>>('/locales/*/*.json', {
  eager: true,
  import: 'default',
});

export const resources: Record<Language, Record<string, Record<string, unknown>>> = {
  en: {},
  fr: {},
};
for (const [path, content] of Object.entries(files)) {
  const match = /\/locales\/(en|fr)\/([\w-]+)\.json$/.exec(path);
  if (match?.[1] && match[2]) resources[match[1] as Language][match[2]] = content;
}
export const namespaces = Object.keys(resources.en);

const LANGUAGE_KEY = 'boussole.language';

/** The remembered choice, else the browser's preferred language, else English. */
export function initialLanguage(): Language {
  try {
    const saved = localStorage.getItem(LANGUAGE_KEY);
    if (saved === 'en' || saved === 'fr') return saved;
  } catch {
    // storage may be blocked (private mode); fall through to the browser language
  }
  const preferred = typeof navigator === 'undefined' ? [] : navigator.languages;
  for (const tag of preferred) {
    const base = tag.slice(0, 2).toLowerCase();
    if (base === 'fr' || base === 'en') return base;
  }
  return 'en';
}

export function rememberLanguage(language: Language): void {
  try {
    localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // not remembered when storage is blocked; the app still works
  }
}

export function createI18n(language: Language = initialLanguage()): i18n {
  const instance = i18next.createInstance();
  void instance
    .use(initReactI18next)
    .use({
      type: 'postProcessor',
      name: 'french-typography',
      process: (
        value: string,
        _key: unknown,
        _options: unknown,
        translator: { language?: string },
      ) => (translator.language === 'fr' ? frenchTypography(value) : value),
    })
    .init({
      resources,
      lng: language,
      fallbackLng: 'en',
      supportedLngs: languages,
      ns: namespaces,
      defaultNS: 'common',
      postProcess: ['french-typography'],
      interpolation: { escapeValue: false },
      initAsync: false,
    });
  return instance;
}
