// Cost of an action scaled to the organization, and totals over actions. A missing estimate is null,
// never zero: totals count the actions they could not include, with the reason, instead of adding $0.
import type { CostEstimate, CostRange } from './schema';

export type { CostRange };

/** An estimate in the figures the roadmap shows: one-time dollars, dollars per year, staff hours. */
export interface ScaledCost {
  /** Null when the action has no one-time cost. */
  oneTime: CostRange | null;
  /**
   * Recurring cost per year for the whole organization (monthly figures × 12, per-staff figures ×
   * staffCount). Null when there is no recurring cost, or when it is per staff and the head count is
   * not known (see `perStaff`).
   */
  perYear: CostRange | null;
  /** Set when the recurring cost is per staff member: its yearly rate and the head count applied. */
  perStaff: { perYear: CostRange; staffCount: number | null } | null;
  staffHours: CostRange | null;
  /** False when a per-staff cost could not be scaled because the staff band is not stated. */
  complete: boolean;
}

/** Dollars to the cent: figures such as $5.50 a month, times 12 and a head count, stay exact. */
const cents = (amount: number): number => Math.round(amount * 100) / 100;

/** A range times a factor, lowest first even if the estimate was written the other way round. */
const times = (range: CostRange, factor: number): CostRange => ({
  min: cents(Math.min(range.min, range.max) * factor),
  max: cents(Math.max(range.min, range.max) * factor),
});

/**
 * Scales an estimate: monthly recurring figures become yearly, per-staff figures are multiplied by
 * `staffCount` (the staff band's head count from the planning rules), or left unscaled when it is null.
 */
export function scaleCost(cost: CostEstimate, staffCount: number | null): ScaledCost {
  const { recurring } = cost;
  let perYear: CostRange | null = null;
  let perStaff: ScaledCost['perStaff'] = null;
  if (recurring !== undefined) {
    const yearly = times(recurring, recurring.per === 'month' ? 12 : 1);
    if (recurring.scope === 'organization') perYear = yearly;
    else {
      perStaff = { perYear: yearly, staffCount };
      if (staffCount !== null) perYear = times(yearly, staffCount);
    }
  }
  return {
    oneTime: cost.oneTime === undefined ? null : times(cost.oneTime, 1),
    perYear,
    perStaff,
    staffHours: cost.staffHours === undefined ? null : times(cost.staffHours, 1),
    complete: perStaff === null || staffCount !== null,
  };
}

/** Why an action is left out of a total. */
export type NotEstimatedReason = 'no-estimate' | 'staff-band-unknown';

export interface CostTotals {
  /** Actions whose estimate is in the sums. */
  estimated: number;
  /** Actions left out of the sums, so the screen can say "3 actions not estimated". */
  notEstimated: { key: string; reason: NotEstimatedReason }[];
  /** Sums over the estimated actions; null when none of them has that part (never a made-up $0). */
  oneTime: CostRange | null;
  perYear: CostRange | null;
  staffHours: CostRange | null;
}

export const emptyTotals = (): CostTotals => ({
  estimated: 0,
  notEstimated: [],
  oneTime: null,
  perYear: null,
  staffHours: null,
});

const add = (sum: CostRange | null, part: CostRange | null): CostRange | null =>
  part === null
    ? sum
    : { min: cents((sum?.min ?? 0) + part.min), max: cents((sum?.max ?? 0) + part.max) };

/** Adds one action to running totals (mutates `totals`, which the caller owns). */
export function addToTotals(totals: CostTotals, key: string, cost: ScaledCost | null): void {
  if (cost === null) {
    totals.notEstimated.push({ key, reason: 'no-estimate' });
    return;
  }
  if (!cost.complete) {
    totals.notEstimated.push({ key, reason: 'staff-band-unknown' });
    return;
  }
  totals.estimated += 1;
  totals.oneTime = add(totals.oneTime, cost.oneTime);
  totals.perYear = add(totals.perYear, cost.perYear);
  totals.staffHours = add(totals.staffHours, cost.staffHours);
}

/** Totals over actions, each with its key and scaled cost (null when not estimated). */
export function sumCosts(actions: readonly { key: string; cost: ScaledCost | null }[]): CostTotals {
  const totals = emptyTotals();
  for (const action of actions) addToTotals(totals, action.key, action.cost);
  return totals;
}
