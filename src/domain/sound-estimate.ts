// Whether a cost estimate a person typed holds together, checked before a roadmap decision or an own
// action is written and when a backup is read.
import { costEstimateIssues } from '../engine/cost-checks';
import type { CostEstimate } from '../engine/schema';

/** Each range lowest first, some figure given; no estimate at all is sound too. */
export const isSoundEstimate = (cost: CostEstimate | undefined): boolean =>
  cost === undefined || costEstimateIssues(cost).length === 0;
