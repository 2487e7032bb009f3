// An estimate as a person types it (figures as text, in their language) read into a cost estimate, or
// the first problem with each field. One figure given for a range states a single amount; nothing
// given at all is "not estimated", never $0.
import { costEstimateIssues } from '../../engine/cost-checks';
import { MAX_COST_FIGURE, type CostEstimate, type CostRange } from '../../engine/schema';
import type { Language } from '../../lib/typography';

export interface CostFormValues {
  oneTimeMin: string;
  oneTimeMax: string;
  recurringMin: string;
  recurringMax: string;
  recurringPer: 'month' | 'year';
  recurringScope: 'organization' | 'staff';
  hoursMin: string;
  hoursMax: string;
}

export type CostField = 'oneTime' | 'recurring' | 'hours';
export type CostProblem = 'not-a-number' | 'too-large' | 'min-above-max';

export const emptyCostForm = (): CostFormValues => ({
  oneTimeMin: '',
  oneTimeMax: '',
  recurringMin: '',
  recurringMax: '',
  recurringPer: 'month',
  recurringScope: 'organization',
  hoursMin: '',
  hoursMax: '',
});

const figure = (n: number | undefined) => (n === undefined ? '' : String(n));

/** The form filled with an estimate (to change it), figures written as the reader writes numbers. */
export function costFormOf(
  cost: CostEstimate | null | undefined,
  language: Language,
): CostFormValues {
  const write = (n: number | undefined) =>
    language === 'fr' ? figure(n).replace('.', ',') : figure(n);
  return {
    oneTimeMin: write(cost?.oneTime?.min),
    oneTimeMax: write(cost?.oneTime?.max),
    recurringMin: write(cost?.recurring?.min),
    recurringMax: write(cost?.recurring?.max),
    recurringPer: cost?.recurring?.per ?? 'month',
    recurringScope: cost?.recurring?.scope ?? 'organization',
    hoursMin: write(cost?.staffHours?.min),
    hoursMax: write(cost?.staffHours?.max),
  };
}

/**
 * A typed amount: digits with an optional "$" and spaces between thousands; in English "," groups
 * thousands and "." marks cents, in French "," marks cents (a "." is read as cents too).
 */
export function readAmount(text: string, language: Language): number | null | 'not-a-number' {
  const bare = text.replace(/[\s\u00a0\u202f$]/g, '');
  if (bare === '') return null;
  const normal = language === 'fr' ? bare.replace(',', '.') : bare.replace(/,(?=\d{3}(\D|$))/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(normal)) return 'not-a-number';
  return Number(normal);
}

type RangeRead = { range: CostRange | null } | { problem: CostProblem };

function readRange(minText: string, maxText: string, language: Language): RangeRead {
  const min = readAmount(minText, language);
  const max = readAmount(maxText, language);
  if (min === 'not-a-number' || max === 'not-a-number') return { problem: 'not-a-number' };
  if (min === null && max === null) return { range: null };
  const low = min ?? max ?? 0;
  const high = max ?? min ?? 0;
  if (high > MAX_COST_FIGURE) return { problem: 'too-large' };
  return { range: { min: low, max: high } };
}

export type CostFormResult =
  | { ok: true; cost: CostEstimate | null }
  | { ok: false; problems: Partial<Record<CostField, CostProblem>> };

/** Reads the form; `asOf` ("YYYY-MM") dates a new estimate. */
export function readCostForm(
  values: CostFormValues,
  language: Language,
  asOf: string,
): CostFormResult {
  const parts = {
    oneTime: readRange(values.oneTimeMin, values.oneTimeMax, language),
    recurring: readRange(values.recurringMin, values.recurringMax, language),
    hours: readRange(values.hoursMin, values.hoursMax, language),
  };
  const problems: Partial<Record<CostField, CostProblem>> = {};
  const cost: CostEstimate = { asOf };
  for (const field of ['oneTime', 'recurring', 'hours'] as const) {
    const part = parts[field];
    if ('problem' in part) {
      problems[field] = part.problem;
      continue;
    }
    if (part.range === null) continue;
    if (field === 'oneTime') cost.oneTime = part.range;
    if (field === 'hours') cost.staffHours = part.range;
    if (field === 'recurring')
      cost.recurring = { ...part.range, per: values.recurringPer, scope: values.recurringScope };
  }
  const fieldOf = { oneTime: 'oneTime', recurring: 'recurring', staffHours: 'hours' } as const;
  for (const issue of costEstimateIssues(cost)) {
    const part = issue.path[0];
    if (part === 'oneTime' || part === 'recurring' || part === 'staffHours')
      problems[fieldOf[part]] ??= 'min-above-max';
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  const estimated = cost.oneTime ?? cost.recurring ?? cost.staffHours;
  return { ok: true, cost: estimated === undefined ? null : cost };
}

/** This month, "YYYY-MM", for dating an estimate. */
export function thisMonth(date = new Date()): string {
  return `${String(date.getFullYear())}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}
