// i18next with the interface text in locales/<language>/<namespace>.json. The first screens' texts
// come as one file per language, fetched before the first render (`loadCoreTexts`) so only the
// language on show is part of the first load; the other namespaces load with the screen that uses
// them (react-i18next suspends until they arrive). French text is typeset (non-breaking spaces) by a
// post-processor, so translators write ordinary spaces.
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { frenchTypography, languages, type Language } from './typography';

/** Namespaces the first screens need, loaded before the first render. */
export const coreNamespaces = ['common', 'home', 'questionnaire'] as const;

type LocaleFile = Record<string, unknown>;
type CoreTexts = Record<(typeof coreNamespaces)[number], LocaleFile>;
const coreFiles = import.meta.glob<CoreTexts>('./core-texts/*.ts', { import: 'coreTexts' });
type Loaders = Record<string, () => Promise<LocaleFile>>;
const loaderFiles = import.meta.glob<Loaders>('./locale-loaders/*.ts', { import: 'loaders' });
const localePath = /\/locales\/en\/([\w-]+)\.json$/;

async function onDemandLoaders(language: Language): Promise<Loaders> {
  const load = loaderFiles[`./locale-loaders/${language}.ts`];
  if (!load) throw new Error(`no interface text for ${language}`);
  return load();
}

/** Texts already fetched, shared by every instance: a new instance starts with them. */
const loaded: Record<Language, Record<string, LocaleFile>> = { en: {}, fr: {} };

async function loadFile(language: Language, namespace: string): Promise<LocaleFile> {
  const known = loaded[language][namespace];
  if (known) return known;
  if ((coreNamespaces as readonly string[]).includes(namespace)) {
    await loadCoreTexts(language);
    const core = loaded[language][namespace];
    if (core) return core;
  }
  const load = (await onDemandLoaders(language))[`/locales/${language}/${namespace}.json`];
  if (!load) throw new Error(`no interface text for ${language}/${namespace}`);
  const file = await load();
  loaded[language][namespace] = file;
  return file;
}

/** Fetches the first screens' texts in one language (call before rendering in it). */
export async function loadCoreTexts(language: Language): Promise<void> {
  if (coreNamespaces.every((namespace) => loaded[language][namespace])) return;
  const load = coreFiles[`./core-texts/${language}.ts`];
  if (!load) throw new Error(`no interface text for ${language}`);
  Object.assign(loaded[language], await load());
}

/** Every namespace that exists in English. */
export async function allNamespaces(): Promise<string[]> {
  const onDemand = Object.keys(await onDemandLoaders('en')).flatMap((path) => {
    const match = localePath.exec(path);
    return match?.[1] ? [match[1]] : [];
  });
  return [...coreNamespaces, ...onDemand];
}

/** Fetches every namespace in both languages (tests, which render without waiting). */
export async function loadAllTexts(): Promise<void> {
  const namespaces = await allNamespaces();
  await Promise.all(
    languages.flatMap((language) => [
      loadCoreTexts(language),
      ...namespaces.map((namespace) => loadFile(language, namespace)),
    ]),
  );
}

/** The language an i18next instance shows: always one of the app's (`supportedLngs` admits no other). */
export function currentLanguage(instance: Pick<i18n, 'language'>): Language {
  return instance.language === 'fr' ? 'fr' : 'en';
}

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
        if (lng !== 'en' && lng !== 'fr') {
          callback(new Error(`no interface text for ${lng}`));
          return;
        }
        loadFile(lng, ns).then(
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
      // What this language has fetched so far; the rest comes through the backend above.
      resources: { [language]: { ...loaded[language] } },
      partialBundledLanguages: true,
      lng: language,
      // No fallback: every key exists in both languages (tests/locales), and a fallback would make
      // i18next fetch the English texts for a French reader too.
      fallbackLng: false,
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
