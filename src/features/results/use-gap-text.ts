// The gap between a dimension and its target, in words: a sentence for the dimension card and a short
// form for the table. A provisional score has no level to measure a gap in levels from.
import { useTranslation } from 'react-i18next';
import { localize } from '../../lib/typography';
import type { DimensionSummary } from './dimension-summary';
import { currentLanguage } from '../../lib/i18n';

export function useGapText() {
  const { t, i18n } = useTranslation(['results', 'common']);
  const language = currentLanguage(i18n);

  const sentence = ({ target, gap, result }: DimensionSummary): string | null => {
    if (target === undefined) return null;
    if (result.provisional) return t('target.provisional');
    if (gap === null) return t('target.noScore');
    if (gap.reached) return t('target.reached');
    return t('target.gap', {
      levels: t('target.levels', { count: gap.levels }),
      points: t('target.points', { count: gap.points }),
      level: localize(target.label, language),
      bound: t('common:score', { value: target.lowerBound }),
    });
  };

  const short = ({ target, gap, result }: DimensionSummary): string => {
    if (target === undefined) return t('target.none');
    if (result.provisional) return t('target.tableProvisional');
    if (gap === null) return t('common:noScore');
    if (gap.reached) return t('target.tableReached');
    return t('target.tableGap', {
      levels: t('target.levels', { count: gap.levels }),
      points: t('target.points', { count: gap.points }),
    });
  };

  return { sentence, short };
}
