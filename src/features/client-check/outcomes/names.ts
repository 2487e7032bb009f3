// Names the staff screens, the CSV and the report give months and languages, in the staff's language.
import type { ClientLanguage } from '../../../engine/client-check/schema';
import type { Language } from '../../../lib/typography';

/** "March 2026" / "mars 2026" from "2026-03". */
export function monthName(month: string, language: Language): string {
  const [year = 1970, number = 1] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(language === 'fr' ? 'fr-CA' : 'en-CA', {
    month: 'long',
    year: 'numeric',
  }).format(new Date(year, number - 1, 1));
}

/** "Arabic" / "arabe". */
export function languageName(code: ClientLanguage, language: Language): string {
  return (
    new Intl.DisplayNames([language === 'fr' ? 'fr-CA' : 'en-CA'], { type: 'language' }).of(code) ??
    code
  );
}
