// i18next with the interface text in locales/<language>/<namespace>.json. The namespaces the first
// screens need are bundled; the others load with the screen that uses them (react-i18next suspends
// until they arrive). French text is typeset (non-breaking spaces) by a post-processor, so
// translators write ordinary spaces.
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { frenchTypography, languages, type Language } from './typography';

/** Namespaces bundled with the first load. */
export const coreNamespaces = ['common', 'home', 'questionnaire'] as const;

type LocaleFile = Record<string, unknown>;
const bundled = import.meta.glob<LocaleFile>('/locales/*/{common,home,questionnaire}.json', {
  eager: true,
  import: 'default',
});
const onDemand = import.meta.glob<LocaleFile>('/locales/*/*.json', { import: 'default' });

const localePath = /\/locales\/(en|fr)\/([\w-]+)\.json$/;

const resources: Record<Language, Record<string, LocaleFile>> = { en: {}, fr: {} };
for (const [path, content] of Object.entries(bundled)) {
  const match = localePath.exec(path);
  if (match?.[1] && match[2]) resources[match[1] as Language][match[2]] = content;
}

/** Every namespace that exists in English. */
export const namespaces = Object.keys(onDemand).flatMap((path) => {
  const match = localePath.exec(path);
  return match?.[1] === 'en' && match[2] ? [match[2]] : [];
});

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
      type: 'backend',
      init: () => undefined,
      read: (lng: string, ns: string, callback: (error: unknown, data?: LocaleFile) => void) => {
        const load = onDemand[`/locales/${lng}/${ns}.json`];
        if (!load) {
          callback(new Error(`no interface text for ${lng}/${ns}`));
          return;
        }
        load().then(
          (data) => {
            callback(null, data);
          },
          (error: unknown) => {
            callback(error);
          },
        );
      },
    })
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
      partialBundledLanguages: true,
      lng: language,
      fallbackLng: 'en',
      supportedLngs: languages,
      ns: [...coreNamespaces],
      defaultNS: 'common',
      postProcess: ['french-typography'],
      interpolation: { escapeValue: false },
      initAsync: false,
    });
  return instance;
}

/** An instance with the given namespaces loaded, e.g. for the PDF report outside React. */
export async function loadI18n(language: Language, needed: readonly string[]): Promise<i18n> {
  const instance = createI18n(language);
  await instance.loadNamespaces([...needed]);
  return instance;
}
