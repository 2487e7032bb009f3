// The report's translations through the app's own i18n setup (Vite's import.meta.glob works in vitest).
import { loadI18n } from '../../../src/lib/i18n';
import type { Language } from '../../../src/lib/typography';
import { createFormatter, type Formatter } from '../../../src/presentation/format';
import {
  REPORT_NAMESPACES,
  reportTranslator,
  type Translate,
} from '../../../src/presentation/translate';

export async function translator(language: Language): Promise<Translate> {
  return reportTranslator(await loadI18n(language, REPORT_NAMESPACES));
}

export async function formatter(language: Language): Promise<Formatter> {
  return createFormatter(language, await translator(language));
}
