// Dollar and hour ranges in the reader's language, as sentences can use them ("$400–$1,200").
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../lib/i18n';
import type { CostRange } from '../../engine/cost';
import { dollarRange, hourRange, type RangeText } from './money';

export function useAmounts() {
  const { t, i18n } = useTranslation('roadmap');
  const language = currentLanguage(i18n);
  const text = (range: RangeText) =>
    'single' in range ? range.single : t('range', { min: range.min, max: range.max });
  return {
    dollars: (range: CostRange) => text(dollarRange(range, language)),
    hours: (range: CostRange) => text(hourRange(range, language)),
  };
}
