// What a cost estimate must satisfy beyond its schema: each range lowest first, and at least one of
// one-time cost, recurring cost or staff time. Used by the content validator and at every boundary
// where leadership's own estimates come in.
import type { CostEstimate } from './schema';

export interface CostIssue {
  /** Path inside the estimate, e.g. ["oneTime"]. */
  path: string[];
  message: string;
}

export function costEstimateIssues(cost: CostEstimate): CostIssue[] {
  const issues: CostIssue[] = [];
  for (const part of ['oneTime', 'recurring', 'staffHours'] as const) {
    const range = cost[part];
    if (range !== undefined && range.min > range.max)
      issues.push({ path: [part], message: 'min is greater than max' });
  }
  if (cost.oneTime === undefined && cost.recurring === undefined && cost.staffHours === undefined) {
    issues.push({
      path: [],
      message: 'a cost needs at least one of oneTime, recurring or staffHours',
    });
  }
  return issues;
}
