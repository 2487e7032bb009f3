// Dollar and hour ranges in the reader's language, as sentences can use them ("$400–$1,200").
import { useTranslation } from 'react-i18next';
import type { CostRange } from '../../engine/cost';
import type { Language } from '../../lib/typography';
import { dollarRange, hourRange, type RangeText } from './money';

export function useAmounts() {
  const { t, i18n } = useTranslation('roadmap');
  const language = i18n.language as Language;
  const text = (range: RangeText) =>
    'single' in range ? range.single : t('range', { min: range.min, max: range.max });
  return {
    dollars: (range: CostRange) => text(dollarRange(range, language)),
    hours: (range: CostRange) => text(hourRange(range, language)),
  };
}
