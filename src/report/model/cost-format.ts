// Costs as the report prints them: Canadian dollars without cents, ranges, and "not estimated" (never
// $0) when an action has no estimate.
import type { CostRange, CostTotals, ScaledCost } from '../../engine/cost';
import { frenchTypography } from '../../lib/typography';
import type { Formatter } from '../../presentation/format';

/** Parts of one cost, separated by semicolons (typeset in French). */
function joined(parts: string[], format: Formatter): string {
  const text = parts.join('; ');
  return format.language === 'fr' ? frenchTypography(text) : text;
}

export function money(amount: number, format: Formatter): string {
  return new Intl.NumberFormat(format.language === 'fr' ? 'fr-CA' : 'en-CA', {
    style: 'currency',
    currency: 'CAD',
    currencyDisplay: 'narrowSymbol',
    maximumFractionDigits: 0,
  }).format(amount);
}

export function moneyRange(range: CostRange, format: Formatter): string {
  return range.min === range.max
    ? money(range.min, format)
    : format.t('report:plan.range', {
        min: money(range.min, format),
        max: money(range.max, format),
      });
}

function hoursRange(range: CostRange, format: Formatter): string {
  return range.min === range.max
    ? String(range.min)
    : format.t('report:plan.range', { min: range.min, max: range.max });
}

/** "$1,200–$3,000 one-time; $600 a year; 10–20 staff hours", or "Not estimated". */
export function costText(cost: ScaledCost | null, format: Formatter): string {
  if (cost === null) return format.t('report:plan.notEstimated');
  if (!cost.complete) return format.t('report:plan.needsStaffBand');
  const parts: string[] = [];
  if (cost.oneTime !== null) {
    parts.push(format.t('report:plan.oneTime', { range: moneyRange(cost.oneTime, format) }));
  }
  if (cost.perYear !== null) {
    parts.push(format.t('report:plan.perYear', { range: moneyRange(cost.perYear, format) }));
  }
  if (cost.staffHours !== null) {
    parts.push(format.t('report:plan.hours', { range: hoursRange(cost.staffHours, format) }));
  }
  return parts.length === 0 ? format.t('report:plan.notEstimated') : joined(parts, format);
}

/** A total's money parts, with how many actions it could not include. */
export function totalText(totals: CostTotals, format: Formatter): string {
  const parts: string[] = [];
  if (totals.oneTime !== null) {
    parts.push(format.t('report:plan.oneTime', { range: moneyRange(totals.oneTime, format) }));
  }
  if (totals.perYear !== null) {
    parts.push(format.t('report:plan.perYear', { range: moneyRange(totals.perYear, format) }));
  }
  if (parts.length === 0) parts.push(format.t('report:plan.nothingEstimated'));
  if (totals.notEstimated.length > 0) {
    parts.push(format.t('report:plan.notCounted', { count: totals.notEstimated.length }));
  }
  return joined(parts, format);
}
