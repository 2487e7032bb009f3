// A section's level as the results screen shows it: its own name, or, for a level named for the whole
// questionnaire ("Baseline met"), the section's wording (src/presentation/section-level.ts).
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../lib/i18n';
import { localize } from '../../lib/typography';
import { sectionLevelKey } from '../../presentation/section-level';
import type { DimensionSummary } from './dimension-summary';

export function useSectionLevelText(): (summary: DimensionSummary) => string | undefined {
  const { t, i18n } = useTranslation('results');
  const language = currentLanguage(i18n);
  return ({ level, essentials }) => {
    if (level === undefined) return undefined;
    const key = `results:${sectionLevelKey(level.id, essentials)}`;
    return i18n.exists(key)
      ? t(key as 'sectionLevel.baseline-met.met')
      : localize(level.label, language);
  };
}
