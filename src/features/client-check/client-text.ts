// Client-facing text from the check's definition, in the language the client chose.
import type { ClientLanguage, ClientText } from '../../engine/client-check/schema';
import { frenchTypography } from '../../lib/typography';

/** BCP 47 tags for lang attributes (screen readers pick their voice from them). */
export const languageTags: Readonly<Record<ClientLanguage, string>> = {
  en: 'en-CA',
  fr: 'fr-CA',
  ar: 'ar',
  es: 'es',
  uk: 'uk',
  zh: 'zh-Hans',
};

/** The text in `language`, typeset when French; English when a text lacks the language (validation
 * makes sure a shipped check never does). */
export function inLanguage(text: ClientText, language: ClientLanguage): string {
  const value = text[language] ?? text.en;
  return language === 'fr' ? frenchTypography(value) : value;
}

/** Fills "{{name}}" placeholders of a content text. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}
