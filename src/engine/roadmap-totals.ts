// Totals of the cycle roadmap per horizon and overall: cost, the "not yet funded" ask, and cost by
// funding source. Settled actions (done, not relevant) are left out: nothing is left to pay for.
import { isSettled } from './action-inputs';
import { addToTotals, emptyTotals } from './cost';
import type { CycleAction, HorizonTotals } from './cycle-action';
import { fundingStanding, isUnfunded } from './funding';
import type { Horizon } from './schema';

function emptyHorizonTotals(): HorizonTotals {
  return {
    actions: 0,
    cost: emptyTotals(),
    notYetFunded: emptyTotals(),
    fundingNotChosen: 0,
    bySource: {
      'own-budget': emptyTotals(),
      'ircc-cfp': emptyTotals(),
      'ircc-sdi': emptyTotals(),
      'other-funder': emptyTotals(),
      'in-kind': emptyTotals(),
      'not-yet-funded': emptyTotals(),
    },
  };
}

function count(totals: HorizonTotals, action: CycleAction): void {
  const standing = fundingStanding(action.funding);
  totals.actions += 1;
  addToTotals(totals.cost, action.key, action.cost);
  if (isUnfunded(standing)) addToTotals(totals.notYetFunded, action.key, action.cost);
  if (standing === 'not-chosen') totals.fundingNotChosen += 1;
  else addToTotals(totals.bySource[standing], action.key, action.cost);
}

export function roadmapTotals(
  actions: readonly CycleAction[],
): Record<Horizon | 'all', HorizonTotals> {
  const totals: Record<Horizon | 'all', HorizonTotals> = {
    now: emptyHorizonTotals(),
    next: emptyHorizonTotals(),
    later: emptyHorizonTotals(),
    all: emptyHorizonTotals(),
  };
  for (const action of actions) {
    if (isSettled(action.status)) continue;
    count(totals[action.horizon], action);
    count(totals.all, action);
  }
  return totals;
}
