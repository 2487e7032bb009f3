// French typography: the spaces before : ; ! ? » and after « must not break a line.
const NBSP = '\u00a0';
const NARROW_NBSP = '\u202f';

/** Makes the spaces around French punctuation non-breaking (OQLF: full space before the colon and
 * inside guillemets, narrow space before ; ! ?). Text without such spaces is left as written. */
export function frenchTypography(text: string): string {
  return text
    .replace(/[ \u00a0\u202f]+:/g, `${NBSP}:`)
    .replace(/[ \u00a0\u202f]+([;!?])/g, `${NARROW_NBSP}$1`)
    .replace(/«[ \u00a0\u202f]*/g, `«${NBSP}`)
    .replace(/[ \u00a0\u202f]*»/g, `${NBSP}»`);
}

export type Language = 'en' | 'fr';
export const languages: readonly Language[] = ['en', 'fr'];

/** A content text in the given language, typeset for it. */
export function localize(text: { en: string; fr: string }, language: Language): string {
  return language === 'fr' ? frenchTypography(text.fr) : text.en;
}
