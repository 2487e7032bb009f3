// The report's formatter for the current language, so answers, roadmap titles and reasons read the same
// on screen and in the PDF (src/presentation: plain TS, shared by the screens and the report).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { createFormatter, type Formatter } from '../presentation/format';
import { reportTranslator } from '../presentation/translate';
import { currentLanguage } from '../lib/i18n';

const REPORT_NAMESPACE = 'report' as never;

export function useContentFormat(): Formatter {
  // Suspends until the report's namespace (its sentences) is loaded. That namespace is typed by
  // src/presentation/translate.ts, not by src/lib/i18n-types.d.ts, hence the cast.
  const { i18n } = useTranslation(REPORT_NAMESPACE);
  const language = currentLanguage(i18n);
  return useMemo(() => createFormatter(language, reportTranslator(i18n)), [i18n, language]);
}
