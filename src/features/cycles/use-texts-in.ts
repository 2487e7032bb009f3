// Interface texts in a language other than the one on show (an invitation or a printed questionnaire
// in the colleague's language), loaded on demand; undefined until they are there.
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { loadI18n } from '../../lib/i18n';
import type { Language } from '../../lib/typography';

/** The texts an invitation and a printed questionnaire use. */
export const SHEET_NAMESPACES = ['cycles', 'common', 'home', 'questionnaire', 'transfer'] as const;
export type SheetT = TFunction<typeof SHEET_NAMESPACES>;

export function useTextsIn(language: Language): SheetT | undefined {
  const [loaded, setLoaded] = useState<{ language: Language; t: SheetT } | undefined>(undefined);
  useEffect(() => {
    let current = true;
    void loadI18n(language, SHEET_NAMESPACES).then((instance) => {
      if (current) {
        setLoaded({
          language,
          t: instance.getFixedT(null, SHEET_NAMESPACES),
        });
      }
    });
    return () => {
      current = false;
    };
  }, [language]);
  return loaded?.language === language ? loaded.t : undefined;
}
