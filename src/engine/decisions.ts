// Finds leadership's decision for an action. A merged action's decision may have been stored under a
// member's own key before the content linked the members: every key is looked at, and the most
// recently updated decision wins (on a tie, the action's own key, then the members in order).
import type { ActionDecision } from './action-inputs';

const updatedTime = (decision: ActionDecision): number => {
  const time = decision.updatedAt === undefined ? Number.NaN : Date.parse(decision.updatedAt);
  return Number.isNaN(time) ? -Infinity : time;
};

export type DecisionIndex = ReadonlyMap<string, ActionDecision>;

/** Decisions by key; when a key appears twice, the later update is kept, whatever the array order. */
export function indexDecisions(decisions: readonly ActionDecision[]): DecisionIndex {
  const byKey = new Map<string, ActionDecision>();
  for (const decision of decisions) {
    const kept = byKey.get(decision.itemKey);
    if (kept === undefined || updatedTime(decision) > updatedTime(kept))
      byKey.set(decision.itemKey, decision);
  }
  return byKey;
}

/** The decision in force for an action known by `keys` (its own key first), and where it was found. */
export function findDecision(
  index: DecisionIndex,
  keys: readonly string[],
): { key: string; decision: ActionDecision } | null {
  let found: { key: string; decision: ActionDecision } | null = null;
  for (const key of keys) {
    const decision = index.get(key);
    if (decision === undefined) continue;
    if (found === null || updatedTime(decision) > updatedTime(found.decision))
      found = { key, decision };
  }
  return found;
}
