// Leadership's decisions on the proposed actions of a cycle roadmap, and on decisions carried over
// from an earlier cycle that this cycle's answers do not propose. Each resolves to whether it was
// saved (`attemptSave` says truly what happened when a write fails).
import { roadmapFieldKey } from '../../domain/drafts';
import type { RoadmapEditChange } from '../../domain/roadmap-edit';
import type { ProposedAction } from '../../engine/cycle-action';
import { loadRoadmapActions } from '../../storage';
import { attemptSave } from '../save';

/** A change to a decision: status, owner, target date, note, horizon pin, cost or funding. */
export type DecisionChange = RoadmapEditChange;

/** A decision on a proposed action, under the action's key (a merged action has one decision). */
export function decide(
  cycleId: string,
  action: Pick<ProposedAction, 'key' | 'decisionKey'>,
  change: DecisionChange,
): Promise<boolean> {
  return attemptSave(
    async () =>
      (await loadRoadmapActions()).decideAction(cycleId, action.key, change, action.decisionKey),
    roadmapFieldKey(cycleId, action.key, Object.keys(change).join()),
  );
}

/** A carried-over decision made one of the cycle's own actions, titled `title`. */
export function keepCarriedAsOwn(cycleId: string, itemKey: string, title: string) {
  return attemptSave(async () =>
    (await loadRoadmapActions()).keepCarriedAsOwnAction(cycleId, itemKey, title),
  );
}

/** Drops a carried-over decision leadership no longer wants. */
export function dropCarried(cycleId: string, itemKey: string) {
  return attemptSave(async () =>
    (await loadRoadmapActions()).dropCarriedDecision(cycleId, itemKey),
  );
}
