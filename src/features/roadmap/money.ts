// Dollars and hours as the roadmap shows them: Canadian dollars in the reader's language ("$1,200",
// « 1 200 $ »), whole dollars unless a figure has cents, so $5.50 a month never reads as $5.5.
import type { CostRange } from '../../engine/cost';
import type { Language } from '../../lib/typography';

const locale = (language: Language) => (language === 'fr' ? 'fr-CA' : 'en-CA');

// Formatters are costly to make and a roadmap shows hundreds of figures: one of each is kept.
const formatters = new Map<string, Intl.NumberFormat>();
function formatter(language: Language, kind: 'dollars' | 'cents' | 'number'): Intl.NumberFormat {
  const key = `${language}/${kind}`;
  let found = formatters.get(key);
  if (found === undefined) {
    const digits = kind === 'cents' ? 2 : 0;
    found = new Intl.NumberFormat(
      locale(language),
      kind === 'number'
        ? { maximumFractionDigits: 2 }
        : {
            style: 'currency',
            currency: 'CAD',
            minimumFractionDigits: digits,
            maximumFractionDigits: digits,
          },
    );
    formatters.set(key, found);
  }
  return found;
}

export function formatDollars(amounts: readonly number[], language: Language): string[] {
  const cents = amounts.some((amount) => !Number.isInteger(amount));
  const format = formatter(language, cents ? 'cents' : 'dollars');
  return amounts.map((amount) => format.format(amount));
}

export function formatNumber(amount: number, language: Language): string {
  return formatter(language, 'number').format(amount);
}

/** A range's two ends as text, or one figure when both are the same. */
export type RangeText = { single: string } | { min: string; max: string };

export function dollarRange(range: CostRange, language: Language): RangeText {
  const [min = '', max = ''] = formatDollars([range.min, range.max], language);
  return range.min === range.max ? { single: min } : { min, max };
}

export function hourRange(range: CostRange, language: Language): RangeText {
  const [min, max] = [formatNumber(range.min, language), formatNumber(range.max, language)];
  return range.min === range.max ? { single: min } : { min, max };
}

/** "YYYY-MM" as a month and year: "April 2026", « avril 2026 ». */
export function formatMonth(month: string, language: Language): string {
  const [year = 1970, number = 1] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(locale(language), { month: 'long', year: 'numeric' }).format(
    new Date(year, number - 1, 1),
  );
}
