// Report translations in plain Node (the bench runs under tsx, where Vite's import.meta.glob, used by
// src/lib/i18n.ts, does not exist): the same locale files and French post-processor, read from disk.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { frenchTypography, languages, type Language } from '../../../src/lib/typography';
import { reportTranslator, type Translate } from '../../../src/presentation/translate';

function resources(): Record<Language, Record<string, Record<string, unknown>>> {
  const read = (language: Language) =>
    Object.fromEntries(
      readdirSync(join('locales', language))
        .filter((file) => file.endsWith('.json'))
        .map((file) => [
          file.replace(/\.json$/, ''),
          JSON.parse(readFileSync(join('locales', language, file), 'utf8')) as Record<
            string,
            unknown
          >,
        ]),
    );
  return { en: read('en'), fr: read('fr') };
}

export function nodeTranslator(language: Language): Translate {
  const instance = i18next.createInstance();
  void instance
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
      resources: resources(),
      lng: language,
      fallbackLng: 'en',
      supportedLngs: languages,
      defaultNS: 'common',
      postProcess: ['french-typography'],
      interpolation: { escapeValue: false },
      initAsync: false,
    });
  return reportTranslator(instance);
}
